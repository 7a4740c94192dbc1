// Tests of HTML to paragraph text.
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

describe('htmlToText', () => {
  it.each([
    ['plain text stays', 'Just words here.', 'Just words here.'],
    ['paragraphs are split by a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['inline markup joins', '<p>A <b>bold</b> <i>move</i>.</p>', 'A bold move.'],
    ['br is a line break', '<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['whitespace collapses', '<p>  lots\n\n of   space </p>', 'lots of space'],
    ['scripts and styles go', '<p>Kept</p><script>var x = 1;</script><style>p{}</style>', 'Kept'],
    ['headings and lists are blocks', '<h2>Head</h2><ul><li>one</li><li>two</li></ul>', 'Head\n\none\n\ntwo'],
    ['entities decode', '<p>Fish &amp; chips&nbsp;today</p>', 'Fish & chips today'],
    ['text outside blocks counts', 'Loose <em>text</em><div>Block</div>tail', 'Loose text\n\nBlock\n\ntail'],
    ['pre keeps its lines', '<pre>a  b\nc</pre>', 'a b\nc'],
    ['empty markup gives empty text', '<div><p> </p><img src="x.png"></div>', ''],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('walks nesting under the parse limit without recursion', () => {
    const html = `${'<div>'.repeat(900)}deep${'</div>'.repeat(900)}`;
    expect(htmlToText(html)).toBe('deep');
  });

  it.each([
    ['deep nesting', `${'<div>'.repeat(50_000)}deep &amp; dark${'</div>'.repeat(50_000)}`, 'deep & dark'],
    ['a flood of entities', `${'&lt;'.repeat(200_000)}!`, `${'<'.repeat(200_000)}!`],
  ])('strips markup too costly to parse, in linear time: %s', (_name, html, expected) => {
    const t0 = performance.now();
    expect(htmlToText(html)).toBe(expected);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
