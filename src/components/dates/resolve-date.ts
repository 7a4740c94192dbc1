// Turns one temporal expression into an ISO value against the article date: own rules for
// what chrono gets wrong (bare years, weekdays, "last week"), chrono for the rest.
import * as chrono from 'chrono-node';
import type { RecordDate } from '../../record/types.js';
import { addDays, addMonths, formatDay, formatIsoWeek, formatMonth } from './calendar.js';

export type Granularity = RecordDate['granularity'];
export interface Resolved {
  value: string;
  granularity: Granularity;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, several: 3, few: 3, couple: 2,
};
const SHIFT: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

// Expressions repeat across a corpus ("on Monday", "last year"): results are kept per
// expression, anchor and tense, and the cache is emptied when it grows past a bound.
const cache = new Map<string, Resolved | null>();

/** `future` says the clause speaks of what is to come, so a bare weekday points forward. */
export function resolveDate(raw: string, anchor: Date, future = false): Resolved | null {
  const key = `${raw}\u0000${anchor.getTime()}\u0000${future}`;
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size > 50_000) cache.clear();
  const r = resolveUncached(raw, anchor, future);
  cache.set(key, r);
  return r;
}

function resolveUncached(raw: string, anchor: Date, future: boolean): Resolved | null {
  const s = raw.toLowerCase().replace(/[\u2019']/g, "'").replace(/\s+/g, ' ').replace(/^(on|in|during|since|by|until) /, '').replace(/^the /, '').trim();
  return ruleYear(s) ?? ruleRelative(s, anchor) ?? ruleWeekday(s, anchor, future) ?? ruleMonth(s, anchor, future) ?? ruleAgo(s, anchor) ?? viaChrono(raw, anchor);
}

function ruleYear(s: string): Resolved | null {
  let m = /^(?:early |mid-?|late |mid |the year )?((?:1[5-9]|20)\d\d)$/.exec(s);
  if (m) return { value: m[1]!, granularity: 'year' };
  m = /^((?:1[5-9]|20)\d)0'?s$/.exec(s);
  if (m) return { value: m[1]!, granularity: 'decade' };
  m = /^((?:1[5-9]|20)\d\d) ?(?:-|–|to) ?((?:1[5-9]|20)\d\d)$/.exec(s);
  if (m) return { value: `${m[1]}/${m[2]}`, granularity: 'interval' };
  return null;
}

function ruleRelative(s: string, anchor: Date): Resolved | null {
  if (s === 'today' || s === 'tonight' || s === 'this morning' || s === 'this afternoon' || s === 'this evening') {
    return { value: formatDay(anchor), granularity: 'day' };
  }
  if (s === 'yesterday' || s === 'last night') return { value: formatDay(addDays(anchor, -1)), granularity: 'day' };
  if (s === 'tomorrow') return { value: formatDay(addDays(anchor, 1)), granularity: 'day' };
  const m = /^(?:(earlier|later) )?(last|past|previous|this|current|next|coming) (week|month|year|weekend)$/.exec(s);
  if (!m) return null;
  const k = SHIFT[m[2]!]!;
  switch (m[3]) {
    case 'week':
      return { value: formatIsoWeek(addDays(anchor, 7 * k)), granularity: 'week' };
    case 'weekend':
      return { value: `${formatIsoWeek(addDays(anchor, 7 * k))}-WE`, granularity: 'week' };
    case 'month':
      return { value: formatMonth(addMonths(anchor, k)), granularity: 'month' };
    default:
      return { value: String(anchor.getUTCFullYear() + k), granularity: 'year' };
  }
}

function ruleWeekday(s: string, anchor: Date, future: boolean): Resolved | null {
  const m = /^(?:(last|this|next|on|early|late) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?: (?:morning|afternoon|evening|night))?$/.exec(s);
  if (!m) return null;
  const want = WEEKDAYS.indexOf(m[2]!);
  const today = anchor.getUTCDay();
  const forward = m[1] === 'next' || (m[1] !== 'last' && future);
  let delta = forward ? (want - today + 7) % 7 : -((today - want + 7) % 7);
  if (m[1] === 'last' && delta === 0) delta = -7;
  if (m[1] === 'next' && delta === 0) delta = 7;
  return { value: formatDay(addDays(anchor, delta)), granularity: 'day' };
}

function ruleMonth(s: string, anchor: Date, future: boolean): Resolved | null {
  const m = /^(?:(early|mid|late|last|this|next)[- ])?([a-z]+)$/.exec(s);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!);
  if (month < 0) return null;
  const now = anchor.getUTCMonth();
  let year = anchor.getUTCFullYear();
  const forward = m[1] === 'next' || (m[1] !== 'last' && future);
  if (forward && month < now) year += 1;
  if (!forward && month > now) year -= 1;
  if (m[1] === 'last' && month === now) year -= 1;
  return { value: `${year}-${String(month + 1).padStart(2, '0')}`, granularity: 'month' };
}

function ruleAgo(s: string, anchor: Date): Resolved | null {
  const m = /^([a-z]+|\d+) (day|week|month|year)s? ago$/.exec(s);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!];
  if (n === undefined) return null;
  switch (m[2]) {
    case 'day':
      return { value: formatDay(addDays(anchor, -n)), granularity: 'day' };
    case 'week':
      return { value: formatIsoWeek(addDays(anchor, -7 * n)), granularity: 'week' };
    case 'month':
      return { value: formatMonth(addMonths(anchor, -n)), granularity: 'month' };
    default:
      return { value: String(anchor.getUTCFullYear() - n), granularity: 'year' };
  }
}

function viaChrono(raw: string, anchor: Date): Resolved | null {
  const results = chrono.parse(raw, { instant: anchor, timezone: 0 }, { forwardDate: false });
  const r = results[0];
  if (!r) return null;
  const c = r.start;
  const d = c.date();
  if (c.isCertain('day') || c.isCertain('weekday')) return { value: formatDay(d), granularity: 'day' };
  if (c.isCertain('month')) return { value: formatMonth(d), granularity: 'month' };
  if (c.isCertain('year')) return { value: String(c.get('year')), granularity: 'year' };
  return null;
}
