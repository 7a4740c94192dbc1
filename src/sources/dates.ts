// Publication dates as they appear in pages and feeds, normalised to YYYY-MM-DD.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// Each pattern is anchored and has no nested quantifiers, so matching stays linear.
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const DAY_MONTH_YEAR = /^(?:[A-Za-z]{3,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /^(?:[A-Za-z]{3,9}\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/** True when year-month-day names a day that exists (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return Number.isInteger(day) && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function format(year: number, month: number, day: number): string | null {
  if (!isCalendarDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.slice(0, 3).toLowerCase()];
}

/**
 * The calendar day of a date string, as written: `2024-03-02T23:30:00-05:00` is 2024-03-02
 * (the publisher's own day, not shifted to UTC). Reads ISO 8601, YYYY/MM/DD, YYYYMMDD,
 * RFC 822 (`Sat, 02 Mar 2024 08:00:00 GMT`) and `March 2, 2024`. Anything else → null.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim().slice(0, 80);
  let m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[2]);
    return month ? format(Number(m[3]), month, Number(m[1])) : null;
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m) {
    const month = monthNumber(m[1]);
    return month ? format(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

/** True for exactly `YYYY-MM-DD` naming a real day. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
