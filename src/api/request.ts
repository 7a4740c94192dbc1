// Reading a request's URL parameters into a Query and the endpoint's own parameters, with
// the fields an endpoint does not apply refused by name rather than silently ignored.
import type { Context } from 'hono';
import { NewsgraphError } from '../errors.js';
import { parseQueryParams, QUERY_PARAMS, QUOTE_ONLY, rawFromSearch } from '../query/params.js';
import type { Query } from '../query/query.js';

export interface EndpointParams {
  /** Parameters besides the Query (limit, cursor, interval, ...). */
  extra: readonly string[];
  /** Query fields this endpoint applies; all but the quote list's own when absent. */
  fields?: readonly (keyof Query)[];
}

/** The Query and the other parameters of `c`; NG_E060 for anything unknown, misplaced or invalid. */
export function readParams(c: Context, spec: EndpointParams): { query: Query; extra: Record<string, string> } {
  const raw = rawFromSearch(new URL(c.req.url).searchParams);
  const allowed = new Set<string>(spec.fields ?? (Object.keys(QUERY_PARAMS) as (keyof Query)[]).filter((f) => !QUOTE_ONLY.includes(f)));
  const misplaced = Object.keys(raw).find((k) => k in QUERY_PARAMS && !allowed.has(k));
  if (misplaced) {
    throw new NewsgraphError('NG_E060', `query parameter "${misplaced}" does not apply to ${new URL(c.req.url).pathname}`, {
      hint: `this endpoint takes ${[...allowed, ...spec.extra].join(', ')}`,
      detail: { field: misplaced },
    });
  }
  return parseQueryParams(raw, spec.extra);
}

/** The base URL of the next page (the same request with `cursor` replaced), or null. */
export function nextLink(c: Context, cursor: string | null): string | null {
  if (cursor === null) return null;
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}?${url.searchParams.toString()}`;
}
