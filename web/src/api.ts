// Every call the workbench makes to the API, and the hook that runs one for a view with its
// loading, empty and error states. Errors arrive as problem+json; the message and hint are shown.
import { useEffect, useState } from 'react';
import type {
  ActorProfile, ActorRow, AggregateResult, EventRow, Graph, GroupBy, Interval, Page, QuoteRow,
} from '../../src/query/types.js';
import type { ExtractionRecord } from '../../src/record/types.js';
import { queryParams, type QueryKey } from './url-state.js';

export type { ActorProfile, ActorRow, AggregateResult, AggregateRow, EventRow, Graph, GraphEdge, GraphNode, QuoteRow } from '../../src/query/types.js';
export type { ExtractionRecord } from '../../src/record/types.js';

/** A failed request: the problem document's detail and hint when the API sent one. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly hint?: string) {
    super(message);
  }
}

/** The Query fields /api/quotes applies (src/api/routes/read.ts refuses the others). */
export const QUOTE_KEYS: readonly QueryKey[] = ['actor', 'source', 'target', 'outlet', 'time', 'dateField', 'text'];

async function request(path: string, params: URLSearchParams, signal?: AbortSignal): Promise<Response> {
  const search = params.toString();
  const res = await fetch(path + (search ? `?${search}` : ''), { signal, headers: { Accept: 'application/json' } });
  if (res.ok) return res;
  let message = `${res.status} ${res.statusText}`;
  let hint: string | undefined;
  try {
    const p = (await res.json()) as { detail?: string; hint?: string };
    if (p.detail) message = p.detail;
    hint = p.hint;
  } catch {
    // Not a problem document (a proxy's error page): the status line says enough.
  }
  throw new ApiError(message, res.status, hint);
}

async function getJson<T>(path: string, params: URLSearchParams, signal?: AbortSignal): Promise<T> {
  return (await request(path, params, signal)).json() as Promise<T>;
}

function withExtra(q: URLSearchParams, extra: Record<string, string | number | null | undefined>): URLSearchParams {
  const out = new URLSearchParams(q);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined && v !== '') out.set(k, String(v));
  return out;
}

export interface ArticleSummary {
  id: string;
  title: string;
  date: string | null;
  source: string;
}

export interface ListPage<T> extends Page<T> {
  next: string | null;
}

/** A feature of the GeoJSON export: one located event. */
export interface EventFeature {
  geometry: { coordinates: [number, number] } | null;
  properties: EventRow;
}

export const api = {
  events: (q: URLSearchParams, page: { limit?: number; cursor?: string | null }, signal?: AbortSignal) =>
    getJson<ListPage<EventRow>>('/api/events', withExtra(q, { limit: page.limit, cursor: page.cursor }), signal),
  aggregate: (q: URLSearchParams, interval: Interval, groupBy: GroupBy, signal?: AbortSignal) =>
    getJson<AggregateResult>('/api/events/aggregate', withExtra(q, { interval, groupBy }), signal),
  article: (id: string, signal?: AbortSignal) =>
    getJson<ExtractionRecord>(`/api/articles/${encodeURIComponent(id)}`, new URLSearchParams(), signal),
  actors: (q: URLSearchParams, limit: number, signal?: AbortSignal) =>
    getJson<ListPage<ActorRow>>('/api/actors', withExtra(q, { limit }), signal),
  actor: (code: string, q: URLSearchParams, signal?: AbortSignal) =>
    getJson<ActorProfile>(`/api/actors/${encodeURIComponent(code)}`, withExtra(q, { limit: 50 }), signal),
  quotes: (q: URLSearchParams, cursor: string | null, signal?: AbortSignal) =>
    getJson<ListPage<QuoteRow>>('/api/quotes', withExtra(queryParams(q, QUOTE_KEYS), { limit: 100, cursor }), signal),
  graph: (q: URLSearchParams, limit: number, signal?: AbortSignal) =>
    getJson<Graph>('/api/graph', withExtra(q, { limit }), signal),
  /** Located events of the query, read line by line from the GeoJSON export and cut at `max`. */
  located: async (q: URLSearchParams, max: number, signal?: AbortSignal) => readFeatures(
    await request('/api/export', withExtra(q, { format: 'geojson' }), signal), max),
  exportUrl: (q: URLSearchParams, format: string) => `/api/export?${withExtra(q, { format }).toString()}`,
  aggregateCsvUrl: (q: URLSearchParams, interval: Interval, groupBy: GroupBy) =>
    `/api/events/aggregate?${withExtra(q, { interval, groupBy, format: 'csv' }).toString()}`,
};

/**
 * The export writes one feature a line; reading it as a stream keeps memory flat on a big
 * store and lets the map stop at `max` (it says so) instead of loading everything.
 */
async function readFeatures(res: Response, max: number): Promise<{ features: EventFeature[]; cut: boolean }> {
  const features: EventFeature[] = [];
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  const take = (line: string) => {
    const t = line.trim().replace(/,$/, '');
    if (t.startsWith('{"type":"Feature"')) features.push(JSON.parse(t) as EventFeature);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const lines = (rest + value).split('\n');
    rest = lines.pop() ?? '';
    lines.forEach(take);
    if (features.length >= max) {
      await reader.cancel();
      return { features: features.slice(0, max), cut: true };
    }
  }
  take(rest);
  return { features, cut: false };
}

export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError | Error }
  | { status: 'ok'; data: T };

/**
 * Runs `load` whenever `key` changes (null: nothing to load) and aborts the request it
 * replaces, so a slow answer to an old filter never overwrites a newer one.
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loadable<T> {
  const [state, setState] = useState<{ key: string | null; value: Loadable<T> }>({ key: null, value: { status: 'loading' } });
  useEffect(() => {
    if (key === null) return;
    const ctl = new AbortController();
    setState({ key, value: { status: 'loading' } });
    load(ctl.signal).then(
      (data) => setState({ key, value: { status: 'ok', data } }),
      (error: Error) => {
        if (!ctl.signal.aborted) setState({ key, value: { status: 'error', error } });
      },
    );
    return () => ctl.abort();
    // `load` is a fresh closure each render; `key` says when its inputs changed.
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}
