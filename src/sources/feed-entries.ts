// Turns the entries of any feed (RSS, Atom, JSON Feed) into articles, or skips with a reason.
import type { SourceItem } from './article.js';
import { makeArticle } from './article.js';
import { normaliseDate } from './dates.js';
import { htmlToText } from './html-text.js';
import { articleItem, excerpt, skipped } from './source-items.js';
import type { ReadContext } from './types.js';

/** One body candidate: its text, whether it is HTML, and the field it came from. */
export interface FeedBody {
  field: string;
  value: string;
  html: boolean;
}

/** A feed entry mapped from its format, before text extraction. */
export interface FeedEntry {
  title: string;
  url: string | null;
  /** The raw publication date, as the feed writes it. */
  date: string | null;
  /** Body candidates, best first; the first with text wins. */
  bodies: FeedBody[];
}

function bodyText(bodies: FeedBody[]): string {
  for (const body of bodies) {
    const text = body.html ? htmlToText(body.value) : body.value.trim();
    if (text !== '') return text;
  }
  return '';
}

function entryItem(entry: FeedEntry, origin: string, source: string, ctx: ReadContext): SourceItem {
  const text = bodyText(entry.bodies);
  if (text === '') {
    const fields = entry.bodies.map((b) => b.field).join(', ') || 'no body field';
    return skipped(origin, 'NG_E012', `expected text in the item '${excerpt(entry.title)}', found none (${fields}); nothing to read`);
  }
  const article = makeArticle({
    title: entry.title,
    date: normaliseDate(entry.date) ?? ctx.date,
    source,
    url: entry.url,
    text,
  });
  return articleItem(origin, article);
}

/**
 * One SourceItem per entry, with origin `path#N` (N from 1). Article.source is the `source`
 * option, else the feed's title, else the file name. A feed without entries gives one skip.
 */
export function feedEntriesToItems(entries: FeedEntry[], feedTitle: string, ctx: ReadContext): SourceItem[] {
  if (entries.length === 0) {
    return [skipped(ctx.origin, 'NG_E012', 'expected feed items or entries, found none; nothing to read')];
  }
  const source = ctx.source ?? (feedTitle.trim() || ctx.name);
  return entries.map((entry, i) => entryItem(entry, `${ctx.origin}#${i + 1}`, source, ctx));
}
