// Tests of the wire format reader and its header checks.
import { describe, expect, it } from 'vitest';
import { articleOf, ctxFor, outcome } from './test-helpers.js';
import { readWire } from './wire.js';

const BODY = 'The ferry company said on Monday that crossings would resume.\n\nPassengers were told to check times.';

describe('readWire', () => {
  it.each([
    ['a plain header', `date 2024-05-17 Ferries to resume\n\n${BODY}`, 'Ferries to resume'],
    ['an indented header', ` date 2024-05-17 Ferries to resume\n\n${BODY}`, 'Ferries to resume'],
    ['blank lines before the header', `\n\n  date 2024-05-17 Ferries to resume\n\n${BODY}`, 'Ferries to resume'],
    ['CRLF line ends', `date 2024-05-17 Ferries to resume\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`, 'Ferries to resume'],
    ['no title', `date 2024-05-17\n\n${BODY}`, ''],
    ['a line separator in the title', `date 2024-05-17 Ferries\u2028to resume\n\n${BODY}`, 'Ferries to resume'],
    ['tabs in the header', `date\t2024-05-17\tFerries to resume\n\n${BODY}`, 'Ferries to resume'],
  ])('reads %s', (_name, text, title) => {
    const article = articleOf(readWire(text, ctxFor('news/ferry.txt')));
    expect(article).toMatchObject({ title, date: '2024-05-17', source: 'ferry.txt', url: null });
    expect(article.text).toBe(BODY);
    expect(article.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['no date prefix', `Ferries to resume\n\n${BODY}`, /found 'Ferries to resume'/],
    ['a month 13', `date 2024-13-45 Ferries\n\n${BODY}`, /2024-13-45 is not a calendar date/],
    ['a 30th of February', `date 2023-02-30 Ferries\n\n${BODY}`, /not a calendar date/],
    ['a short date', `date 2024-5-7 Ferries\n\n${BODY}`, /not in the form YYYY-MM-DD/],
    ['a word for a date', `date tomorrow Ferries\n\n${BODY}`, /not in the form YYYY-MM-DD/],
    ['a header-like prefix', `dated 2024-05-17 Ferries\n\n${BODY}`, /expected a first line `date YYYY-MM-DD Title`/],
  ])('fails %s with NG_E014, saying what was expected and found', (_name, text, reason) => {
    const item = readWire(text, ctxFor('ferry.wire'));
    expect(outcome(item)).toEqual(['failed', 'NG_E014']);
    expect(item.kind === 'failed' && item.reason).toMatch(/expected a first line `date YYYY-MM-DD Title`/);
    expect(item.kind === 'failed' && item.reason).toMatch(reason);
  });

  it('fails a header without a body as empty', () => {
    expect(outcome(readWire('date 2024-05-17 Only a title\n\n  \n', ctxFor('a.wire')))).toEqual(['failed', 'NG_E012']);
  });

  it('uses the source option over the file name', () => {
    const article = articleOf(readWire(`date 2024-05-17 T\n\n${BODY}`, ctxFor('a.txt', { source: 'Gull Wire' })));
    expect(article.source).toBe('Gull Wire');
  });

  it('gives the same id to the same text whatever the file', () => {
    const a = articleOf(readWire(`date 2024-05-17 T\n\n${BODY}`, ctxFor('a.txt')));
    const b = articleOf(readWire(`  date 2024-05-18 Other\n\n${BODY}\n`, ctxFor('b.txt')));
    expect(a.id).toBe(b.id);
  });
});
