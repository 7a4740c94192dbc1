// Counts and Goldstein sums per day, week or month, grouped by one key, with the total of
// each bucket (the events that pass only the time, modality, negation and confidence
// conditions) so that shares can be computed.
import { MODALITIES, type Query } from '../../../query/query.js';
import type { AggregateResult, AggregateSpec, Interval } from '../../../query/types.js';
import { aggregateResult, GROUP_KEYS, MAX_AGGREGATE_ROWS, type Counted } from '../../aggregate-rows.js';
import type { Prepare } from './statement-cache.js';
import { and, eventWhere, inList, universeWhere } from './where.js';

// Weeks start on Monday (ISO 8601): 'weekday 0' moves to the coming Sunday, then back six days.
function bucketSql(interval: Interval, dayCol: string): string {
  if (interval === 'day') return dayCol;
  if (interval === 'week') return `date(${dayCol}, 'weekday 0', '-6 days')`;
  return `substr(${dayCol}, 1, 7) || '-01'`;
}

function countsSql(spec: AggregateSpec, dayCol: string, where: string): string {
  const bucket = bucketSql(spec.interval, dayCol);
  const from = `FROM event_facts f WHERE ${where} AND ${dayCol} <> ''`;
  // An event counts once for each actor it involves.
  const inner = spec.groupBy === 'actor'
    ? `SELECT ${bucket} AS bucket, f.source_code AS key, f.goldstein ${from} AND f.source_code IS NOT NULL
       UNION ALL SELECT ${bucket} AS bucket, f.target_code AS key, f.goldstein ${from} AND f.target_code IS NOT NULL`
    : `SELECT ${bucket} AS bucket, ${GROUP_KEYS[spec.groupBy]} AS key, f.goldstein ${from}`;
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
  return aggregateResult(spec, counted, new Map([...totals].map(([bucket, t]) => [bucket, t.n])));
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
