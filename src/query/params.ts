// The one table of Query parameters (URL parameter = CLI flag = field name), and the parser
// that turns URL parameters or CLI values into a validated Query or an NG_E060 that names the
// parameter, what it expects and what it found. OpenAPI, CLI help and docs read the table.
import { NewsgraphError } from '../errors.js';
import { QuerySchema, type Query } from './query.js';

export interface ParamDoc {
  /** `codes`: comma-separated or repeated; `names`: repeated only (names may hold commas). */
  kind: 'codes' | 'names' | 'one';
  description: string;
  example: string;
}

export const QUERY_PARAMS: Record<keyof Query, ParamDoc> = {
  actor: { kind: 'codes', description: 'Actor code on either side; a trailing * matches a prefix', example: 'RUS*,UKRGOV' },
  source: { kind: 'codes', description: 'Actor code of the source (who acts)', example: 'USA' },
  target: { kind: 'codes', description: 'Actor code of the target (who is acted on)', example: 'CHN*' },
  dyad: { kind: 'codes', description: 'SOURCE-TARGET pairs of actor codes or prefixes', example: 'RUS*-UKR*' },
  directed: { kind: 'one', description: 'false: a dyad also matches the other way round', example: 'false' },
  actorCountry: { kind: 'codes', description: 'Country (ISO 3166 alpha-3 or region) of either actor', example: 'IRN,SAU' },
  cameo: { kind: 'codes', description: 'CAMEO event code, or a prefix ending in *', example: '190,0234,14*' },
  root: { kind: 'codes', description: 'CAMEO root code, 01 to 20', example: '18,19,20' },
  quad: { kind: 'codes', description: 'Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', example: '3,4' },
  plover: { kind: 'codes', description: 'PLOVER event type', example: 'ASSAULT,COERCE' },
  country: { kind: 'codes', description: 'Country where the event took place (ISO 3166 alpha-3)', example: 'UKR' },
  place: { kind: 'names', description: 'Place name where the event took place (case-insensitive, exact)', example: 'Kharkiv' },
  near: { kind: 'one', description: 'LAT,LON,KM: events placed within KM kilometres of the point', example: '50.45,30.52,100' },
  time: { kind: 'one', description: 'ISO 8601 interval in UTC, whole days: 2024-05, 2024-01-01/2024-03-31, 2024-05-01/P1W, P30D/2024-06-01', example: '2024-01/2024-06' },
  dateField: { kind: 'one', description: 'Which date `time` applies to: event (when it happened) or published', example: 'published' },
  outlet: { kind: 'names', description: 'Outlet (article source) name, exact', example: 'Reuters' },
  modality: { kind: 'codes', description: 'asserted, reported, hypothetical, future, or any; default asserted', example: 'asserted,reported' },
  negated: { kind: 'one', description: 'exclude (default), include or only negated events', example: 'include' },
  minConfidence: { kind: 'one', description: 'Smallest coder confidence, 0 to 1', example: '0.6' },
  text: { kind: 'one', description: 'Words that must all occur in the article (full-text, stemmed; no operators)', example: 'grain corridor' },
  speaker: { kind: 'names', description: 'Quotes only: who is quoted, by the name of the speaker\'s entity or the speaker\'s words as the text gives them, case-insensitive, exact', example: 'Hoo Tiang Boon' },
};

/** Fields that only the quote list applies; every other endpoint refuses them. */
export const QUOTE_ONLY: readonly (keyof Query)[] = ['speaker'];

/** Raw parameters: every name with every value given for it. */
export type RawParams = Record<string, string[]>;

/** Collects URLSearchParams into RawParams (repeated names keep every value). */
export function rawFromSearch(search: URLSearchParams): RawParams {
  const raw: RawParams = {};
  for (const [k, v] of search) (raw[k] ??= []).push(v);
  return raw;
}

/**
 * Splits `raw` into a validated Query and the other parameters an endpoint accepts
 * (`extra`, single values). Unknown names, repeated single values and invalid values → NG_E060.
 *
 * @example parseQueryParams(rawFromSearch(url.searchParams), ['limit', 'cursor'])
 */
