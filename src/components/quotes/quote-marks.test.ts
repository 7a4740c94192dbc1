import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { makeArticle } from '../../sources/article.js';
import { findQuoteRegions } from './quote-marks.js';

const docOf = (text: string): Doc => new Doc(makeArticle({ source: 't', text }));
/** The quoted texts, in order. */
const quoted = (text: string): string[] => {
  const doc = docOf(text);
  return findQuoteRegions(doc).map((r) => doc.slice(doc.tokens.start[r.first]!, doc.tokens.end[r.last]!));
};

describe('quote marks: one pass, straight and typographic, nested, unbalanced', () => {
  it.each([
    ['straight double quotes', 'He said "the port is open" on Friday.', ['the port is open']],
    ['typographic double quotes', 'She called it \u201Ca good day\u201D for the city.', ['a good day']],
    ['typographic single quotes in a headline', 'Ministers back \u2018no limit\u2019 trade pact', ['no limit']],
    ['doubled apostrophes (NYT style)', "The rule is ''unfair,'' he said.", ['unfair,']],
    ['TeX-style quotes', 'She replied ``not today\'\' and left.', ['not today']],
    ['nested single in double', '"They told us \u2018wait\u2019 for an hour," she said.', ['They told us \u2018wait\u2019 for an hour,']],
    ['mixed styles in one text', 'He said \u201Cyes\u201D and she said "no".', ['yes', 'no']],
    ['apostrophes are not quotes', "The voters' rights and the mayor's plan don't change.", []],
    ['one typographic mark used for both ends', 'He called it \u201Cfair\u201C and left.', ['fair']],
    ['two quotations in a sentence', '"We won," he said, "and we will win again."', ['We won,', 'and we will win again.']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('carries a quotation on into a paragraph that reopens with a quote mark', () => {
    const doc = docOf('"The first paragraph of the speech ends here.\n\n"The second paragraph goes on," she said.');
    const regions = findQuoteRegions(doc);
    expect(regions).toHaveLength(2);
    expect(regions[0]!.close).toBe(-1);
    expect(regions[1]!.continues).toBe(true);
  });

  it('ends an unclosed quotation at its paragraph end, not at the end of the article', () => {
    const text = ['He said "the talks will resume soon and the ports will open.', 'The next paragraph has "its own" quote.'].join('\n\n');
    expect(quoted(text)).toEqual(['the talks will resume soon and the ports will open.', 'its own']);
  });

  it('never makes the rest of a 10,000-word article one quotation, and stays linear', () => {
    const paragraph = 'The council met on Tuesday and said the budget "would be balanced" by June. Roads and schools came first.';
    const body = ['"An opening quote that never closes starts this article.', ...Array.from({ length: 600 }, () => paragraph)].join('\n\n');
    const doc = docOf(body);
    const t0 = performance.now();
    const regions = findQuoteRegions(doc);
    const ms = performance.now() - t0;
    expect(doc.size).toBeGreaterThan(10_000);
    expect(regions).toHaveLength(601);
    expect(doc.slice(doc.tokens.start[regions[0]!.first]!, doc.tokens.end[regions[0]!.last]!)).toBe('An opening quote that never closes starts this article.');
    expect(regions.slice(1).every((r) => r.last - r.first === 2)).toBe(true);
    expect(ms).toBeLessThan(500);
  });

  it('cuts an unclosed quotation a few sentences on when the article has no paragraph breaks', () => {
    const sentence = 'The mayor spoke again. ';
    const doc = docOf(`He said "this never closes. ${sentence.repeat(3000)}`);
    const [r] = findQuoteRegions(doc);
    expect(doc.sentenceOfToken(r!.last) - doc.sentenceOfToken(r!.open)).toBeLessThan(3);
  });
});
