// Validates the options of the source readers once, up front: a bad option stops the run.
import { NewsgraphError } from '../errors.js';
import { isIsoDate } from './dates.js';
import { DEFAULT_MAX_BYTES } from './guards.js';
import type { ReadContext, ReadOptions } from './types.js';

export interface Settings {
  date: string | null;
  maxBytes: number;
  source: string | undefined;
}

/** Checks and completes `ReadOptions`; throws NewsgraphError (NG_E020, NG_E002) on a bad one. */
export function resolveOptions(opts: ReadOptions = {}): Settings {
  const { date, maxBytes, source } = opts;
  if (date !== undefined && (typeof date !== 'string' || !isIsoDate(date))) {
    throw new NewsgraphError('NG_E020', `date option: expected a calendar date YYYY-MM-DD, found '${String(date)}'`, {
      hint: 'give the date as 2024-05-17',
    });
  }
  if (maxBytes !== undefined && (!Number.isSafeInteger(maxBytes) || maxBytes < 1)) {
    throw new NewsgraphError('NG_E002', `maxBytes option: expected a positive whole number of bytes, found ${String(maxBytes)}`, {
      hint: `leave it out for the default of ${DEFAULT_MAX_BYTES} (20 MiB)`,
    });
  }
  if (source !== undefined && typeof source !== 'string') {
    throw new NewsgraphError('NG_E002', `source option: expected a name, found ${typeof source}`, { hint: 'give the outlet name as text' });
  }
  return { date: date ?? null, maxBytes: maxBytes ?? DEFAULT_MAX_BYTES, source: source?.trim() || undefined };
}

/** The context a reader gets for one input. */
export function contextFor(origin: string, settings: Settings): ReadContext {
  const name = origin.slice(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1) || origin;
  return { origin, name, source: settings.source, date: settings.date, maxBytes: settings.maxBytes };
}
