// The Query value: what an analyst asks of the event graph, one value validated with zod,
// whether it comes from URL parameters, CLI flags or a saved JSON query. Lists mean "any of";
// different fields must all hold. An empty list leaves its slot open.
import { z } from 'zod';
import { parseTimeWindow, type DayWindow } from './time-window.js';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const MODALITIES = ['asserted', 'reported', 'hypothetical', 'future'] as const;
export type Modality = (typeof MODALITIES)[number];

export type ActorPattern = string;

/** A dyad: source and target patterns (each a code, or a prefix ending in `*`). */
export interface Dyad {
  source: ActorPattern;
  target: ActorPattern;
}

/** A circle around a point: events whose place lies within `km` of (lat, lon). */
export interface Near {
  lat: number;
  lon: number;
  km: number;
}

const MAX_LIST = 100;
const CODE = /^[A-Z0-9]{2,20}\*?$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const QUAD = 'expected a quad class from 1 to 4';

const upper = (s: string) => s.trim().toUpperCase();
// A single string stands for a list of one (a saved JSON query may write "actor": "USA").
const list = <T extends z.ZodType>(item: T) => z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(item).max(MAX_LIST, { error: `expected at most ${MAX_LIST} values` }),
).default([]);
const name = z.string().trim().min(1, { error: 'expected a non-empty name' }).max(200, { error: 'expected at most 200 characters' })
  .refine((s) => !CONTROL.test(s), { error: 'expected a name without control characters' });

const actorCode = z.string().transform(upper)
  .refine((s) => CODE.test(s), { error: 'expected an actor code of 2–20 letters or digits, or a prefix ending in * (RUS, RUSGOV, RUS*)' });

const dyad = z.string().transform(upper).transform((s, ctx): Dyad => {
  const [source = '', target = '', ...rest] = s.split('-');
  if (rest.length > 0 || !CODE.test(source) || !CODE.test(target)) {
    ctx.addIssue({ code: 'custom', message: 'expected SOURCE-TARGET actor codes or prefixes, such as USA-CHN or RUS*-UKR*' });
    return z.NEVER;
  }
  return { source, target };
});

const near = z.string().transform((s, ctx): Near => {
  const [lat, lon, km, ...rest] = s.split(',').map((x) => (x.trim() === '' ? NaN : Number(x)));
  const ok = rest.length === 0 && lat !== undefined && lon !== undefined && km !== undefined &&
    Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && km > 0 && km <= 20_000;
  if (!ok) {
    ctx.addIssue({ code: 'custom', message: 'expected LAT,LON,KM with -90≤LAT≤90, -180≤LON≤180 and 0<KM≤20000, such as 50.45,30.52,100' });
    return z.NEVER;
  }
  return { lat: lat!, lon: lon!, km: km! };
});

const time = z.string().max(100).transform((s, ctx): DayWindow => {
  const w = parseTimeWindow(s);
  if (typeof w === 'string') {
    ctx.addIssue({ code: 'custom', message: w });
    return z.NEVER;
  }
  return w;
});

const modality = z.array(z.string().trim().toLowerCase()).max(5).default(['asserted']).transform((xs, ctx): Modality[] => {
  if (xs.includes('any')) return [...MODALITIES];
  const bad = xs.find((x) => !(MODALITIES as readonly string[]).includes(x));
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: `expected any of ${MODALITIES.join(', ')} or "any", found "${bad}"` });
    return z.NEVER;
  }
  return xs.length === 0 ? ['asserted'] : (xs as Modality[]);
});

/** The zod schema of a Query: what arrives (strings and lists of strings) → the value used. */
export const QuerySchema = z.strictObject({
  actor: list(actorCode),
  source: list(actorCode),
  target: list(actorCode),
  dyad: list(dyad),
  directed: z.union([z.boolean(), z.stringbool()], { error: 'expected true or false' }).default(true),
  actorCountry: list(z.string().transform(upper).refine((s) => /^[A-Z]{3}$/.test(s), { error: 'expected a three-letter country or region code (RUS, WST)' })),
  cameo: list(z.string().trim().refine((s) => /^\d{2,4}\*?$/.test(s), { error: 'expected a CAMEO code of 2–4 digits, or a prefix ending in * (190, 19*)' })),
  root: list(z.string().trim().refine((s) => /^(0[1-9]|1\d|20)$/.test(s), { error: 'expected a CAMEO root from 01 to 20' })),
  quad: list(z.coerce.number({ error: QUAD }).int({ error: QUAD }).min(1, { error: QUAD }).max(4, { error: QUAD })),
  plover: list(z.string().transform(upper).pipe(z.enum(PLOVER_TYPES, { error: `expected a PLOVER type (${PLOVER_TYPES.join(', ')})` }))),
  country: list(z.string().transform(upper).refine((s) => /^[A-Z]{3}$/.test(s), { error: 'expected a three-letter country code (UKR)' })),
  place: list(name),
  near: near.nullable().default(null),
  time: time.nullable().default(null),
  dateField: z.enum(['event', 'published'], { error: 'expected event or published' }).default('event'),
  outlet: list(name),
  modality,
  negated: z.enum(['exclude', 'include', 'only'], { error: 'expected exclude, include or only' }).default('exclude'),
  minConfidence: z.coerce.number({ error: 'expected a number from 0 to 1' }).min(0, { error: 'expected a number from 0 to 1' }).max(1, { error: 'expected a number from 0 to 1' }).default(0),
  text: z.string().max(500, { error: 'expected at most 500 characters' }).transform((s) => s.replace(/\u0000/g, ' ').trim() || null).nullable().default(null),
  speaker: list(name),
});

/** A validated Query: every field present, lists possibly empty. */
export type Query = z.output<typeof QuerySchema>;
/** What a caller may send: any subset of fields, as strings or lists of strings. */
export type QueryInput = z.input<typeof QuerySchema>;

/** The fields of a Query, in the order documentation lists them. */
export const QUERY_FIELDS = Object.keys(QuerySchema.shape) as (keyof Query)[];

/** The Query that matches every asserted, non-negated event. */
export function emptyQuery(): Query {
  return QuerySchema.parse({});
}

/** True when the Query says something about events beyond the defaults (used by article lists). */
export function constrainsEvents(q: Query): boolean {
  const lists = [q.actor, q.source, q.target, q.dyad, q.actorCountry, q.cameo, q.root, q.quad, q.plover, q.country, q.place];
  return lists.some((l) => l.length > 0) || q.near !== null || (q.time !== null && q.dateField === 'event');
}
