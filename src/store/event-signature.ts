// The deterministic signature of a coded event, so that the same event reported by many
// articles can later be merged into one `events` row (GDELT keeps events and mentions apart).
import { createHash } from 'node:crypto';
import type { RecordEvent } from '../record/types.js';

/**
 * sha256 (hex, first 16) of when (event date, else publication date), who (source and
 * target codes) and what (CAMEO code). Negation and modality stay out on purpose: they
 * belong to each mention, and mentions that disagree on them are what corroboration looks for.
 */
export function eventSignature(event: RecordEvent, articleDate: string | null): string {
  const parts = [event.date ?? articleDate ?? '', event.source?.code ?? '', event.target?.code ?? '', event.cameo];
  return createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 16);
}
