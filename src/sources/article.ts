// The Article: what every source reader produces, and how its text is normalised and
// identified so that ingesting the same text twice changes nothing.
import { createHash } from 'node:crypto';

export interface Article {
  /** sha256 of the normalised text, hex, first 16 chars. */
  id: string;
  title: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD), or null when unknown. */
  date: string | null;
  /** File name, feed or outlet. */
  source: string;
  url: string | null;
  lang: string;
  /** The normalised body; every offset in the record points into it. */
  text: string;
}

/** One outcome of reading an input: an article, or a reason it was not one. */
export type SourceItem =
  | { kind: 'article'; origin: string; article: Article }
  | { kind: 'skipped' | 'failed'; origin: string; code: string; reason: string };

/**
 * Normalise text for storage and offsets: Unicode NFC, line endings to \n, non-breaking
 * and other odd spaces to plain spaces, trailing blanks trimmed, runs of 3+ newlines
 * folded to a paragraph break. Typographic quotes are kept (they are the author's); the
 * matchers fold them through `foldQuotes`.
 */
export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(/[\u200B\u200C\u200D\uFEFF]/g, '')
    .replace(/ +\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Typographic quotes and apostrophes mapped to ASCII, one character for one (offsets stay). */
export function foldQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"');
}

export function articleId(normalisedText: string): string {
  return createHash('sha256').update(normalisedText).digest('hex').slice(0, 16);
}

/** Builds an Article from already extracted fields, normalising text and title. */
export function makeArticle(fields: {
  title?: string | null;
  date?: string | null;
  source: string;
  url?: string | null;
  text: string;
  lang?: string;
}): Article {
  const text = normaliseText(fields.text);
  return {
    id: articleId(text),
    title: normaliseText(fields.title ?? '').replace(/\n+/g, ' '),
    date: fields.date ?? null,
    source: fields.source,
    url: fields.url ?? null,
    lang: fields.lang ?? 'en',
    text,
  };
}
