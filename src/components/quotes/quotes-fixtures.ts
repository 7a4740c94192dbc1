// Test support shared by the quotes test files (excluded from the build): a pipeline with the
// layers the quotes component needs, and the spans the tests compare.
import { datesComponent } from '../dates/dates.js';
import { entitiesComponent } from '../entities/entities.js';
import { createPipeline } from '../pipeline.js';
import { toRecord } from '../../record/to-record.js';
import type { ExtractionRecord, RecordQuote } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';
import { quotesComponent } from './quotes.js';

const pipeline = createPipeline([entitiesComponent(), datesComponent(), quotesComponent()]);

/** The extraction record of `text` as one article dated 2024-05-17. */
export const recordOf = (text: string): ExtractionRecord => toRecord(pipeline.process(makeArticle({ source: 't', date: '2024-05-17', text })));

/** The speaker's words with its description, as PolNeAR's source spans take them. */
export function speakerText(text: string, q: RecordQuote | undefined): string | null {
  const sp = q?.speaker;
  if (!sp) return null;
  return text.slice(Math.min(sp.start, sp.description?.start ?? sp.start), Math.max(sp.end, sp.description?.end ?? sp.end));
}

/** The whole cue as it stands in the text ("has also said"), else its word. */
export const cueText = (q: RecordQuote | undefined): string | undefined => q?.cueSpan?.text ?? q?.cue ?? undefined;

/** The first quotation whose cue is `cue`, as [speaker, cue, content]. */
export function read(text: string, cue: string): [string | null, string | undefined, string | undefined] {
  const q = recordOf(text).quotes.find((x) => cueText(x) === cue);
  return [speakerText(text, q), cueText(q), q?.text];
}

/** The cues of the quotations that have one. */
export const cued = (text: string): string[] => recordOf(text).quotes.filter((q) => q.cue !== null).map((q) => cueText(q)!);
