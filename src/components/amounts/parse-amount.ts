// Finds money and percentages in text with linear-time patterns, and parses their values.

export interface AmountMatch {
  start: number;
  end: number;
  value: number;
  unit: string;
}

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
};

const SYMBOLS: Record<string, string> = {
  $: 'USD', us$: 'USD', 'a$': 'AUD', 'c$': 'CAD', 'hk$': 'HKD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₺': 'TRY', '₪': 'ILS',
};

const WORDS: Record<string, string> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', sterling: 'GBP', yuan: 'CNY', renminbi: 'CNY', rouble: 'RUB', ruble: 'RUB', yen: 'JPY',
  rupee: 'INR', dinar: 'JOD', hryvnia: 'UAH', shekel: 'ILS', rial: 'IRR', lira: 'TRY', won: 'KRW', naira: 'NGN', rand: 'ZAR', franc: 'CHF', peso: 'MXN', real: 'BRL',
};

const CODES = 'USD|EUR|GBP|CNY|RMB|JPY|RUB|INR|CHF|UAH|AUD|CAD|HKD|KRW|BRL|TRY|ILS|IRR|SAR|AED|ZAR|NGN|MXN';
const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?';
// Single-letter scales only when glued to the number ("€5m"); "5 m" may be metres.
const SCALE = '(?:(?:\\s?(thousand|million|billion|trillion|mln|mn|bn|tn))|(k|m|b)(?![\\w-]))?';

const PREFIX = new RegExp(`(?<![\\w$€£¥])(US\\$|A\\$|C\\$|HK\\$|\\$|€|£|¥|₹|₽|₴|₺|₪|(?:${CODES})(?=\\s?\\d))\\s?${NUM}${SCALE}`, 'gi');
const SUFFIX = new RegExp(
  `(?<![\\w.,])${NUM}${SCALE}\\s?(?:(${CODES})\\b|(dollars?|euros?|pounds?(?: sterling)?|sterling|yuan|renminbi|roubles?|rubles?|yen|rupees?|hryvnias?|shekels?|rials?|dinars?|lira|won|naira|rand|francs?|pesos?|reais|real)\\b)`,
  'gi',
);
const PERCENT = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(%|percent\b|per cent\b|percentage points?\b)/gi;

function numberOf(int: string, frac: string | undefined, scale: string | undefined): number {
  const base = Number(int.replace(/,/g, '') + (frac ?? ''));
  const k = scale ? SCALES[scale.toLowerCase()] ?? 1 : 1;
  // Round away float noise: 1.2e12 must print as 1200000000000.
  return Math.round(base * k * 1e6) / 1e6;
}

function currencyOfWord(word: string): string {
  const w = word.toLowerCase().replace(/ sterling$/, '').replace(/s$/, '');
  return WORDS[w] ?? (w === 'reai' ? 'BRL' : word.toUpperCase());
}

/** Money and percentages in `text`, left to right, without overlaps. */
export function findAmounts(text: string): AmountMatch[] {
  const found: AmountMatch[] = [];
  for (const m of text.matchAll(PREFIX)) {
    const sym = m[1]!.toLowerCase();
    const unit = SYMBOLS[sym] ?? (sym.toUpperCase() === 'RMB' ? 'CNY' : sym.toUpperCase());
    found.push({ start: m.index!, end: m.index! + m[0].length, value: numberOf(m[2]!, m[3], m[4] ?? m[5]), unit });
  }
  for (const m of text.matchAll(SUFFIX)) {
    const code = m[5] ? (m[5].toUpperCase() === 'RMB' ? 'CNY' : m[5].toUpperCase()) : currencyOfWord(m[6]!);
    found.push({ start: m.index!, end: m.index! + m[0].length, value: numberOf(m[1]!, m[2], m[3] ?? m[4]), unit: code });
  }
  for (const m of text.matchAll(PERCENT)) {
    const unit = m[3]!.toLowerCase().startsWith('percentage') ? 'pp' : '%';
    found.push({ start: m.index!, end: m.index! + m[0].length, value: numberOf(m[1]!, m[2], undefined), unit });
  }
  return dropOverlaps(found);
}

/** Keeps the earliest, then longest, of overlapping matches. */
export function dropOverlaps<T extends { start: number; end: number }>(items: T[]): T[] {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let lastEnd = -1;
  for (const it of items) {
    if (it.start < lastEnd) continue;
    out.push(it);
    lastEnd = it.end;
  }
  return out;
}
