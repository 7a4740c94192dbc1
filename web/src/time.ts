// Calendar arithmetic for time buckets (UTC days as YYYY-MM-DD) and the time windows a brush
// writes into the URL, in the ISO 8601 forms the Query accepts.
import type { Interval } from '../../src/query/types.js';

const DAY = 86_400_000;
const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function step(day: string, interval: Interval, n = 1): string {
  if (interval === 'month') {
    const d = new Date(ms(day));
    return iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  }
  return iso(ms(day) + (interval === 'week' ? 7 : 1) * n * DAY);
}

/** Every bucket start from `first` to `last`, gaps included; null when there would be more than `max`. */
export function bucketRange(first: string, last: string, interval: Interval, max = 5000): string[] | null {
  const out: string[] = [];
  for (let b = first; b <= last; b = step(b, interval)) {
    out.push(b);
    if (out.length > max) return null;
  }
  return out;
}

/** The last day of the bucket that starts on `start`. */
export function bucketEnd(start: string, interval: Interval): string {
  return iso(ms(step(start, interval)) - DAY);
}

/** The time parameter for buckets `a`..`b` (whole months as YYYY-MM, else days). */
export function windowParam(a: string, b: string, interval: Interval): string {
  if (interval === 'month') return a.slice(0, 7) === b.slice(0, 7) ? a.slice(0, 7) : `${a.slice(0, 7)}/${b.slice(0, 7)}`;
  const end = bucketEnd(b, interval);
  return a === end ? a : `${a}/${end}`;
}

/** First and last day of a time parameter written as dates (YYYY, YYYY-MM, YYYY-MM-DD, A/B); null otherwise. */
export function windowDays(param: string | null): [string, string] | null {
  if (!param) return null;
  const [a, b = a] = param.split('/');
  const re = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  const ma = re.exec(a ?? '');
  const mb = re.exec(b ?? '');
  if (!ma || !mb) return null;
  const from = `${ma[1]}-${ma[2] ?? '01'}-${ma[3] ?? '01'}`;
  let to: string;
  if (mb[3]) to = `${mb[1]}-${mb[2]}-${mb[3]}`;
  else if (mb[2]) to = bucketEnd(`${mb[1]}-${mb[2]}-01`, 'month');
  else to = `${mb[1]}-12-31`;
  return [from, to];
}
