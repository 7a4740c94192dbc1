// What both stores' aggregates share: the group keys over event_facts (alias f), and the turning
// of counted rows and per-bucket totals into an AggregateResult (means, shares, the cut at
// MAX_AGGREGATE_ROWS, and zero rows for buckets with events but no match).
import type { AggregateResult, AggregateRow, AggregateSpec, GroupBy } from '../query/types.js';

/** More rows than this and the result is cut (and says so). */
export const MAX_AGGREGATE_ROWS = 50_000;

/** The SQL expression each group key counts by (the per-actor grouping is a union, built apart). */
export const GROUP_KEYS: Record<Exclude<GroupBy, 'actor'>, string> = {
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

/** One counted row of the aggregate query (at most MAX_AGGREGATE_ROWS + 1 are read). */
export interface Counted {
  bucket: string;
  key: string;
  count: number;
  goldsteinSum: number;
}

/** The result from the counted rows and the number of events in each bucket. */
export function aggregateResult(spec: AggregateSpec, counted: readonly Counted[], totals: ReadonlyMap<string, number>): AggregateResult {
  const truncated = counted.length > MAX_AGGREGATE_ROWS;
  const rows = counted.slice(0, MAX_AGGREGATE_ROWS).map((c) => withTotal(c, totals.get(c.bucket) ?? 0));
  if (spec.groupBy === 'none') fillEmptyBuckets(rows, totals);
  return { ...spec, buckets: rows, truncated };
}

function withTotal(c: Counted, total: number): AggregateRow {
  const mean = c.count > 0 ? c.goldsteinSum / c.count : 0;
  return {
    bucket: c.bucket, key: c.key, count: c.count, goldsteinSum: round(c.goldsteinSum), goldsteinMean: round(mean),
    total, ratio: total > 0 ? round(c.count / total, 6) : 0,
  };
}

/** Without groups, a bucket with events but none matching shows as a zero (a gap in a chart is a fact). */
function fillEmptyBuckets(rows: AggregateRow[], totals: ReadonlyMap<string, number>): void {
  const seen = new Set(rows.map((r) => r.bucket));
  for (const [bucket, total] of totals) {
    if (!seen.has(bucket)) rows.push({ bucket, key: '', count: 0, goldsteinSum: 0, goldsteinMean: 0, total, ratio: 0 });
  }
  rows.sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0));
}

const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
