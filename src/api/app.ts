// The HTTP API as a Hono app: read endpoints (GET, cacheable with ETags), streamed exports,
// token-guarded ingest, the OpenAPI document, and every error as problem+json.
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { Engine } from '../engine.js';
import { NewsgraphError } from '../errors.js';
import type { QueryableStore } from '../store/store.js';
import { openApiDocument } from './openapi.js';
import { problemResponse } from './problem.js';
import { registerExportRoutes } from './routes/export.js';
import { registerIngestRoute } from './routes/ingest.js';
import { registerReadRoutes } from './routes/read.js';

export interface ApiOptions {
  store: QueryableStore;
  /** Largest ingest body in bytes (default 5 MiB). */
  maxBodyBytes?: number;
  /** NEWSGRAPH_TOKEN, when set. */
  token?: string;
  /** True when the server listens on loopback only (the default); see docs/query-and-api.md. */
  loopback?: boolean;
  /** The extraction engine for ingest (default: createEngine(), loaded on first ingest). */
  engine?: () => Promise<Engine>;
}

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;
const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

// The engine loads its lexicons and models: a server that only reads never pays for it.
function lazyEngine(): () => Promise<Engine> {
  let made: Promise<Engine> | undefined;
  return () => (made ??= import('../engine.js').then((m) => m.createEngine()));
}

/** On loopback, a Host header naming another machine is a DNS-rebinding attempt from a web page. */
function checkHost(host: string | undefined, loopback: boolean): void {
  if (!loopback || host === undefined || LOOPBACK_HOST.test(host)) return;
  throw new NewsgraphError('NG_E064', `this server answers only to localhost, not to the host "${host.slice(0, 60)}"`, {
    hint: 'use http://127.0.0.1:PORT/ or start the server with --host', detail: { status: 421 },
  });
}

/**
 * @example
 * const app = createApi({ store: await openQueryStore(db) });
 * const res = await app.request('/api/events?actor=RUS*&time=2024-05');
 */
export function createApi(opts: ApiOptions): Hono {
  const app = new Hono();
  const loopback = opts.loopback ?? true;
  app.onError((e, c) => problemResponse(c, e));
  app.notFound((c) => problemResponse(c, new NewsgraphError('NG_E064', `no endpoint ${c.req.method} ${new URL(c.req.url).pathname}`, {
    hint: 'see GET /api/openapi.json for the endpoints',
  })));
  app.use('*', async (c, next) => {
    checkHost(c.req.header('Host'), loopback);
    // A cross-site page may not drive this API from a browser (no CORS headers are sent either).
    const origin = c.req.header('Origin');
    if (origin !== undefined && c.req.method !== 'GET' && c.req.method !== 'HEAD' && new URL(c.req.url).origin !== origin) {
      throw new NewsgraphError('NG_E063', `requests from the web page at ${origin.slice(0, 60)} are refused`, { hint: 'call the API from a script or the command line', detail: { status: 403 } });
    }
    await next();
  });
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.req.method === 'GET' && c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', 'public, max-age=0, must-revalidate');
    }
  });
  for (const path of ['/api/events', '/api/events/aggregate', '/api/articles', '/api/articles/*', '/api/actors', '/api/actors/*', '/api/quotes', '/api/graph', '/api/search']) {
    app.use(path, etag({ weak: true }));
  }
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  registerReadRoutes(app, opts.store);
  registerExportRoutes(app, opts.store);
  registerIngestRoute(app, opts.store, {
    maxBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY, token: opts.token || undefined, loopback,
    engine: opts.engine ?? lazyEngine(),
  });
  return app;
}
