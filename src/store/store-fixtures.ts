// Hand-built extraction records for the store tests: one invented article with every span
// layer, and a builder of minimal ones. Offsets are computed from the text, never typed in.
import { createHash } from 'node:crypto';
import { SCHEMA_ID, type ExtractionRecord, type Span } from '../record/types.js';

const TEXT =
  'Estonia agreed on Monday to lend Latvia 40 million euros for a new rail link. ' +
  '"We are building this corridor together," said Kaja Lind, the finance minister, in Tallinn, ' +
  'although critics said the cost estimate was misleading.';

/** sha256 of the text, hex, first 16 chars: how sources/ names articles. */
export function idOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The span of the n-th (0-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, n = 0): Span {
  let start = -1;
  for (let k = 0; k <= n; k++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

/** The full fixture: 2 sentences, 2 entities, 1 event, 1 quote, 1 date, 1 amount, 1 claim. */
export function fullRecord(): ExtractionRecord {
  const at = (needle: string) => spanOf(TEXT, needle);
  const s0end = TEXT.indexOf('. ') + 1;
  const estonia = at('Estonia');
  const kaja = at('Kaja Lind');
  return {
    schema: SCHEMA_ID,
    article: {
      id: idOf(TEXT), title: 'Tallinn offers Riga a loan for the rail link', date: '2024-03-14',
      source: 'fixture-wire', url: 'https://example.org/news/rail-loan', lang: 'en', text: TEXT,
    },
    sentences: [{ i: 0, start: 0, end: s0end }, { i: 1, start: s0end + 1, end: TEXT.length }],
    entities: [
      { id: 'E1', name: 'Estonia', type: 'GPE', code: 'EST', country: 'EST', lat: 58.6, lon: 25.0, mentions: [estonia] },
      { id: 'E2', name: 'Latvia', type: 'GPE', code: 'LVA', country: 'LVA', mentions: [at('Latvia')] },
    ],
    events: [{
      id: 'V1', sentence: 0,
      source: { entity: 'E1', code: 'EST', country: 'EST', text: 'Estonia', start: estonia.start, end: estonia.end },
      target: { entity: 'E2', code: 'LVA', country: 'LVA', text: 'Latvia' },
      cameo: '061', root: '06', quadClass: 2, goldstein: 6.4, plover: 'COOPERATE',
      trigger: at('lend'), date: '2024-03-11', dateText: 'on Monday',
      location: { name: 'Tallinn', country: 'EST', lat: 59.437, lon: 24.7536 },
      negated: false, modality: 'future', confidence: 0.75, rule: 'cameo:061/lend',
    }],
    quotes: [{
      id: 'Q1', ...at('We are building this corridor together,'),
      speaker: { entity: null, name: 'Kaja Lind', start: kaja.start, end: kaja.end }, cue: 'said', kind: 'direct',
    }],
    dates: [{ ...at('on Monday'), value: '2024-03-11', granularity: 'day' }],
    amounts: [{ ...at('40 million euros'), value: 40_000_000, unit: 'EUR' }],
    claims: [{ ...at('the cost estimate was misleading'), speaker: null, flag: 'disputed', marker: at('critics said') }],
  };
}

export interface MinimalOptions {
  text: string;
  title?: string;
  date?: string | null;
  id?: string;
}

/** A record with one sentence and no extractions (optional fields absent, date may be null). */
export function minimalRecord(opts: MinimalOptions): ExtractionRecord {
  const { text } = opts;
  return {
    schema: SCHEMA_ID,
    article: {
      id: opts.id ?? idOf(text), title: opts.title ?? text.slice(0, 40), date: opts.date === undefined ? '2024-01-01' : opts.date,
      source: 'fixture', url: null, lang: 'en', text,
    },
    sentences: [{ i: 0, start: 0, end: text.length }],
    entities: [], events: [], quotes: [], dates: [], amounts: [], claims: [],
  };
}
