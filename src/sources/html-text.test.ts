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

  it('survives very deep nesting without recursion', () => {
    const depth = 5_000;
    const html = `${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`;
    expect(htmlToText(html)).toBe('deep');
  });
});
