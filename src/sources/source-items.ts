// Constructors for SourceItem outcomes, so every reader reports articles and failures alike.
import type { ErrorCode } from '../errors.js';
import type { Article, SourceItem } from './article.js';

/** Input-level codes, plus NG_E099 for a reader that broke on an input. */
export type FailureCode = Extract<ErrorCode, `NG_E01${string}` | `NG_E02${string}` | 'NG_E099'>;

export function failed(origin: string, code: FailureCode, reason: string): SourceItem {
  return { kind: 'failed', origin, code, reason };
}

export function skipped(origin: string, code: FailureCode, reason: string): SourceItem {
  return { kind: 'skipped', origin, code, reason };
}

export function articleItem(origin: string, article: Article): SourceItem {
  return { kind: 'article', origin, article };
}

/** A short, one-line excerpt of attacker-controlled text for an error message. */
export function excerpt(text: string, max = 60): string {
  const line = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** The message of a caught error, shortened: parsers quote the input, which may be huge. */
export function errorText(e: unknown, max = 160): string {
  return excerpt(e instanceof Error ? e.message : String(e), max);
}
