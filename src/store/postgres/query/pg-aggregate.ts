// Counts and Goldstein sums per day, week or month on PostgreSQL, grouped by one key, with
// the total of each bucket (events that pass only the time, modality, negation and
// confidence conditions, counted from event_facts' day indexes) so shares can be computed.
import type { Query } from '../../../query/query.js';
import type { AggregateResult, AggregateRow, AggregateSpec, GroupBy, Interval } from '../../../query/types.js';
import type { Run } from './pg-events.js';
import { eventWhere, universeWhere } from './pg-where.js';

/** More rows than this and the result is cut (and says so). */
export const MAX_AGGREGATE_ROWS = 50_000;

// Weeks start on Monday (ISO 8601). Days are YYYY-MM-DD by construction (effective day).
function bucketSql(interval: Interval, dayCol: string): string {
  if (interval === 'day') return dayCol;
  if (interval === 'week') return `to_char(${dayCol}::date - (extract(isodow FROM ${dayCol}::date)::int - 1), 'YYYY-MM-DD')`;
  return `substr(${dayCol}, 1, 7) || '-01'`;
}

const KEYS: Record<Exclude<GroupBy, 'actor'>, string> = {
  none: "''",
  source: "coalesce(f.source_code, '')",
  target: "coalesce(f.target_code, '')",
  dyad: "coalesce(f.source_code, '') || '>' || coalesce(f.target_code, '')",
  root: 'f.root',
  quad: 'CAST(f.quad_class AS TEXT)',
  plover: "coalesce(f.plover, '')",
  country: "coalesce(f.location_country, '')",
  place: "coalesce(f.location_name, '')",
  outlet: 'f.outlet',
};

interface Counted {
  bucket: string;
  key: string;
  count: number;
  goldsteinSum: number;
}

function countsSql(spec: AggregateSpec, dayCol: string, where: string): string {
  const bucket = `(${bucketSql(spec.interval, dayCol)}) COLLATE "C"`;
  const from = `FROM event_facts f WHERE ${where} AND ${dayCol} <> ''`;
  // An event counts once for each actor it involves.
  const inner = spec.groupBy === 'actor'
    ? `SELECT ${bucket} AS bucket, f.source_code AS key, f.goldstein ${from} AND f.source_code IS NOT NULL
       UNION ALL SELECT ${bucket} AS bucket, f.target_code AS key, f.goldstein ${from} AND f.target_code IS NOT NULL`
    : `SELECT ${bucket} AS bucket, (${KEYS[spec.groupBy]}) COLLATE "C" AS key, f.goldstein ${from}`;
  return `SELECT bucket, key, count(*) AS count, sum(goldstein) AS "goldsteinSum" FROM (${inner}) x
    GROUP BY bucket, key ORDER BY bucket, count DESC, key LIMIT ?`;
}

export async function aggregateEvents(run: Run, q: Query, spec: AggregateSpec): Promise<AggregateResult> {
  const dayCol = q.dateField === 'published' ? 'f.pub_day' : 'f.day';
  const where = eventWhere(q);
  const params = spec.groupBy === 'actor' ? [...where.params, ...where.params] : where.params;
  const counted = await run<Counted>(countsSql(spec, dayCol, where.sql), [...params, MAX_AGGREGATE_ROWS + 1]);
  const totals = await bucketTotals(run, q, spec.interval);
  const truncated = counted.length > MAX_AGGREGATE_ROWS;
  const rows = counted.slice(0, MAX_AGGREGATE_ROWS).map((c) => withTotal(c, totals.get(c.bucket) ?? 0));
  if (spec.groupBy === 'none') fillEmptyBuckets(rows, totals);
  return { ...spec, buckets: rows, truncated };
}

/** Events per bucket that pass the time, modality, negation and confidence conditions. */
async function bucketTotals(run: Run, q: Query, interval: Interval): Promise<Map<string, number>> {
  const dayCol = q.dateField === 'published' ? 'f.pub_day' : 'f.day';
  const u = universeWhere(q);
  const sql = `SELECT ${bucketSql(interval, dayCol)} AS bucket, count(*) AS n FROM event_facts f
    WHERE ${u.sql} AND ${dayCol} <> '' GROUP BY 1`;
  return new Map((await run<{ bucket: string; n: number }>(sql, u.params)).map((t) => [t.bucket, t.n]));
}

function withTotal(c: Counted, total: number): AggregateRow {
  const mean = c.count > 0 ? c.goldsteinSum / c.count : 0;
  return {
    bucket: c.bucket, key: c.key, count: c.count, goldsteinSum: round(c.goldsteinSum), goldsteinMean: round(mean),
    total, ratio: total > 0 ? round(c.count / total, 6) : 0,
  };
}

/** Without groups, a bucket with events but none matching shows as a zero (a gap in a chart is a fact). */
function fillEmptyBuckets(rows: AggregateRow[], totals: Map<string, number>): void {
  const seen = new Set(rows.map((r) => r.bucket));
  for (const [bucket, total] of totals) {
    if (!seen.has(bucket)) rows.push({ bucket, key: '', count: 0, goldsteinSum: 0, goldsteinMean: 0, total, ratio: 0 });
  }
  rows.sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
