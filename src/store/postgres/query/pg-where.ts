// Turns a Query into a parameterised PostgreSQL condition over event_facts (alias f): the
// same conditions as the SQLite store's, with `?` placeholders numbered when run (toPg).
// Column names come from this file only; every value the user gave is a bound parameter.
import type { Dyad, Near, Query } from '../../../query/query.js';
import { MODALITIES } from '../../../query/query.js';

export interface Cond {
  sql: string;
  params: unknown[];
}

export const TRUE: Cond = { sql: 'TRUE', params: [] };
const EARTH_KM = 6371.0088;

/** `?` → `$1, $2, ...` (no SQL of this module has a `?` inside a literal). */
export function toPg(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function and(conds: Cond[]): Cond {
  const real = conds.filter((c) => c.sql !== 'TRUE');
  if (real.length === 0) return TRUE;
  return { sql: real.map((c) => `(${c.sql})`).join(' AND '), params: real.flatMap((c) => c.params) };
}

export function or(conds: Cond[]): Cond {
  if (conds.length === 0) return TRUE;
  return { sql: conds.map((c) => `(${c.sql})`).join(' OR '), params: conds.flatMap((c) => c.params) };
}

export function inList(col: string, values: readonly unknown[]): Cond {
  if (values.length === 0) return TRUE;
  return { sql: `${col} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

/** Codes, each exact or a prefix ending in `*` (a range on a COLLATE "C" column, so its index is used). */
export function codeMatch(col: string, patterns: readonly string[]): Cond {
  if (patterns.length === 0) return TRUE;
  const exact = patterns.filter((p) => !p.endsWith('*'));
  // Codes are ASCII: in byte order every code that starts with p sorts in [p, p + U+FFFF).
  const prefixes = patterns.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1))
    .map((p): Cond => ({ sql: `${col} >= ? AND ${col} < ?`, params: [p, `${p}\uffff`] }));
  return or([...(exact.length > 0 ? [inList(col, exact)] : []), ...prefixes]);
}

function dyadMatch(d: Dyad, directed: boolean): Cond {
  const one = (s: string, t: string) => and([codeMatch('f.source_code', [s]), codeMatch('f.target_code', [t])]);
  return directed ? one(d.source, d.target) : or([one(d.source, d.target), one(d.target, d.source)]);
}

/** A bounding box (index-friendly) and then the great-circle distance. */
export function nearMatch(n: Near): Cond {
  const dLat = n.km / 111.32;
  const cosLat = Math.cos((n.lat * Math.PI) / 180);
  const dLon = cosLat < 1e-6 ? 180 : n.km / (111.32 * cosLat);
  const rad = (x: number) => (x * Math.PI) / 180;
  const box: Cond[] = [{ sql: 'f.lat BETWEEN ? AND ?', params: [n.lat - dLat, n.lat + dLat] }];
  if (dLon < 180) {
    const [lo, hi] = [n.lon - dLon, n.lon + dLon];
    // Across the antimeridian the box is two boxes.
    if (lo < -180) box.push({ sql: 'f.lon >= ? OR f.lon <= ?', params: [lo + 360, hi] });
    else if (hi > 180) box.push({ sql: 'f.lon >= ? OR f.lon <= ?', params: [lo, hi - 360] });
    else box.push({ sql: 'f.lon BETWEEN ? AND ?', params: [lo, hi] });
  }
  const cos = 'sin(radians(f.lat)) * ?::float8 + cos(radians(f.lat)) * ?::float8 * cos(radians(f.lon) - ?::float8)';
  const distance = `${EARTH_KM} * acos(least(1.0, greatest(-1.0, ${cos})))`;
  return and([...box, { sql: `${distance} <= ?`, params: [Math.sin(rad(n.lat)), Math.cos(rad(n.lat)), rad(n.lon), n.km] }]);
}

/** The words of a search, NULs removed; null when there is none. */
export function searchText(text: string | null): string | null {
  return text?.replace(/\u0000/g, ' ').trim() || null;
}

/** Articles whose title or text holds every word (tsvector), as a condition on a column of article seqs. */
export function textMatch(seqColumn: string, text: string | null): Cond {
  const words = searchText(text);
  if (words === null) return TRUE;
  return { sql: `${seqColumn} IN (SELECT seq FROM articles WHERE tsv @@ plainto_tsquery('english', ?))`, params: [words] };
}

/** What counts as an event at all: time window, modality, negation, confidence (aggregate totals use only these). */
export function universeWhere(q: Query): Cond {
  const dayCol = q.dateField === 'published' ? 'f.pub_day' : 'f.day';
  return and([
    q.time ? { sql: `${dayCol} BETWEEN ? AND ?`, params: [q.time.from, q.time.to] } : TRUE,
    q.modality.length < MODALITIES.length ? inList('f.modality', q.modality) : TRUE,
    q.negated === 'include' ? TRUE : { sql: 'f.negated = ?', params: [q.negated === 'only' ? 1 : 0] },
    q.minConfidence > 0 ? { sql: 'f.confidence >= ?', params: [q.minConfidence] } : TRUE,
  ]);
}

/** Every condition of the Query over event_facts f. */
export function eventWhere(q: Query): Cond {
  return and([
    universeWhere(q),
    or(q.actor.length > 0 ? [codeMatch('f.source_code', q.actor), codeMatch('f.target_code', q.actor)] : []),
    codeMatch('f.source_code', q.source),
    codeMatch('f.target_code', q.target),
    or(q.dyad.map((d) => dyadMatch(d, q.directed))),
    or(q.actorCountry.length > 0 ? [inList('f.source_country', q.actorCountry), inList('f.target_country', q.actorCountry)] : []),
    codeMatch('f.cameo', q.cameo),
    inList('f.root', q.root),
    inList('f.quad_class', q.quad),
    inList('f.plover', q.plover),
    inList('f.location_country', q.country),
    inList('lower(f.location_name)', q.place.map((p) => p.toLowerCase())),
    q.near ? nearMatch(q.near) : TRUE,
    inList('f.outlet', q.outlet),
    textMatch('f.article_seq', q.text),
  ]);
}
