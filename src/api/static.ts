// Serves the built workbench (web/dist) beside the API: its files with their content types,
// index.html for the workbench's own routes (/events, /articles/ID, ...), nothing outside
// the folder, and /api/* left to the API (its 404 stays a problem+json).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The page may load only its own scripts and styles and talk only to its own server, so
 * that even a rendering bug could not run a script that came in an article's text.
 */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': CSP,
};

interface Found {
  path: string;
  size: number;
  mtimeMs: number;
}

async function fileAt(path: string): Promise<Found | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? { path, size: s.size, mtimeMs: s.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** The file under `root` that `pathname` names, or null when it names none or escapes `root`. */
function within(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const full = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  return full === root || full.startsWith(root + sep) ? full : null;
}

function send(c: Context, file: Found, immutable: boolean): Response {
  const tag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    ETag: tag,
  };
  if (c.req.header('If-None-Match') === tag) return new Response(null, { status: 304, headers });
  headers['Content-Length'] = String(file.size);
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(createReadStream(file.path)) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}

/**
 * Serves the files of `dir` (the built workbench) for every GET or HEAD that no API route
 * answered. A path without a file extension is a workbench route and gets index.html; a
 * missing file with an extension, and anything under /api/, falls through to the app's 404.
 *
 * @example
 * const app = createApi({ store });
 * registerStatic(app, fileURLToPath(new URL('../../web/dist', import.meta.url)));
 */
export function registerStatic(app: Hono, dir: string): void {
  const root = resolve(dir);
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const pathname = new URL(c.req.url).pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) return next();
    const index = await fileAt(resolve(root, 'index.html'));
    if (!index) {
      return c.text('The workbench is not built: run `npm run build` (or `npm run build:web`) in the newsgraph folder.\n', 503, SECURITY_HEADERS);
    }
    const full = within(root, pathname);
    if (full === null) return c.text('Not found\n', 404, SECURITY_HEADERS);
    const file = full === root ? index : await fileAt(full);
    // Vite names built assets by their content hash, so they never change under one name.
    if (file) return send(c, file, pathname.startsWith('/assets/'));
    if (extname(pathname) !== '') return next();
    return send(c, index, false);
  });
}
