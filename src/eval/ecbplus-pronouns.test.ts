import { describe, expect, it } from 'vitest';
import type { ExtractionRecord } from '../record/types.js';
import { readEcb, scorePronouns } from './ecbplus-pronouns.js';

// A made-up document in ECB+'s CAT XML: two sentences, a person named and then a pronoun.
const xml = `<Document doc_name="1_1ecb.xml">
<token t_id="1" sentence="0" number="0">Ana</token><token t_id="2" sentence="0" number="1">Ruiz</token>
<token t_id="3" sentence="0" number="2">won</token><token t_id="4" sentence="0" number="3">.</token>
<token t_id="5" sentence="1" number="0">She</token><token t_id="6" sentence="1" number="1">did</token>
<token t_id="7" sentence="1" number="2">n't</token><token t_id="8" sentence="1" number="3">stop</token>
<token t_id="9" sentence="1" number="4">.</token>
<Markables>
<HUMAN_PART_PER m_id="10"><token_anchor t_id="1"/><token_anchor t_id="2"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="11"><token_anchor t_id="5"/></HUMAN_PART_PER>
<HUMAN_PART_PER m_id="12" RELATED_TO="" TAG_DESCRIPTOR="ana" instance_id="HUM1"/>
</Markables>
<Relations>
<INTRA_DOC_COREF r_id="1"><source m_id="10"/><source m_id="11"/><target m_id="12"/></INTRA_DOC_COREF>
</Relations>
</Document>`;

describe('ecbplus-pronouns: ECB+ documents and pronoun scoring', () => {
  it('rebuilds the text as written, one sentence a line, with the human markables in their chains', () => {
    const doc = readEcb(xml);
    expect(doc.text).toBe("Ana Ruiz won.\nShe didn't stop.");
    expect(doc.humans.map((h) => [h.text, h.chain])).toEqual([['Ana Ruiz', '12'], ['She', '12']]);
  });

  it('counts a pronoun right only when its entity also covers a name of the chain', () => {
    const doc = readEcb(xml);
    const rec = (mentions: Array<[number, number, 'name' | 'pronoun']>): ExtractionRecord => ({
      entities: [{ id: 'E1', name: 'x', type: 'PERSON', code: null, country: null, mentions: mentions.map(([start, end, kind]) => ({ start, end, text: '', kind })) }],
    }) as unknown as ExtractionRecord;
    expect(scorePronouns(doc, rec([[0, 8, 'name'], [14, 17, 'pronoun']]))).toEqual([1, 0, 0]);
    expect(scorePronouns(doc, rec([[9, 12, 'name'], [14, 17, 'pronoun']]))).toEqual([0, 1, 0]);
    expect(scorePronouns(doc, rec([[0, 8, 'name']]))).toEqual([0, 0, 1]);
  });
});
