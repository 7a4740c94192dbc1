// Parses the ISO 8601 time intervals of a Query into whole UTC days. Stored dates are days,
// so a window given with times is widened to the days it touches.

/** Inclusive first and last day (YYYY-MM-DD, UTC), and the text it was parsed from. */
export interface DayWindow {
  from: string;
  to: string;
  text: string;
}

const DAY_MS = 86_400_000;
const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** [start, end) in epoch ms, or null when `text` is neither a calendar period nor an instant. */
function parsePoint(text: string): [number, number] | null {
  const p = PERIOD.exec(text);
  if (p) {
    const [y, m, d] = [Number(p[1]), p[2] ? Number(p[2]) : null, p[3] ? Number(p[3]) : null];
    const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
    const check = new Date(start);
    if (y < 1000 || (m !== null && check.getUTCMonth() !== m - 1) || (d !== null && check.getUTCDate() !== d)) return null;
    const end = d !== null ? start + DAY_MS : m !== null ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
    return [start, end];
  }
  if (!INSTANT.test(text)) return null;
  const t = Date.parse(text);
  const [y, mo, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const sane = new Date(Date.UTC(y, mo - 1, d));
  if (Number.isNaN(t) || sane.getUTCMonth() !== mo - 1 || sane.getUTCDate() !== d) return null;
  return [t, t];
}

/** Adds (sign 1) or subtracts (sign -1) an ISO 8601 duration; null when it is not one. */
function shift(ms: number, duration: string, sign: 1 | -1): number | null {
  const m = DURATION.exec(duration);
  if (!m || duration === 'P') return null;
  const [years, months, weeks, days] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number];
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + sign * years, d.getUTCMonth() + sign * months);
  return d.getTime() + sign * (weeks * 7 + days) * DAY_MS;
}

const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * The days an interval covers, or a message saying what is wrong with it. Accepts a period
 * (`2024`, `2024-05`, `2024-05-17`), `start/end` with dates or instants (`Z` or an offset),
 * `start/P1M` and `P7D/end`. A date as the end counts whole (`2024-01/2024-03` is Jan–Mar).
 *
 * @example parseTimeWindow('2024-05-01/P1W') → { from: '2024-05-01', to: '2024-05-07', ... }
 */
export function parseTimeWindow(text: string): DayWindow | string {
  const parts = text.trim().split('/');
  if (parts.length > 2 || parts.some((p) => p.length === 0)) return 'expected one ISO 8601 interval such as 2024-01-01/2024-03-31';
  const [a, b = a] = parts as [string, string?];
  const start = a.startsWith('P') ? null : parsePoint(a);
  const end = b.startsWith('P') ? null : parsePoint(b);
  let from: number | null = start?.[0] ?? null;
  let until: number | null = end?.[1] ?? null;
  if (start === null && a.startsWith('P') && end) from = shift(end[1], a, -1);
  if (end === null && b.startsWith('P') && start) until = shift(start[0], b, 1);
  if (from === null || until === null) {
    return 'expected dates (2024-05-17, 2024-05, 2024), UTC instants (2024-05-17T08:00Z) or a duration (P1M) on one side';
  }
  // An instant as the end excludes itself (2024-05-02T00:00Z ends the window on May 1); a
  // lone instant stands for its day.
  const last = parts.length === 1 && start !== null && start[0] === start[1] ? from : until - 1;
  if (last < from) return 'the end of the interval comes before its start';
  return { from: dayOf(from), to: dayOf(last), text: text.trim() };
}
