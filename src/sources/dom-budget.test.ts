// Tests of the DOM size and depth limits applied before readability.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOM_LIMITS, domOverLimits } from './dom-budget.js';
import { parseDocument } from './html-text.js';

const limits = { maxElements: 50, maxDepth: 10, maxDepthSquares: 400 };
const doc = (body: string): unknown => parseDocument(`<html><head></head><body>${body}</body></html>`).documentElement;
const nest = (n: number, inner = 'x'): string => `${'<div>'.repeat(n)}${inner}${'</div>'.repeat(n)}`;

describe('domOverLimits', () => {
  it.each([
    ['a small page', '<p>one</p><p>two <b>three</b></p>', null],
    ['nesting at the limit', nest(8), null],
    ['nesting past the limit', nest(12), /nested more than 10 deep/],
    ['too many elements', '<span>a</span>'.repeat(60), /more than 50 elements/],
    ['many moderately deep chains', nest(7).repeat(5), /sum of depth²/],
    ['text and comments only', 'plain <!-- note --> text', null],
  ])('%s', (_name, body, expected) => {
    const found = domOverLimits(doc(body), limits);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatch(expected);
  });

  it('stops early on hostile nesting: 5,000 levels are refused in milliseconds', () => {
    const root = doc(nest(5_000));
    const t0 = performance.now();
    expect(domOverLimits(root)).toMatch(/nested more than/);
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('lets a realistic page through the default limits', () => {
    const para = '<div class="row"><div class="col"><p>Some <a href="#">linked</a> text in a <em>paragraph</em>.</p></div></div>';
    expect(domOverLimits(doc(nest(25, para.repeat(2000))), DEFAULT_DOM_LIMITS)).toBeNull();
  });
});
