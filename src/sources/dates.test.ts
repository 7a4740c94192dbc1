// Tests of date normalisation: the formats pages and feeds use, and calendar validity.
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isIsoDate, normaliseDate } from './dates.js';

describe('normaliseDate', () => {
  it.each([
    ['2024-03-02', '2024-03-02'],
    ['2024-03-02T08:00:00Z', '2024-03-02'],
    ['2024-03-02T23:30:00-05:00', '2024-03-02'],
    ['  2024/3/2 ', '2024-03-02'],
    ['20240302', '2024-03-02'],
    ['Sat, 02 Mar 2024 08:00:00 GMT', '2024-03-02'],
    ['2 March 2024', '2024-03-02'],
    ['March 2, 2024', '2024-03-02'],
    ['Saturday, March 2nd, 2024', '2024-03-02'],
    ['Sept 9 2023', '2023-09-09'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-13-45', null],
    ['Foo 2, 2024', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });

  it('stays fast on long hostile input', () => {
    const t0 = performance.now();
    normaliseDate(`${'Mar '.repeat(50_000)}x`);
    normaliseDate(`${'1'.repeat(100_000)}`);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe('isCalendarDate and isIsoDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2100, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 4, 31, false],
    [2024, 0, 1, false],
    [2024, 12, 31, true],
    [0, 1, 1, false],
    [50, 6, 15, true],
  ])('%i-%i-%i → %s', (y, m, d, ok) => {
    expect(isCalendarDate(y, m, d)).toBe(ok);
  });

  it.each([
    ['2024-05-17', true],
    ['2024-5-17', false],
    ['2024-05-17T00:00', false],
    ['2024-02-30', false],
  ])('isIsoDate(%j) → %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });
});
