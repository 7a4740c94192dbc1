// The workbench's router: the whole state of a view (tab, filters, selection) is the URL, so
// a view can be shared, reloaded and walked back with the browser's history.
import { useSyncExternalStore } from 'react';

export type View = 'events' | 'timeline' | 'network' | 'map' | 'quotes' | 'article' | 'actor';

export const TABS: { view: View; label: string }[] = [
  { view: 'events', label: 'Events' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'network', label: 'Network' },
  { view: 'map', label: 'Map' },
  { view: 'quotes', label: 'Quotes' },
];

export interface Route {
  view: View;
  /** The article id or the actor code of a detail view. */
  id?: string;
}

export interface Place {
  route: Route;
  params: URLSearchParams;
}

/** The Query parameters of the API (src/query/params.ts); everything else in the URL is the UI's. */
export const QUERY_KEYS = [
  'actor', 'source', 'target', 'dyad', 'directed', 'actorCountry', 'cameo', 'root', 'quad', 'plover', 'country',
  'place', 'near', 'time', 'dateField', 'outlet', 'modality', 'negated', 'minConfidence', 'text',
] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

/** UI parameters that point into one result and so mean nothing once the filters change. */
export const SELECTION_KEYS = ['cursor', 'page', 'sel', 'edge', 'node', 'pt'];

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p));
  if (parts[0] === 'articles' && parts[1]) return { view: 'article', id: parts[1] };
  if (parts[0] === 'actors' && parts[1]) return { view: 'actor', id: parts[1].toUpperCase() };
  const tab = TABS.find((t) => t.view === parts[0]);
  return { view: tab ? tab.view : 'events' };
}

export function routePath(route: Route): string {
  if (route.view === 'article') return `/articles/${encodeURIComponent(route.id ?? '')}`;
  if (route.view === 'actor') return `/actors/${encodeURIComponent(route.id ?? '')}`;
  return `/${route.view}`;
}

/** The API Query parameters of `params`, in their URL form. */
export function queryParams(params: URLSearchParams, only?: readonly QueryKey[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of only ?? QUERY_KEYS) for (const v of params.getAll(key)) if (v.trim() !== '') out.append(key, v);
  return out;
}

export type Changes = Record<string, string | string[] | null | undefined>;

/** `params` with `changes` applied: null or '' removes a key, a list repeats it. */
export function withChanges(params: URLSearchParams, changes: Changes): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    out.delete(key);
    for (const v of Array.isArray(value) ? value : [value]) if (v !== null && v !== '') out.append(key, v);
  }
  return out;
}

/** An address inside the workbench: a route and its parameters. */
export function href(route: Route, params: URLSearchParams): string {
  const search = params.toString();
  return routePath(route) + (search ? `?${search}` : '');
}

const listeners = new Set<() => void>();

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  window.addEventListener('popstate', fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('popstate', fn);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** Goes to `url` inside the workbench (pushes a history entry unless `replace`). */
export function navigate(url: string, opts: { replace?: boolean } = {}): void {
  if (url === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  for (const fn of listeners) fn();
}

let cached: { key: string; place: Place } | null = null;

/** The current route and parameters; re-renders on every navigation. */
export function usePlace(): Place {
  const key = useSyncExternalStore(subscribe, snapshot);
  if (cached?.key !== key) {
    cached = { key, place: { route: parseRoute(window.location.pathname), params: new URLSearchParams(window.location.search) } };
  }
  return cached.place;
}
