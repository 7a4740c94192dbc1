// What the end-to-end tests stand on: a store made from the examples (plus an article with
// markup in its text and one with quotations and a disputed claim), the API and the built
// workbench on a free loopback port, and Debian's Chromium driven by playwright-core.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { createApi } from '../../src/api/app.js';
import { registerStatic } from '../../src/api/static.js';
import { ingestPaths } from '../../src/cli/ingest-run.js';
import { createEngine, type Engine } from '../../src/engine.js';
import { asQueryable } from '../../src/query/queryable.js';
import type { ExtractionRecord } from '../../src/record/types.js';
import { makeArticle } from '../../src/sources/article.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

export const CHROMIUM = '/usr/bin/chromium';
const repo = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(repo, 'web', 'dist');
export const SCREENSHOTS = join(repo, 'web', 'e2e', 'screenshots');

/** The launch flags this machine needs: no sandbox as root, and no calls to Google's hosts. */
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const XSS_TEXT = `date 2024-06-03 Russia <b>attacks</b> <script>window.__xssTitle=1</script> Ukraine

KYIV - Russian forces attacked Ukraine on Monday, officials said. <script>window.__xss = 1; alert("xss")</script> The text also holds <img src=x onerror="window.__xss=2"> and <b>bold</b> markup & an ampersand.

Russia denied that its missiles hit a hospital in Kyiv. The officials said that they would not be able to say more about it until the end of the week, and that the people who live in the city should stay in their homes.
`;

const QUOTE_TEXT = `Volodymyr Zelensky urged Russia to accept a ceasefire on Tuesday. "A ceasefire <b>now</b> would save lives," Volodymyr Zelensky said. Russia said the talks were over, a claim that Ukraine disputes.`;

function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** A record with a quotation and a disputed claim, written by hand where the engine finds none. */
function quoteRecord(engine: Engine): ExtractionRecord {
  const article = makeArticle({ title: 'Zelensky urges a <i>ceasefire</i>', date: '2024-06-04', source: 'e2e-quotes.txt', text: QUOTE_TEXT });
  const record = engine.extract(article);
  const text = record.article.text;
  const speaker = record.entities.find((e) => e.code === 'UKRGOV');
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    check(start >= 0, `fixture text lost "${s}"`);
    return { start, end: start + s.length, text: s };
  };
  if (record.quotes.length === 0) {
    const q = at('A ceasefire <b>now</b> would save lives,');
    const who = at('Volodymyr Zelensky', q.end);
    record.quotes.push({
      id: 'Q1', ...q, cue: 'said', kind: 'direct',
      speaker: { entity: speaker?.id ?? null, name: 'Volodymyr Zelensky', start: who.start, end: who.end },
    });
  }
  if (record.claims.length === 0) {
    record.claims.push({ ...at('the talks were over'), speaker: null, flag: 'disputed', claimant: at('Russia', text.indexOf('Russia said')) });
  }
  return record;
}

/**
 * A SQLite store of the examples and the markup article, ingested the way `newsgraph ingest`
 * does (same loop, in this thread), and the quotation record saved beside them.
 */
async function makeStore(dir: string): Promise<Store> {
  const inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  writeFileSync(join(inputs, '99-markup.txt'), XSS_TEXT);
  const store = await openSqliteStore({ location: join(dir, 'workbench.db') });
  const engine = createEngine();
  const sum = await ingestPaths([join(repo, 'examples'), inputs], engine, store);
  check(sum.ok >= 15 && sum.failed === 0, `ingesting the examples went wrong: ${JSON.stringify(sum)}`);
  const saved = await store.saveBatch([{ kind: 'record', origin: 'e2e-quotes', record: quoteRecord(engine) }]);
  check(saved.ok === 1, `the quotation record was not stored: ${JSON.stringify(saved.items)}`);
  return store;
}

export interface Workbench {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts everything; fails with a message that says what to install or build when something is missing. */
export async function startWorkbench(): Promise<Workbench> {
  check(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}; the end-to-end tests need it: ` +
    'apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this)');
  check(existsSync(join(DIST, 'index.html')), `the workbench is not built (no ${join(DIST, 'index.html')}): run npm run build`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'ng-e2e-'));
  const store = await makeStore(dir);
  const app = createApi({ store: asQueryable(store) });
  registerStatic(app, DIST);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  // playwright-core gives every launch a new, empty profile of its own (--user-data-dir).
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
