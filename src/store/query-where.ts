// Turns a Query into a parameterised SQL condition over event_facts (alias f), for either
// store: the conditions are written once, and a dialect supplies the few expressions that
// differ between SQLite and PostgreSQL. Column names come from this file and the dialects
// only; every value the user gave is a bound parameter (`?`, numbered for PostgreSQL).
import type { Dyad, Near, Query } from '../query/query.js';
import { MODALITIES } from '../query/query.js';

export interface Cond {
  sql: string;
  params: unknown[];
}

export interface Dialect {
  /** The always-true condition ("1" in SQLite, "TRUE" in PostgreSQL). */
  truth: string;
  /** The great-circle distance in km, given sin(lat0), cos(lat0) and lon0 (radians) as `?`. */
  distance(earthKm: number): string;
  /** Events placed at one of these names, case-insensitively. */
  place(names: readonly string[]): Cond;
  /** Articles whose title or text holds every word, as a condition on a column of article seqs. */
  text(seqColumn: string, text: string): Cond | null;
}

const EARTH_KM = 6371.0088;

export interface Where {
  TRUE: Cond;
  and(conds: Cond[]): Cond;
  or(conds: Cond[]): Cond;
  inList(col: string, values: readonly unknown[]): Cond;
  codeMatch(col: string, patterns: readonly string[]): Cond;
  nearMatch(n: Near): Cond;
  textMatch(seqColumn: string, text: string | null): Cond;
  universeWhere(q: Query): Cond;
  eventWhere(q: Query): Cond;
}

/** The query conditions of one store's dialect. */
export function makeWhere(d: Dialect): Where {
  const TRUE: Cond = { sql: d.truth, params: [] };

  const and = (conds: Cond[]): Cond => {
    const real = conds.filter((c) => c.sql !== d.truth);
    if (real.length === 0) return TRUE;
    return { sql: real.map((c) => `(${c.sql})`).join(' AND '), params: real.flatMap((c) => c.params) };
  };

  const or = (conds: Cond[]): Cond => {
    if (conds.length === 0) return TRUE;
    return { sql: conds.map((c) => `(${c.sql})`).join(' OR '), params: conds.flatMap((c) => c.params) };
  };

  const inList = (col: string, values: readonly unknown[]): Cond =>
    values.length === 0 ? TRUE : { sql: `${col} IN (${values.map(() => '?').join(', ')})`, params: [...values] };

  /** Codes, each exact or a prefix ending in `*` (a range, so the column's index is used). */
  const codeMatch = (col: string, patterns: readonly string[]): Cond => {
    if (patterns.length === 0) return TRUE;
    const exact = patterns.filter((p) => !p.endsWith('*'));
    // Codes are ASCII: in byte order every code that starts with p sorts in [p, p + U+FFFF).
    const prefixes = patterns.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1))
      .map((p): Cond => ({ sql: `${col} >= ? AND ${col} < ?`, params: [p, `${p}\uffff`] }));
    return or([...(exact.length > 0 ? [inList(col, exact)] : []), ...prefixes]);
  };

  const dyadMatch = (dy: Dyad, directed: boolean): Cond => {
    const one = (s: string, t: string) => and([codeMatch('f.source_code', [s]), codeMatch('f.target_code', [t])]);
    return directed ? one(dy.source, dy.target) : or([one(dy.source, dy.target), one(dy.target, dy.source)]);
  };

  /** A bounding box (index-friendly) and then the great-circle distance. */
  const nearMatch = (n: Near): Cond => {
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
    const within: Cond = { sql: `${d.distance(EARTH_KM)} <= ?`, params: [Math.sin(rad(n.lat)), Math.cos(rad(n.lat)), rad(n.lon), n.km] };
    return and([...box, within]);
  };

  const textMatch = (seqColumn: string, text: string | null): Cond => (text === null ? null : d.text(seqColumn, text)) ?? TRUE;

  /** What counts as an event at all: time window, modality, negation, confidence (aggregate totals use only these). */
  const universeWhere = (q: Query): Cond => {
    const dayCol = q.dateField === 'published' ? 'f.pub_day' : 'f.day';
    return and([
      q.time ? { sql: `${dayCol} BETWEEN ? AND ?`, params: [q.time.from, q.time.to] } : TRUE,
      q.modality.length < MODALITIES.length ? inList('f.modality', q.modality) : TRUE,
      q.negated === 'include' ? TRUE : { sql: 'f.negated = ?', params: [q.negated === 'only' ? 1 : 0] },
      q.minConfidence > 0 ? { sql: 'f.confidence >= ?', params: [q.minConfidence] } : TRUE,
    ]);
  };

  /** Every condition of the Query over event_facts f. */
  const eventWhere = (q: Query): Cond => and([
    universeWhere(q),
    or(q.actor.length > 0 ? [codeMatch('f.source_code', q.actor), codeMatch('f.target_code', q.actor)] : []),
    codeMatch('f.source_code', q.source),
    codeMatch('f.target_code', q.target),
    or(q.dyad.map((dy) => dyadMatch(dy, q.directed))),
    or(q.actorCountry.length > 0 ? [inList('f.source_country', q.actorCountry), inList('f.target_country', q.actorCountry)] : []),
    codeMatch('f.cameo', q.cameo),
    inList('f.root', q.root),
    inList('f.quad_class', q.quad),
    inList('f.plover', q.plover),
    inList('f.location_country', q.country),
    q.place.length > 0 ? d.place(q.place) : TRUE,
    q.near ? nearMatch(q.near) : TRUE,
    inList('f.outlet', q.outlet),
    textMatch('f.article_seq', q.text),
  ]);

  return { TRUE, and, or, inList, codeMatch, nearMatch, textMatch, universeWhere, eventWhere };
}
