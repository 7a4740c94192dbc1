// Plain .txt articles that are not wire format: the first line is the title, the rest the body.
import type { SourceItem } from './article.js';
import { makeArticle } from './article.js';
import { articleItem } from './source-items.js';
import type { ReadContext } from './types.js';

/** Longest first line taken as a title; a longer one is a paragraph, not a title. */
const MAX_TITLE_CHARS = 300;

/**
 * Reads a plain text article: title = first non-blank line, date = `ctx.date` (the `date`
 * option) or null, body = the rest. A file of one line keeps it as title and body; a first
 * line too long to be a title stays in the body and the title is empty.
 */
export function readPlainText(text: string, ctx: ReadContext): SourceItem {
  const body = text.replace(/\r\n?/g, '\n').replace(/^\s+/, '');
  const nl = body.indexOf('\n');
  const first = (nl < 0 ? body : body.slice(0, nl)).trim();
  const rest = nl < 0 ? '' : body.slice(nl + 1);
  const article = makeArticle({
    title: first.length <= MAX_TITLE_CHARS ? first : '',
    date: ctx.date,
    source: ctx.source ?? ctx.name,
    text: rest.trim() !== '' && first.length <= MAX_TITLE_CHARS ? rest : body,
  });
  return articleItem(ctx.origin, article);
}
