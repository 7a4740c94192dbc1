// Reads one in-memory input of any format (for the HTTP ingest) with the same logic as files.
import type { SourceItem } from './article.js';
import { detectFormat, extensionProblem, isLineFormat } from './detect.js';
import { readFeed } from './feed.js';
import { checkBinary, checkEmpty, guardBytes } from './guards.js';
import { readHtml } from './html.js';
import { readJsonFeed } from './json-feed.js';
import { languageGate } from './language.js';
import { readNdjson } from './ndjson.js';
import { contextFor, resolveOptions } from './options.js';
import { readPlainText } from './plain-text.js';
import { errorText, failed } from './source-items.js';
import type { Format, ReadContext, ReadOptions } from './types.js';
import { readWire } from './wire.js';

const READERS: Record<Exclude<Format, 'ndjson'>, (text: string, ctx: ReadContext) => SourceItem | SourceItem[]> = {
  wire: readWire,
  text: readPlainText,
  html: readHtml,
  feed: readFeed,
  jsonfeed: readJsonFeed,
};

/** Runs `read`; a reader that breaks (a bug) fails this input alone with NG_E099. */
export function isolate(ctx: ReadContext, what: string, read: () => SourceItem[]): SourceItem[] {
  try {
    return read().map(languageGate);
  } catch (e) {
    return [failed(ctx.origin, 'NG_E099', `the ${what} reader broke on this input (${errorText(e)}); please report it`)];
  }
}

/** Guards and reads the bytes of one input; NDJSON is checked line by line instead of whole. */
export function readBytesWith(bytes: Uint8Array, ctx: ReadContext): SourceItem[] {
  const problem = extensionProblem(ctx.name);
  if (problem !== null) return [failed(ctx.origin, 'NG_E018', problem)];
  if (isLineFormat(ctx.name)) {
    const bad = checkEmpty(ctx.origin, bytes) ?? checkBinary(ctx.origin, bytes);
    return bad ? [bad] : isolate(ctx, 'ndjson', () => readNdjson(bytes, ctx));
  }
  const guarded = guardBytes(ctx.origin, bytes, ctx.maxBytes);
  if ('failure' in guarded) return [guarded.failure];
  const detected = detectFormat(ctx.name, guarded.text);
  if (detected.format === null) return [failed(ctx.origin, 'NG_E018', detected.reason)];
  const format = detected.format;
  if (format === 'ndjson') return isolate(ctx, format, () => readNdjson(bytes, ctx));
  return isolate(ctx, format, () => ([] as SourceItem[]).concat(READERS[format](guarded.text, ctx)));
}

/**
 * Reads an in-memory input named like a file (the extension picks the format); `name` is
 * the origin. Throws only for bad options; a bad input comes back as a failed item.
 * @example readBuffer('story.txt', Buffer.from('date 2024-05-17 Title\n\nBody'), { source: 'Wire' })
 */
export function readBuffer(name: string, bytes: Uint8Array, opts: ReadOptions = {}): SourceItem[] {
  return readBytesWith(bytes, contextFor(name, resolveOptions(opts)));
}

/** Reads text already decoded (say, from a JSON request body), named like a file. */
export function readText(name: string, text: string, opts: ReadOptions = {}): SourceItem[] {
  return readBuffer(name, new TextEncoder().encode(text), opts);
}
