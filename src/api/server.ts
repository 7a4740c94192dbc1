// Starts the HTTP API on a host and port (127.0.0.1 unless told otherwise) and resolves once
// it listens, or rejects with NG_E065 saying why it cannot.
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { NewsgraphError } from '../errors.js';
import type { Engine } from '../engine.js';
import type { QueryableStore } from '../store/store.js';
import { fileURLToPath } from 'node:url';
import { createApi } from './app.js';
import { registerStatic } from './static.js';

/** The built workbench (web/dist, made by `npm run build`). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface ServeOptions {
  store: QueryableStore;
  host?: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  engine?: () => Promise<Engine>;
  /** Serve the workbench from this folder at / (the API stays under /api/). */
  webDir?: string;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;

export interface RunningServer {
  url: string;
  /** True when only this machine can reach the server. */
  loopback: boolean;
  close(): Promise<void>;
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  const loopback = isLoopback(host);
  const app = createApi({ store: opts.store, token: opts.token, maxBodyBytes: opts.maxBodyBytes, loopback, engine: opts.engine });
  if (opts.webDir) registerStatic(app, opts.webDir);
  const server: ServerType = createAdaptorServer({ fetch: app.fetch, hostname: host });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(new NewsgraphError('NG_E065', `cannot listen on ${host}:${opts.port ?? DEFAULT_PORT} (${e.code ?? e.message})`, {
        hint: e.code === 'EADDRINUSE' ? 'pick another --port, or stop the process that uses it' : 'check --host and --port',
      }));
    });
    server.listen(opts.port ?? DEFAULT_PORT, host, () => {
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`, loopback,
        close: () => new Promise<void>((done) => { server.close(() => done()); }),
      });
    });
  });
}
