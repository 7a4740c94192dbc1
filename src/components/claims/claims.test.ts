import { describe, expect, it } from 'vitest';
import { toRecord } from '../../record/to-record.js';
import type { ExtractionRecord } from '../../record/types.js';
import { makeArticle } from '../../sources/article.js';
import { entitiesComponent } from '../entities/entities.js';
import { createPipeline } from '../pipeline.js';
import { quotesComponent } from '../quotes/quotes.js';
import { claimsComponent } from './claims.js';

const pipeline = createPipeline([entitiesComponent(), quotesComponent(), claimsComponent()]);
const recordOf = (text: string): ExtractionRecord => toRecord(pipeline.process(makeArticle({ source: 't', date: '2024-05-17', text })));
const nameOf = (r: ExtractionRecord, id: string | null): string | null => (id ? (r.entities.find((e) => e.id === id)?.name ?? id) : null);

describe('claims: statements the text marks as false, disputed or unverified', () => {
  it.each([
    [
      'an adverb on a participle ("falsely describing")',
      'Putin has cited the war as a defence of Russia, falsely describing the government in Kyiv as a threat to Moscow.',
      'the government in Kyiv as a threat to Moscow', 'false', 'falsely', 'Vladimir Putin',
    ],
    ['an adverb on a reporting verb', 'Lukashenko falsely claimed that the protesters were paid by foreign governments.', 'the protesters were paid', 'false', 'falsely', 'Alexander Lukashenko'],
    ['"without evidence" inside an attribution', 'Maduro said, without evidence, that the opposition had planned the blackout.', 'the opposition had planned the blackout', 'unverified', 'without evidence', 'Nicolás Maduro'],
    ['"without evidence" before a that-clause', 'Erdogan claimed without evidence that the coup was planned abroad.', 'the coup was planned abroad', 'unverified', 'without evidence', 'Recep Tayyip Erdoğan'],
    ['"baseless" before a claim noun', 'The ministry rejected what it called baseless claims that the grain deal had collapsed.', 'the grain deal had collapsed', 'false', 'baseless', null],
    ['"unproven" before a claim noun with of', 'Officials repeated unproven allegations of fraud in the northern provinces.', 'allegations of fraud', 'unverified', 'unproven', 'Officials'],
    ['a predicate ("are unfounded")', 'The accusations are unfounded, the spokesman told reporters.', 'The accusations', 'false', 'unfounded', null],
    ['a denial', 'The Kremlin denied that its troops had crossed the border.', 'its troops had crossed the border', 'disputed', 'denied', null],
    ['a disputing verb', 'The ministry disputes the casualty figures published by the United Nations.', 'the casualty figures published by the United Nations', 'disputed', 'disputes', null],
    ['"no evidence that"', 'There is no evidence that the vaccine caused the deaths.', 'the vaccine caused the deaths', 'unverified', 'no evidence', null],
  ])('%s', (_case, text, claim, flag, marker, claimant) => {
    const r = recordOf(text);
    const c = r.claims.find((x) => x.text.includes(claim));
    expect(c, `no claim holds "${claim}" in ${JSON.stringify(r.claims.map((x) => x.text))}`).toBeDefined();
    expect(c!.flag).toBe(flag);
    expect(c!.marker?.text).toBe(marker);
    expect(nameOf(r, c!.speaker)).toBe(claimant);
  });

  it.each([
    ['a plain adjective that marks no claim', 'The disputed border region was calm on Sunday.'],
    ['"false" that is not about a claim', 'The alarm was a false start for the rescue teams.'],
    ['a passive denial', 'He was denied entry at the border.'],
  ])('makes no claim of %s', (_case, text) => {
    expect(recordOf(text).claims).toEqual([]);
  });

  it('links a claim to the quotation that reports it', () => {
    const r = recordOf('Lukashenko falsely claimed that the protesters were paid by foreign governments.');
    const q = r.quotes.find((x) => x.cue === 'claimed');
    expect(r.claims[0]!.quote).toBe(q!.id);
    expect(r.claims[0]!.claimant?.text).toBe('Lukashenko');
  });

  it('takes what a speaker gave no evidence for from the statement before', () => {
    const r = recordOf('Maduro claimed that the blackout was sabotage. He offered no evidence for the claim.');
    expect(r.claims.map((c) => [c.text, c.marker?.text])).toEqual([['that the blackout was sabotage', 'no evidence']]);
    expect(nameOf(r, r.claims[0]!.speaker)).toBe('Nicolás Maduro');
    // No statement before: no claim rather than the words before the marker.
    expect(recordOf('The weather was calm. He offered no evidence.').claims).toEqual([]);
  });

  it('ends a claim at a marker that stands inside the reported clause', () => {
    const r = recordOf('Erdogan repeated claims that foreign banks were behind the slump, without offering evidence, and left.');
    expect(r.claims.map((c) => c.text)).toEqual(['that foreign banks were behind the slump']);
  });
});
