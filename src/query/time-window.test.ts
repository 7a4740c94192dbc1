import { describe, expect, it } from 'vitest';
import { parseTimeWindow } from './time-window.js';

describe('parseTimeWindow', () => {
  it.each([
    ['a day', '2024-05-17', '2024-05-17', '2024-05-17'],
    ['a month', '2024-02', '2024-02-01', '2024-02-29'],
    ['a year', '2023', '2023-01-01', '2023-12-31'],
    ['two days, the end inclusive', '2024-01-01/2024-03-31', '2024-01-01', '2024-03-31'],
    ['two months', '2024-01/2024-03', '2024-01-01', '2024-03-31'],
    ['a start and a duration', '2024-05-01/P1W', '2024-05-01', '2024-05-07'],
    ['a start and a month', '2024-01-31/P1M', '2024-01-31', '2024-03-01'],
    ['a duration and an end', 'P7D/2024-05-31', '2024-05-25', '2024-05-31'],
    ['instants in UTC, the end exclusive', '2024-05-01T10:00Z/2024-05-03T00:00Z', '2024-05-01', '2024-05-02'],
    ['instants with an offset, turned to UTC', '2024-05-01T01:00+02:00/2024-05-01T23:00+02:00', '2024-04-30', '2024-05-01'],
    ['a lone instant, its day', '2024-05-17T08:00:00Z', '2024-05-17', '2024-05-17'],
  ])('reads %s', (_, text, from, to) => {
    expect(parseTimeWindow(text)).toEqual({ from, to, text });
  });

  it.each([
    ['an impossible day', '2024-02-30'],
    ['a thirteenth month', '2024-13'],
    ['the end before the start', '2024-05-01/2024-04-01'],
    ['two durations', 'P1D/P2D'],
    ['three parts', '2024/2025/2026'],
    ['an empty side', '2024-01-01/'],
    ['a time without a zone', '2024-05-01T10:00/2024-05-02T10:00'],
    ['words', 'last week'],
    ['SQL', "2024'; DROP TABLE events; --"],
  ])('refuses %s with a message', (_, text) => {
    expect(parseTimeWindow(text)).toEqual(expect.stringMatching(/^(expected|the end)/));
  });
});