export function parseQueryParams(raw: RawParams, extra: readonly string[] = []): { query: Query; extra: Record<string, string> } {
  const input: Record<string, unknown> = {};
  const others: Record<string, string> = {};
  for (const [key, values] of Object.entries(raw)) {
    const doc = (QUERY_PARAMS as Record<string, ParamDoc | undefined>)[key];
    if (!doc && !extra.includes(key)) throw unknownParam(key, extra);
    if (!doc || doc.kind === 'one') {
      if (values.length > 1) throw invalid(key, `expected one value, found ${values.length}`, values.join(', '));
      if (doc) input[key] = values[0];
      else others[key] = values[0]!;
      continue;
    }
    input[key] = doc.kind === 'codes' ? values.flatMap((v) => v.split(',')).filter((v) => v.trim() !== '') : values;
  }
  return { query: validateQuery(input, raw), extra: others };
}

/** Validates a Query given as JSON (a saved query) or as already split parameters. */
export function validateQuery(input: unknown, raw: RawParams = {}): Query {
  const r = QuerySchema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    if (i.code === 'unrecognized_keys') return { field: i.keys.join(', '), message: 'is not a query field', found: '' };
    const found = i.input ?? raw[field]?.join(',') ?? '';
    return { field, message: i.message, found: typeof found === 'string' ? found : JSON.stringify(found) };
  });
  const first = issues[0]!;
  if (first.message === 'is not a query field') throw unknownParam(first.field, []);
  throw invalid(first.field, first.message, first.found, issues);
}

function invalid(field: string, message: string, found: string, issues?: unknown[]): NewsgraphError {
  const shown = found.length > 60 ? `${found.slice(0, 60)}…` : found;
  return new NewsgraphError('NG_E060', `query parameter "${field}": ${message}, found "${shown}"`, {
    hint: `fix "${field}" (see docs/query-and-api.md or /api/openapi.json for every parameter)`,
    detail: { field, issues: issues ?? [{ field, message, found: shown }] },
  });
}

function unknownParam(key: string, extra: readonly string[]): NewsgraphError {
  const shown = key.length > 40 ? `${key.slice(0, 40)}…` : key;
  const known = [...Object.keys(QUERY_PARAMS), ...extra].join(', ');
  return new NewsgraphError('NG_E060', `unknown query parameter "${shown}"`, {
    hint: `use only ${known}`,
    detail: { field: shown },
  });
}

/** Parameters a list endpoint takes besides the Query, and their limits. */
export const PAGE_PARAMS = ['limit', 'cursor'] as const;
export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 1000;

/** The page size in `extra.limit`: 1..MAX_PAGE, else NG_E060 saying to page with the cursor. */
export function pageLimit(value: string | undefined, dflt = DEFAULT_PAGE): number {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > MAX_PAGE) {
    throw invalid('limit', `expected a whole number from 1 to ${MAX_PAGE} (page through more with the cursor)`, value);
  }
  return n;
}

/** One of `allowed` for parameter `field`, or the default; anything else → NG_E060. */
export function pickOne<T extends string>(field: string, value: string | undefined, allowed: readonly T[], dflt: T): T {
  if (value === undefined) return dflt;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw invalid(field, `expected one of ${allowed.join(', ')}`, value);
}

/** The URL parameters that give back `q` (defaults left out): for links, codebooks and logs. */
export function queryToSearch(q: Query): string {
  const out = new URLSearchParams();
  const defaults = QuerySchema.parse({});
  for (const key of Object.keys(QUERY_PARAMS) as (keyof Query)[]) {
    const v = q[key];
    if (JSON.stringify(v) === JSON.stringify(defaults[key])) continue;
    if (key === 'time' && q.time) out.set(key, q.time.text);
    else if (key === 'near' && q.near) out.set(key, `${q.near.lat},${q.near.lon},${q.near.km}`);
    else if (key === 'dyad') out.set(key, q.dyad.map((d) => `${d.source}-${d.target}`).join(','));
    else if (Array.isArray(v) && QUERY_PARAMS[key].kind === 'names') for (const x of v) out.append(key, String(x));
    else out.set(key, Array.isArray(v) ? v.join(',') : String(v));
  }
  return out.toString();
}
