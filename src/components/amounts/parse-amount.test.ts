import { describe, expect, it } from 'vitest';
import { findAmounts } from './parse-amount.js';

describe('findAmounts', () => {
  it.each([
    ['exports rose to USD 240 billion in March', 'USD 240 billion', 240e9, 'USD'],
    ['a grant of $5.5 million was approved', '$5.5 million', 5.5e6, 'USD'],
    ['the club paid €5m for him', '€5m', 5e6, 'EUR'],
    ['a 2bn euros fund', '2bn euros', 2e9, 'EUR'],
    ['exports of 1.2 trillion yuan', '1.2 trillion yuan', 1.2e12, 'CNY'],
    ['a £1.1bn contract', '£1.1bn', 1.1e9, 'GBP'],
    ['grant of $530,000 today', '$530,000', 530000, 'USD'],
    ['inflation hit 7.5 percent', '7.5 percent', 7.5, '%'],
    ['turnout was 64%', '64%', 64, '%'],
    ['over 9 billion euros in aid', '9 billion euros', 9e9, 'EUR'],
    ['rates rose 0.25 percentage points', '0.25 percentage points', 0.25, 'pp'],
  ])('%s', (text, span, value, unit) => {
    const [a] = findAmounts(text);
    expect(a).toBeDefined();
    expect(text.slice(a!.start, a!.end)).toBe(span);
    expect(a!.value).toBe(value);
    expect(a!.unit).toBe(unit);
  });

  it.each(['the 5 m wide road', 'in 2023 they met', 'version 2.0 shipped'])('finds no money in "%s"', (text) => {
    expect(findAmounts(text).filter((a) => a.unit !== '%')).toEqual([]);
  });

  it('is linear on a long run of digits and currency signs', () => {
    const text = '$1'.repeat(200_000) + ' 9'.repeat(200_000);
    const t0 = Date.now();
    findAmounts(text);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
