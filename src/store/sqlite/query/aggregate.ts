// Counts and Goldstein sums per day, week or month, grouped by one key, with the total of
// each bucket (the events that pass only the time, modality, negation and confidence
// conditions) so that shares can be computed.
import { MODALITIES, type Query } from '../../../query/query.js';
import type { AggregateResult, AggregateRow, AggregateSpec, GroupBy, Interval } from '../../../query/types.js';
import type { Prepare } from './statement-cache.js';
import { and, eventWhere, inList, universeWhere } from './where.js';

/** More rows than this and the result is cut (and says so). */
export const MAX_AGGREGATE_ROWS = 50_000;

// Weeks start on Monday (ISO 8601): 'weekday 0' moves to the coming Sunday, then back six days.
function bucketSql(interval: Interval, dayCol: string): string {
  if (interval === 'day') return dayCol;
  if (interval === 'week') return `date(${dayCol}, 'weekday 0', '-6 days')`;
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
  const bucket = bucketSql(spec.interval, dayCol);
  const from = `FROM event_facts f WHERE ${where} AND ${dayCol} <> ''`;
  // An event counts once for each actor it involves.
  const inner = spec.groupBy === 'actor'
    ? `SELECT ${bucket} AS bucket, f.source_code AS key, f.goldstein ${from} AND f.source_code IS NOT NULL
       UNION ALL SELECT ${bucket} AS bucket, f.target_code AS key, f.goldstein ${from} AND f.target_code IS NOT NULL`
    : `SELECT ${bucket} AS bucket, ${KEYS[spec.groupBy]} AS key, f.goldstein ${from}`;
  return `SELECT bucket, key, count(*) AS count, sum(goldstein) AS goldsteinSum FROM (${inner})
    GROUP BY bucket, key ORDER BY bucket, count DESC, key LIMIT ?`;
}

interface Total {
  n: number;
  goldsteinSum: number;
}

export function aggregateEvents(prepare: Prepare, q: Query, spec: AggregateSpec): AggregateResult {
  const dayCol = q.dateField === 'published' ? 'f.pub_day' : 'f.day';
  const where = eventWhere(q);
  const totals = bucketTotals(prepare, q, spec.interval);
  // Nothing asked beyond what counts as an event: the totals are the counts.
  const onlyUniverse = where.sql === and([universeWhere(q)]).sql && q.minConfidence === 0;
  let counted: Counted[];
  if (spec.groupBy === 'none' && onlyUniverse) {
    counted = [...totals].map(([bucket, t]) => ({ bucket, key: '', count: t.n, goldsteinSum: t.goldsteinSum }));
  } else {
    const params = spec.groupBy === 'actor' ? [...where.params, ...where.params] : where.params;
    counted = prepare(countsSql(spec, dayCol, where.sql)).all(...params, MAX_AGGREGATE_ROWS + 1) as Counted[];
  }
  const truncated = counted.length > MAX_AGGREGATE_ROWS;
  const rows = counted.slice(0, MAX_AGGREGATE_ROWS).map((c) => withTotal(c, totals.get(c.bucket)?.n ?? 0));
  if (spec.groupBy === 'none') fillEmptyBuckets(rows, totals);
  return { ...spec, buckets: rows, truncated };
}

/** Events (and Goldstein sums) per bucket that pass the time, modality and negation conditions. */
function bucketTotals(prepare: Prepare, q: Query, interval: Interval): Map<string, Total> {
  let sql: string;
  let params: unknown[];
  if (q.minConfidence > 0) {
    // Confidence is continuous, so the daily totals cannot hold it: count the events.
    const dayCol = q.dateField === 'published' ? 'f.pub_day' : 'f.day';
    const u = universeWhere(q);
    sql = `SELECT ${bucketSql(interval, dayCol)} AS bucket, count(*) AS n, sum(f.goldstein) AS goldsteinSum
      FROM event_facts f WHERE ${u.sql} AND ${dayCol} <> '' GROUP BY bucket ORDER BY bucket`;
    params = u.params;
  } else {
    const w = and([
      { sql: 't.date_field = ?', params: [q.dateField] },
      q.time ? { sql: 't.day BETWEEN ? AND ?', params: [q.time.from, q.time.to] } : { sql: '1', params: [] },
      q.modality.length < MODALITIES.length ? inList('t.modality', q.modality) : { sql: '1', params: [] },
      q.negated === 'include' ? { sql: '1', params: [] } : { sql: 't.negated = ?', params: [q.negated === 'only' ? 1 : 0] },
    ]);
    sql = `SELECT ${bucketSql(interval, 't.day')} AS bucket, sum(t.n) AS n, sum(t.goldstein_sum) AS goldsteinSum
      FROM event_day_totals t WHERE ${w.sql} GROUP BY bucket HAVING sum(t.n) > 0 ORDER BY bucket`;
    params = w.params;
  }
  const rows = prepare(sql).all(...params) as (Total & { bucket: string })[];
  return new Map(rows.map((t) => [t.bucket, { n: t.n, goldsteinSum: t.goldsteinSum }]));
}

function withTotal(c: Counted, total: number): AggregateRow {
  const mean = c.count > 0 ? c.goldsteinSum / c.count : 0;
  return {
    bucket: c.bucket, key: c.key, count: c.count, goldsteinSum: round(c.goldsteinSum), goldsteinMean: round(mean),
    total, ratio: total > 0 ? round(c.count / total, 6) : 0,
  };
}

/** Without groups, a bucket with events but none matching shows as a zero (a gap in a chart is a fact). */
function fillEmptyBuckets(rows: AggregateRow[], totals: Map<string, Total>): void {
  const seen = new Set(rows.map((r) => r.bucket));
  for (const [bucket, total] of totals) {
    if (!seen.has(bucket)) rows.push({ bucket, key: '', count: 0, goldsteinSum: 0, goldsteinMean: 0, total: total.n, ratio: 0 });
  }
  rows.sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
