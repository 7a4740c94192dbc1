import { describe, expect, it } from 'vitest';
import { resolveDate } from './resolve-date.js';

// Anchor: Friday 2024-05-17.
const anchor = new Date('2024-05-17T12:00:00Z');

describe('resolveDate against the article date', () => {
  it.each([
    ['on Thursday', '2024-05-16', 'day'],
    ['Thursday', '2024-05-16', 'day'],
    ['on Friday', '2024-05-17', 'day'],
    ['Monday', '2024-05-13', 'day'],
    ['last Friday', '2024-05-10', 'day'],
    ['next Tuesday', '2024-05-21', 'day'],
    ['February 24, 2022', '2022-02-24', 'day'],
    ['3 March 2021', '2021-03-03', 'day'],
    ['Dec. 3', '2023-12-03', 'day'],
    ['last year', '2023', 'year'],
    ['this year', '2024', 'year'],
    ['next year', '2025', 'year'],
    ['in 2023', '2023', 'year'],
    ['2022', '2022', 'year'],
    ['mid-2023', '2023', 'year'],
    ['the 1990s', '199', 'decade'],
    ['last week', '2024-W19', 'week'],
    ['this week', '2024-W20', 'week'],
    ['last month', '2024-04', 'month'],
    ['in March', '2024-03', 'month'],
    ['in September', '2023-09', 'month'],
    ['March 2022', '2022-03', 'month'],
    ['yesterday', '2024-05-16', 'day'],
    ['two weeks ago', '2024-W18', 'week'],
    ['three years ago', '2021', 'year'],
    ['2019-2021', '2019/2021', 'interval'],
  ])('%s → %s', (text, value, granularity) => {
    expect(resolveDate(text, anchor)).toEqual({ value, granularity });
  });

  it.each([
    ['Monday', '2024-05-20'],
    ['in September', '2024-09'],
  ])('in a future clause, %s → %s', (text, value) => {
    expect(resolveDate(text, anchor, true)?.value).toBe(value);
  });

  it('returns null for text that is no date', () => {
    expect(resolveDate('the plan', anchor)).toBeNull();
  });
});
