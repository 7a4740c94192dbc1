// Tests of the linear raw-HTML scans, including their speed on hostile input.
import { describe, expect, it } from 'vitest';
import { estimateNesting, parseCostProblem, stripTags } from './html-scan.js';

describe('estimateNesting', () => {
  it.each([
    ['no tags', 'just text', 0],
    ['a flat page', '<html><body><p>a<p>b<br><img src=x></body></html>', 2],
    ['nested divs', '<div><div><section><span>x</span></section></div></div>', 4],
    ['self-closing and void tags', '<div><x/><hr><input></div>', 1],
    ['tags inside scripts and comments do not count', '<div><script>var s = "<div><div><div>";</script><!-- <div><div> --></div>', 1],
    ['an unclosed script stops the scan', '<div><script>var s = "<div>', 1],
    ['stray less-than signs', 'a < b and <3 and <<<', 0],
    ['upper case', '<DIV><Div><div>x</DIV></div></div>', 3],
    ['a doctype', '<!DOCTYPE html><div></div>', 1],
  ])('%s → %i', (_name, html, depth) => {
    expect(estimateNesting(html, 1000)).toBe(depth);
  });

  it('stops counting past stopAt', () => {
    expect(estimateNesting('<b>'.repeat(100), 10)).toBe(11);
  });

  it.each([
    ['open tags without an end', '<a'.repeat(200_000)],
    ['less-than signs', '<'.repeat(1_000_000)],
    ['comment openers', '<!--'.repeat(200_000)],
    ['script openers', '<script>'.repeat(100_000)],
    ['deep nesting', '<i>'.repeat(300_000)],
  ])('is linear on hostile input: %s', (_name, html) => {
    const t0 = performance.now();
    estimateNesting(html, Number.MAX_SAFE_INTEGER);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('stripTags', () => {
  it.each([
    ['<p>One</p><p>Two &amp; three</p>', ' One  Two &amp; three '],
    ['no tags', 'no tags'],
    ['a < b', 'a < b'],
    ['x<b>y', 'x y'],
  ])('%j → %j', (html, text) => {
    expect(stripTags(html)).toBe(text);
  });
});

describe('parseCostProblem', () => {
  it.each([
    ['a normal page', `<html><body>${'<p>Some &amp; text.</p>'.repeat(1000)}</body></html>`, null],
    ['stray less-than signs', '<'.repeat(200_000), /more than 150000 tags and entities/],
    ['entities', '&lt;'.repeat(200_000), /more than 150000 tags and entities/],
    ['deep nesting', '<b>'.repeat(5_000), /nested more than 1000 deep/],
  ])('%s', (_name, html, expected) => {
    const found = parseCostProblem(html);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatch(expected);
  });
});
