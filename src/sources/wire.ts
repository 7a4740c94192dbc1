// The plain wire format of the seed corpus: a line `date YYYY-MM-DD Title`, a blank line, the body.
import type { SourceItem } from './article.js';
import { makeArticle } from './article.js';
import { isCalendarDate } from './dates.js';
import { articleItem, excerpt, failed } from './source-items.js';
import type { ReadContext } from './types.js';

const HEADER = /^date[ \t]+(\S+)(?:[ \t]+(.*))?$/s;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXPECTED = 'expected a first line `date YYYY-MM-DD Title`';

/** Splits off the first non-blank line; the rest is everything after it. */
function splitFirstLine(text: string): { line: string; rest: string } {
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl < 0 ? text.length : nl);
    if (line.trim() !== '' || nl < 0) return { line: line.trim(), rest: nl < 0 ? '' : text.slice(nl + 1) };
    start = nl + 1;
  }
}

/** Why a header's date is not a calendar date, or null when it is one. */
function dateProblem(date: string): string | null {
  const m = ISO_DAY.exec(date);
  if (!m) return `'${excerpt(date, 20)}' is not in the form YYYY-MM-DD`;
  if (!isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${date} is not a calendar date`;
  return null;
}

/**
 * Reads one wire-format article. The header line may be indented; the title may be empty.
 * @example readWire('date 2024-05-17 Talks end\n\nThe talks ended.', ctx)
 */
export function readWire(text: string, ctx: ReadContext): SourceItem {
  const { line, rest } = splitFirstLine(text.replace(/\r\n?/g, '\n'));
  const m = HEADER.exec(line);
  if (!m) return failed(ctx.origin, 'NG_E014', `${EXPECTED}, found '${excerpt(line)}'; add the date line`);
  const date = m[1] ?? '';
  const problem = dateProblem(date);
  if (problem) return failed(ctx.origin, 'NG_E014', `${EXPECTED}, found '${excerpt(line)}' (${problem}); fix the date`);
  if (rest.trim() === '') {
    return failed(ctx.origin, 'NG_E012', `expected a blank line and the body after '${excerpt(line)}', found no body; add the text`);
  }
  const article = makeArticle({ title: m[2] ?? '', date, source: ctx.source ?? ctx.name, text: rest });
  return articleItem(ctx.origin, article);
}
