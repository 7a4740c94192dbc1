import { describe, expect, it } from 'vitest';
import { attributes, parsePetrXml, parseTabari } from './events-records.js';

const PETR_XML = `<Validation>
<!-- banner <EventCoding sourcecode="NO" targetcode="NO" eventcode="000"> -->
<Environment>
    <Verbfile>toy.verbs.txt</Verbfile>
    <Actorfile>a.actors.txt, b.actors.txt</Actorfile>
    <Include>valid DEMO</Include>
</Environment>
<Sentences>
<Sentence date="19960214" id="DEMO-31" category="DEMO" sentence="true">
<!-- paired events -->
<EventCoding sourcecode="VEL" targetcode="KAR" eventcode="032">
<EventCoding sourcecode = '"INJURY TOLL"' targetcode="KAR" eventcode="033"></EventCoding>
<Text>
The harbour council of Velmora met
today &amp; later.
</Text>
<Parse>(ROOT (S ...))</Parse>
</Sentence>
<Sentence date = "20090312" id ="ERROR-07"  category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>DATELINE</Text>
</Sentence>
<Sentence category="VOICE" date="20190311" id="VOICE_4" evaluate="false"/>
<EventCoding noevents="True" />
<Text>A complaint against Norway was filed by Chile.</Text>
</Sentences>
</Validation>`;

describe('parsePetrXml', () => {
  const { environment, sentences } = parsePetrXml(PETR_XML);

  it('reads the <Environment> block', () => {
    expect(environment).toMatchObject({ Verbfile: 'toy.verbs.txt', Actorfile: 'a.actors.txt, b.actors.txt', Include: 'valid DEMO' });
  });

  it('reads each sentence with its gold, ignoring XML comments', () => {
    expect(sentences.map((s) => s.id)).toEqual(['DEMO-31', 'ERROR-07', 'VOICE_4']);
    expect(sentences[0]).toMatchObject({
      date: '1996-02-14', category: 'DEMO', text: "The harbour council of Velmora met today & later.", noevents: false, error: null, evaluate: true,
      gold: [{ source: 'VEL', target: 'KAR', code: '032' }, { source: '"INJURY TOLL"', target: 'KAR', code: '033' }],
    });
  });

  it('reads error, noevents, evaluate and self-closing tags', () => {
    expect(sentences[1]).toMatchObject({ date: '2009-03-12', error: 'dateline', gold: [] });
    expect(sentences[2]).toMatchObject({ noevents: true, evaluate: false, text: 'A complaint against Norway was filed by Chile.' });
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
The Velmoran deputy premier sailed for
Karsk on Wednesday.
/*\\n-------------------------
\\n[Paired events]
\\n{ VEL / KAR / 032 } 950103
\\n{ KAR / ~MIL / 033 } 950103   */

950113  DEMO-13
Velmora on Thursday signed a grain protocol./*
\\n{ VEL / KAR / 085 } 950113 */

950101  950101  AGENTS-11
Harbour officials spoke. /* { OPTION: SET: X = TRUE } -{ VEL / KAR / 064 } {+++} */

9501201  ACTORSYN-01
A ferryman spoke.
/* { FER / KAR / 064 } */

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
    expect(parsed.sentences[0]!.text).toBe('The Velmoran deputy premier sailed for Karsk on Wednesday.');
    expect(parsed.sentences[0]!.gold).toEqual([{ source: 'VEL', target: 'KAR', code: '032' }, { source: 'KAR', target: 'MIL', code: '033' }]);
    expect(parsed.sentences[1]).toMatchObject({ text: 'Velmora on Thursday signed a grain protocol.', gold: [{ source: 'VEL', target: 'KAR', code: '085' }] });
  });

  it('reads {+++} as no event and counts switched-off expectations and options', () => {
    expect(parsed.sentences[2]).toMatchObject({ text: 'Harbour officials spoke.', gold: [] });
    expect(parsed).toMatchObject({ disabled: 1, options: 1 });
  });
});
