// Counts and Goldstein sums per day, week or month on PostgreSQL, grouped by one key, with
// the total of each bucket (events that pass only the time, modality, negation and
// confidence conditions, counted from event_facts' day indexes) so shares can be computed.
import type { Query } from '../../../query/query.js';
import type { AggregateResult, AggregateSpec, Interval } from '../../../query/types.js';
import { aggregateResult, GROUP_KEYS, MAX_AGGREGATE_ROWS, type Counted } from '../../aggregate-rows.js';
import type { Run } from './pg-events.js';
import { eventWhere, universeWhere } from './pg-where.js';

// Weeks start on Monday (ISO 8601). Days are YYYY-MM-DD by construction (effective day).
function bucketSql(interval: Interval, dayCol: string): string {
  if (interval === 'day') return dayCol;
  if (interval === 'week') return `to_char(${dayCol}::date - (extract(isodow FROM ${dayCol}::date)::int - 1), 'YYYY-MM-DD')`;
  return `substr(${dayCol}, 1, 7) || '-01'`;
}

function countsSql(spec: AggregateSpec, dayCol: string, where: string): string {
  const bucket = `(${bucketSql(spec.interval, dayCol)}) COLLATE "C"`;
  const from = `FROM event_facts f WHERE ${where} AND ${dayCol} <> ''`;
  // An event counts once for each actor it involves.
  const inner = spec.groupBy === 'actor'
    ? `SELECT ${bucket} AS bucket, f.source_code AS key, f.goldstein ${from} AND f.source_code IS NOT NULL
       UNION ALL SELECT ${bucket} AS bucket, f.target_code AS key, f.goldstein ${from} AND f.target_code IS NOT NULL`
    : `SELECT ${bucket} AS bucket, (${GROUP_KEYS[spec.groupBy]}) COLLATE "C" AS key, f.goldstein ${from}`;
  return `SELECT bucket, key, count(*) AS count, sum(goldstein) AS "goldsteinSum" FROM (${inner}) x
    GROUP BY bucket, key ORDER BY bucket, count DESC, key LIMIT ?`;
}

export async function aggregateEvents(run: Run, q: Query, spec: AggregateSpec): Promise<AggregateResult> {
  const dayCol = q.dateField === 'published' ? 'f.pub_day' : 'f.day';
  const where = eventWhere(q);
  const params = spec.groupBy === 'actor' ? [...where.params, ...where.params] : where.params;
  const counted = await run<Counted>(countsSql(spec, dayCol, where.sql), [...params, MAX_AGGREGATE_ROWS + 1]);
  const totals = await bucketTotals(run, q, spec.interval);
  return aggregateResult(spec, counted, totals);
}

/** Events per bucket that pass the time, modality, negation and confidence conditions. */
async function bucketTotals(run: Run, q: Query, interval: Interval): Promise<Map<string, number>> {
  const dayCol = q.dateField === 'published' ? 'f.pub_day' : 'f.day';
  const u = universeWhere(q);
  const sql = `SELECT ${bucketSql(interval, dayCol)} AS bucket, count(*) AS n FROM event_facts f
    WHERE ${u.sql} AND ${dayCol} <> '' GROUP BY 1`;
  return new Map((await run<{ bucket: string; n: number }>(sql, u.params)).map((t) => [t.bucket, t.n]));
}
