import { describe, expect, it } from 'vitest';
import { datesComponent } from '../dates/dates.js';
import { entitiesComponent } from '../entities/entities.js';
import { createPipeline } from '../pipeline.js';
import { toRecord } from '../../record/to-record.js';
import type { ExtractionRecord } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';
import { quotesComponent } from './quotes.js';

// Fourth round on PolNeAR conventions: continued quotations, span boundaries and the
// constructions the earlier rounds left unread. Every sentence here is made up.
const pipeline = createPipeline([entitiesComponent(), datesComponent(), quotesComponent()]);
const recordOf = (text: string): ExtractionRecord => toRecord(pipeline.process(makeArticle({ source: 't', date: '2024-05-17', text })));

describe('quotes: a quotation carried on into the next paragraph', () => {
  it('carries on a paragraph that is only a quotation after an attributed one', () => {
    const qs = recordOf('Traders were wary.\n\n"The mood of the buyers keeps sinking," Dana Reyes said in a note.\n\n"We have seen this before."').quotes;
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Dana Reyes', 'Dana Reyes']);
    expect(qs[1]!.cue).toBe('said');
    expect(qs[1]!.continues).toBe(qs[0]!.id);
  });

  it.each([
    ['the paragraph before goes on after the attribution', '"The mood keeps sinking," Dana Reyes said. Shares fell again.\n\n"We have seen this before."'],
    ['the quotation before is reported speech', 'Dana Reyes said the mood was sinking.\n\n"We have seen this before."'],
    ['a paragraph lies between them', '"The mood keeps sinking," Dana Reyes said.\n\nShares fell again.\n\n"We have seen this before."'],
  ])('does not carry a quotation on when %s', (_case, text) => {
    const q = recordOf(text).quotes.find((x) => x.text.startsWith('We have seen'));
    expect(q?.continues).toBeUndefined();
    expect(q?.cue ?? null).toBeNull();
  });
});
