// POST /api/ingest: articles in any supported format (raw body named by ?name=, or JSON
// {items: [{name, text}]}), extracted and stored; one ledger row per input, as the CLI does.
import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Engine } from '../../engine.js';
import { NewsgraphError } from '../../errors.js';
import type { SourceItem } from '../../sources/article.js';
import { readBuffer } from '../../sources/read-buffer.js';
import type { BatchItem, BatchResult, QueryableStore } from '../../store/store.js';
import { problemResponse, withStatus } from '../problem.js';

export interface IngestOptions {
  /** Largest request body in bytes. */
  maxBytes: number;
  /** NEWSGRAPH_TOKEN; when set, every ingest needs `Authorization: Bearer TOKEN`. */
  token: string | undefined;
  /** Whether the server listens on loopback only (ingest without a token is allowed there). */
  loopback: boolean;
  /** The extraction engine, made on first use (it loads lexicons). */
  engine: () => Promise<Engine>;
}

const MAX_ITEMS = 1000;
// A name picks the reader by extension; without one the content type does.
const NAME_BY_TYPE: [RegExp, string][] = [
  [/html/, 'upload.html'], [/ndjson|jsonl/, 'upload.ndjson'], [/feed\+json/, 'upload.json'],
  [/xml|rss|atom/, 'upload.xml'], [/text\/plain/, 'upload.txt'],
];

function checkToken(c: Context, opts: IngestOptions): void {
  if (opts.token === undefined) {
    if (opts.loopback) return;
    throw withStatus('NG_E063', 403, 'ingest is disabled: the server listens beyond loopback and NEWSGRAPH_TOKEN is not set',
      'set NEWSGRAPH_TOKEN when starting the server, then send Authorization: Bearer TOKEN');
  }
  const given = /^Bearer (.+)$/.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
  const [a, b] = [Buffer.from(given), Buffer.from(opts.token)];
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new NewsgraphError('NG_E063', 'ingest needs the server token, and the request has none or a wrong one', {
      hint: 'send the header Authorization: Bearer TOKEN with the value of NEWSGRAPH_TOKEN',
    });
  }
}

function malformed(message: string, hint: string): NewsgraphError {
  return new NewsgraphError('NG_E062', message, { hint });
}

/** The named inputs in the body: a JSON list of {name, text}, or the raw body as one input. */
async function inputsOf(c: Context, name: string | undefined): Promise<{ name: string; bytes: Uint8Array }[]> {
  const type = (c.req.header('Content-Type') ?? '').toLowerCase();
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw malformed('the request body is empty', 'send an article (wire text, HTML, a feed, NDJSON) or JSON {"items":[{"name","text"}]}');
  if (!type.startsWith('application/json')) {
    const fallback = NAME_BY_TYPE.find(([re]) => re.test(type))?.[1];
    const chosen = name ?? fallback;
    if (!chosen) throw malformed(`cannot tell the format of a "${type || 'untyped'}" body`, 'add ?name=story.txt (the extension picks the reader) or a Content-Type such as text/html');
    return [{ name: chosen, bytes }];
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw malformed(`the JSON body does not parse (${(e as Error).message.slice(0, 80)})`, 'send {"items":[{"name":"story.txt","text":"..."}]}');
  }
  const items = (body as { items?: unknown })?.items;
  const ok = Array.isArray(items) && items.length > 0 && items.length <= MAX_ITEMS &&
    items.every((i) => typeof i?.name === 'string' && i.name.length > 0 && i.name.length <= 200 && typeof i?.text === 'string');
  if (!ok) throw malformed(`expected {"items":[{"name","text"}, ...]} with 1 to ${MAX_ITEMS} items, each a file name and its text`, 'name each input like a file (story.txt, page.html, feed.xml)');
  return (items as { name: string; text: string }[]).map((i) => ({ name: i.name, bytes: new TextEncoder().encode(i.text) }));
}

const INGEST_PARAMS = ['name', 'outlet', 'date'];

/** ?name= (file name of a raw body), ?outlet= (the articles' source), ?date= (when they have none). */
function ingestParams(c: Context): Record<string, string | undefined> {
  const search = new URL(c.req.url).searchParams;
  for (const key of new Set(search.keys())) {
    if (!INGEST_PARAMS.includes(key) || search.getAll(key).length > 1) {
      throw new NewsgraphError('NG_E060', `query parameter "${key.slice(0, 40)}": ingest takes ${INGEST_PARAMS.join(', ')}, each once`, {
        hint: 'e.g. POST /api/ingest?name=story.txt&outlet=Reuters', detail: { field: key.slice(0, 40) },
      });
    }
  }
  return Object.fromEntries(INGEST_PARAMS.map((k) => [k, search.get(k) ?? undefined]));
}

function toBatch(items: SourceItem[], engine: Engine): BatchItem[] {
  return items.map((item): BatchItem => {
    if (item.kind !== 'article') return { kind: item.kind, origin: item.origin, code: item.code, reason: item.reason };
    try {
      return { kind: 'record', origin: item.origin, record: engine.extract(item.article) };
    } catch (e) {
      return { kind: 'failed', origin: item.origin, code: 'NG_E099', reason: `extraction failed: ${(e as Error).message}` };
    }
  });
}

/** Nothing stored and something failed: a 422 naming the first reason. */
function nothingStored(result: BatchResult): NewsgraphError | null {
  if (result.ok + result.duplicate > 0) return null;
  const first = result.items.find((i) => i.status === 'failed' || i.status === 'skipped');
  if (!first) return null;
  return withStatus('NG_E062', 422, `no article could be read: ${first.code ?? ''} ${first.origin}: ${first.reason ?? ''}`.trim(),
    'check the input and its name (the extension picks the reader); every input is in the ingest ledger');
}

export function registerIngestRoute(app: Hono, store: QueryableStore, opts: IngestOptions): void {
  const limit = bodyLimit({
    maxSize: opts.maxBytes,
    onError: (c) => problemResponse(c, new NewsgraphError('NG_E061', `the request body is larger than ${opts.maxBytes} bytes`, {
      hint: 'send fewer or smaller articles per request',
    })),
  });
  app.post('/api/ingest', async (c, next) => { checkToken(c, opts); await next(); }, limit, async (c) => {
    const extra = ingestParams(c);
    const inputs = await inputsOf(c, extra.name);
    const read = inputs.flatMap((i) => readBuffer(i.name, i.bytes, { source: extra.outlet, date: extra.date, maxBytes: opts.maxBytes }));
    const result = await store.saveBatch(toBatch(read, await opts.engine()));
    const refused = nothingStored(result);
    if (refused) throw refused;
    return c.json(result, 200);
  });
}
