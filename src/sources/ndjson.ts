// NDJSON: one article object per line, read line by line so large files stream.
import { z } from 'zod';
import type { SourceItem } from './article.js';
import { makeArticle } from './article.js';
import { normaliseDate } from './dates.js';
import { formatBytes } from './guards.js';
import { LineSplitter, type RawLine } from './line-splitter.js';
import { articleItem, errorText, excerpt, failed, skipped } from './source-items.js';
import type { ReadContext } from './types.js';

const lineSchema = z.object({
  text: z.string().refine((s) => s.trim() !== '', 'must not be empty'),
  title: z.string().nullish(),
  date: z.string().nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
  lang: z.string().nullish(),
});
type Line = z.infer<typeof lineSchema>;

const ENGLISH = /^en(?:g|glish)?(?:[-_][a-z0-9]+)*$/i;
const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeLine(line: RawLine, origin: string, maxBytes: number): string | SourceItem {
  if (line.bytes === null) {
    return failed(origin, 'NG_E011', `expected a line of at most ${formatBytes(maxBytes)}, found ${formatBytes(line.size)}; split the record or raise maxBytes`);
  }
  try {
    return decoder.decode(line.bytes).replace(/\r$/, '');
  } catch {
    return failed(origin, 'NG_E013', `line ${line.lineNo}: expected UTF-8 text, found bytes that are not valid UTF-8; re-save the file as UTF-8`);
  }
}

function parseRecord(json: string, lineNo: number, origin: string): Line | SourceItem {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return failed(origin, 'NG_E017', `line ${lineNo}: expected a JSON object, found invalid JSON (${errorText(e)}) in '${excerpt(json)}'; fix the line`);
  }
  const parsed = lineSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
  return failed(origin, 'NG_E017', `line ${lineNo}: expected an object with a non-empty string 'text', found ${excerpt(issues, 200)}; fix the line`);
}

function recordItem(rec: Line, lineNo: number, origin: string, ctx: ReadContext): SourceItem {
  if (rec.lang && !ENGLISH.test(rec.lang)) {
    return skipped(origin, 'NG_E019', `line ${lineNo}: expected English, found lang '${excerpt(rec.lang, 20)}' declared`);
  }
  const date = rec.date ? normaliseDate(rec.date) : ctx.date;
  if (rec.date && !date) {
    return failed(origin, 'NG_E020', `line ${lineNo}: expected a date such as 2024-05-17, found '${excerpt(rec.date, 30)}'; fix the date or leave it out`);
  }
  const article = makeArticle({
    title: rec.title ?? '',
    date,
    source: rec.source?.trim() || ctx.source || ctx.name,
    url: rec.url || null,
    text: rec.text,
  });
  return articleItem(origin, article);
}

/** One line's SourceItem (origin `path#N`), or null for a blank line. */
export function readNdjsonLine(line: RawLine, ctx: ReadContext): SourceItem | null {
  const origin = `${ctx.origin}#${line.lineNo}`;
  const decoded = decodeLine(line, origin, ctx.maxBytes);
  if (typeof decoded !== 'string') return decoded;
  const json = line.lineNo === 1 ? decoded.replace(/^\uFEFF/, '') : decoded;
  if (json.trim() === '') return null;
  const rec = parseRecord(json, line.lineNo, origin);
  return 'kind' in rec ? rec : recordItem(rec, line.lineNo, origin, ctx);
}

function noLines(ctx: ReadContext): SourceItem {
  return failed(ctx.origin, 'NG_E012', 'expected one JSON object per line, found only blank lines; remove the file or fill it');
}

/**
 * Reads NDJSON from a stream of byte chunks (a file's read stream), one SourceItem per
 * non-blank line; a bad line fails alone and the others go on.
 */
export async function* readNdjsonStream(chunks: AsyncIterable<Uint8Array>, ctx: ReadContext): AsyncGenerator<SourceItem> {
  const splitter = new LineSplitter(ctx.maxBytes);
  let any = false;
  for await (const chunk of chunks) {
    for (const line of splitter.push(chunk)) {
      const item = readNdjsonLine(line, ctx);
      if (item) yield item;
      any ||= item !== null;
    }
  }
  for (const line of splitter.end()) {
    const item = readNdjsonLine(line, ctx);
    if (item) yield item;
    any ||= item !== null;
  }
  if (!any) yield noLines(ctx);
}

/** Reads NDJSON already in memory; the same outcomes as `readNdjsonStream`. */
export function readNdjson(bytes: Uint8Array, ctx: ReadContext): SourceItem[] {
  const splitter = new LineSplitter(ctx.maxBytes);
  const items: SourceItem[] = [];
  const take = (line: RawLine): void => {
    const item = readNdjsonLine(line, ctx);
    if (item) items.push(item);
  };
  for (const line of splitter.push(bytes)) take(line);
  for (const line of splitter.end()) take(line);
  return items.length > 0 ? items : [noLines(ctx)];
}
