import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerStatic } from './static.js';

describe('registerStatic', () => {
  let dir: string;
  let app: Hono;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ng-static-'));
    const dist = join(dir, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>wb</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'app-1234.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    app = new Hono();
    app.get('/api/ping', (c) => c.json({ ok: true }));
    registerStatic(app, dist);
    app.notFound((c) => c.json({ code: 'NG_E064' }, 404));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['/', 200, 'text/html; charset=utf-8'],
    ['/index.html', 200, 'text/html; charset=utf-8'],
    ['/assets/app-1234.js', 200, 'text/javascript; charset=utf-8'],
    ['/assets/app-1234.css', 200, 'text/css; charset=utf-8'],
    ['/events', 200, 'text/html; charset=utf-8'],
    ['/articles/0123abcd', 200, 'text/html; charset=utf-8'],
    ['/assets/missing.js', 404, 'application/json'],
    ['/api/ping', 200, 'application/json'],
    ['/api/nothing', 404, 'application/json'],
  ])('GET %s → %i %s', async (path, status, type) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toContain(type);
  });

  it.each(['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00'])(
    'refuses to leave the folder: %s', async (path) => {
      const res = await app.request(path);
      expect(await res.text()).not.toContain('outside');
    },
  );

  it('marks hashed assets immutable and answers If-None-Match with 304', async () => {
    const first = await app.request('/assets/app-1234.js');
    expect(first.headers.get('Cache-Control')).toContain('immutable');
    const again = await app.request('/assets/app-1234.js', { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });

  it('sends a content security policy that allows no inline script', async () => {
    const res = await app.request('/');
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('says how to build the workbench when the folder is empty', async () => {
    const bare = new Hono();
    registerStatic(bare, join(dir, 'nowhere'));
    const res = await bare.request('/events');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});
