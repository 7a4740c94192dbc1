import { describe, expect, it } from 'vitest';
import { attributes, parsePetrXml, parseTabari } from './events-records.js';

const PETR_XML = `<Validation>
<!-- banner <EventCoding sourcecode="NO" targetcode="NO" eventcode="000"> -->
<Environment>
    <Verbfile>PETR.Validate.verbs.txt</Verbfile>
    <Actorfile>a.actors.txt, b.actors.txt</Actorfile>
    <Include>valid DEMO</Include>
</Environment>
<Sentences>
<Sentence date="19950103" id="DEMO-03" category="DEMO" sentence="true">
<!-- paired events -->
<EventCoding sourcecode="ELF" targetcode="GON" eventcode="032">
<EventCoding sourcecode = '"INJURY TOLL"' targetcode="GON" eventcode="033"></EventCoding>
<Text>
Caras Galadhon's new mayor left
yesterday &amp; more.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Sentence date = "20080801" id ="ERROR-01"  category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>DATELINE</Text>
</Sentence>
<Sentence category="PASSIVE" date="20150609" id="PASSIVE_0" evaluate="false"/>
<EventCoding noevents="True" />
<Text>Evidence against Russia was presented by the US.</Text>
</Sentences>
</Validation>`;

describe('parsePetrXml', () => {
  const { environment, sentences } = parsePetrXml(PETR_XML);

  it('reads the <Environment> block', () => {
    expect(environment).toMatchObject({ Verbfile: 'PETR.Validate.verbs.txt', Actorfile: 'a.actors.txt, b.actors.txt', Include: 'valid DEMO' });
  });

  it('reads each sentence with its gold, ignoring XML comments', () => {
    expect(sentences.map((s) => s.id)).toEqual(['DEMO-03', 'ERROR-01', 'PASSIVE_0']);
    expect(sentences[0]).toMatchObject({
      date: '1995-01-03', category: 'DEMO', text: "Caras Galadhon's new mayor left yesterday & more.", noevents: false, error: null, evaluate: true,
      gold: [{ source: 'ELF', target: 'GON', code: '032' }, { source: '"INJURY TOLL"', target: 'GON', code: '033' }],
    });
  });

  it('reads error, noevents, evaluate and self-closing tags', () => {
    expect(sentences[1]).toMatchObject({ date: '2008-08-01', error: 'dateline', gold: [] });
    expect(sentences[2]).toMatchObject({ noevents: true, evaluate: false, text: 'Evidence against Russia was presented by the US.' });
  });

  it.each([
    ['a="x" b = \'y\'', { a: 'x', b: 'y' }],
    ['sourcecode=\'"INJURY TOLL"\'', { sourcecode: '"INJURY TOLL"' }],
  ])('attributes(%s)', (tag, expected) => {
    expect(attributes(tag)).toEqual(expected);
  });
});

const TABARI_TEXT = `
#####
#   banner
#####

950103  DEMO-04
Dagolath's first Deputy Prime Minister Telemar left for
Minas Tirith on Wednesday.
/*\\n-------------------------
\\n[Paired events]
\\n{ DAG / GON / 032 } 950103
\\n{ GON / ~MIL / 033 } 950103   */

950113  DEMO-13
Arnor on Thursday signed an 800 million ducat trade protocol./*
\\n{ ARN / DAG / 085 } 950113 */

950101  950101  AGENTS-11
White House officials spoke. /* { OPTION: SET: X = TRUE } -{ ARN / GON / 064 } {+++} */

9501201  ACTORSYN-01
Gollum spoke.
/* { HOB / GON / 064 } */

990101  FINAL-01
This is the end.
/* {} */
`;

describe('parseTabari', () => {
  const parsed = parseTabari(TABARI_TEXT);

  it('reads records up to FINAL-01 with their gold', () => {
    expect(parsed.sentences.map((s) => [s.id, s.date])).toEqual([
      ['DEMO-04', '1995-01-03'], ['DEMO-13', '1995-01-13'], ['AGENTS-11', '1995-01-01'], ['ACTORSYN-01', '1995-01-20'],
    ]);
    expect(parsed.sentences[0]!.text).toBe("Dagolath's first Deputy Prime Minister Telemar left for Minas Tirith on Wednesday.");
    expect(parsed.sentences[0]!.gold).toEqual([{ source: 'DAG', target: 'GON', code: '032' }, { source: 'GON', target: 'MIL', code: '033' }]);
    expect(parsed.sentences[1]).toMatchObject({ text: 'Arnor on Thursday signed an 800 million ducat trade protocol.', gold: [{ source: 'ARN', target: 'DAG', code: '085' }] });
  });

  it('reads {+++} as no event and counts switched-off expectations and options', () => {
    expect(parsed.sentences[2]).toMatchObject({ text: 'White House officials spoke.', gold: [] });
    expect(parsed).toMatchObject({ disabled: 1, options: 1 });
  });
});
