// Hand-built records with events for the query, export and API tests: four invented
// articles from three outlets, nine event mentions (two share a signature), two quotes.
// Offsets are computed from the texts; codes and Goldstein values follow the CAMEO lists.
import { createHash } from 'node:crypto';
import type { EventActor, ExtractionRecord, RecordEntity, RecordEvent } from '../../record/types.js';
import { SCHEMA_ID } from '../../record/types.js';

type Actor = [code: string, text: string];

export interface EventSpec {
  trigger: string;
  source?: Actor;
  target?: Actor;
  cameo: string;
  goldstein: number;
  plover: string | null;
  date: string | null;
  place?: { name: string; country: string | null; lat: number | null; lon: number | null };
  modality?: RecordEvent['modality'];
  negated?: boolean;
  confidence?: number;
}

export interface ArticleSpec {
  date: string | null;
  outlet: string;
  title: string;
  sentences: string[];
  events: EventSpec[];
  quotes?: { text: string; speaker: Actor }[];
  url?: string;
}

const QUAD = (root: number): 1 | 2 | 3 | 4 => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);

function spanIn(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" is not in the text`);
  return { start, end: start + needle.length, text: needle };
}

/** A record from a compact description; entities come from the actor and speaker texts. */
export function buildRecord(spec: ArticleSpec): ExtractionRecord {
  const text = spec.sentences.join(' ');
  const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
  let at = 0;
  const sentences = spec.sentences.map((s, i) => ({ i, start: (at = text.indexOf(s, at)), end: (at += s.length) }));
  const entities: RecordEntity[] = [];
  const entity = ([code, name]: Actor, type: RecordEntity['type']): string => {
    const found = entities.find((e) => e.name === name);
    if (found) return found.id;
    entities.push({ id: `E${entities.length + 1}`, name, type, code, country: code.slice(0, 3), mentions: [spanIn(text, name)] });
    return entities.at(-1)!.id;
  };
  const actor = (a: Actor | undefined): EventActor | null => {
    if (!a) return null;
    const span = spanIn(text, a[1]);
    return { entity: entity(a, a[0].length === 3 ? 'GPE' : 'ORG'), code: a[0], country: a[0].slice(0, 3), text: a[1], start: span.start, end: span.end };
  };
  const events = spec.events.map((e, k): RecordEvent => {
    const trigger = spanIn(text, e.trigger);
    return {
      id: `V${k + 1}`, sentence: sentences.findIndex((s) => s.start <= trigger.start && trigger.end <= s.end),
      source: actor(e.source), target: actor(e.target), cameo: e.cameo, root: e.cameo.slice(0, 2),
      quadClass: QUAD(Number(e.cameo.slice(0, 2))), goldstein: e.goldstein, plover: e.plover, trigger,
      date: e.date, dateText: null, location: e.place ?? null, negated: e.negated ?? false,
      modality: e.modality ?? 'asserted', confidence: e.confidence ?? 0.9, rule: `test:${e.cameo}`,
    };
  });
  const quotes = (spec.quotes ?? []).map((q, k) => {
    const speaker = spanIn(text, q.speaker[1]);
    return {
      id: `Q${k + 1}`, ...spanIn(text, q.text), cue: 'said', kind: 'direct' as const,
      speaker: { entity: entity(q.speaker, 'PERSON'), name: q.speaker[1], start: speaker.start, end: speaker.end },
    };
  });
  return {
    schema: SCHEMA_ID,
    article: { id, title: spec.title, date: spec.date, source: spec.outlet, url: spec.url ?? `https://example.org/${id}`, lang: 'en', text },
    sentences, entities, events, quotes, dates: [], amounts: [], claims: [],
  };
}

const KHARKIV = { name: 'Kharkiv', country: 'UKR', lat: 49.99, lon: 36.23 };

export const FIXTURE_ARTICLES: ArticleSpec[] = [
  {
    date: '2024-01-10', outlet: 'Wire A', title: 'Shelling of Kharkiv', url: 'https://wire-a.example/kharkiv',
    sentences: [
      'Invading forces shelled Kharkiv on Monday.',
      'Ukraine accused Russia of war crimes.',
      'Moscow said it might propose talks with Kyiv.',
      '"We will not give up," said Dmytro Kuleba.',
    ],
    events: [
      { trigger: 'shelled', source: ['RUSMIL', 'Invading forces'], target: ['UKR', 'Kharkiv'], cameo: '190', goldstein: -10, plover: 'ASSAULT', date: '2024-01-08', place: KHARKIV },
      { trigger: 'accused', source: ['UKRGOV', 'Ukraine'], target: ['RUS', 'Russia'], cameo: '112', goldstein: -2, plover: 'ACCUSE', date: '2024-01-10', modality: 'reported', confidence: 0.8 },
      { trigger: 'propose talks', source: ['RUSGOV', 'Moscow'], target: ['UKRGOV', 'Kyiv'], cameo: '036', goldstein: 4, plover: 'AGREE', date: null, modality: 'hypothetical', confidence: 0.5 },
    ],
    quotes: [{ text: 'We will not give up,', speaker: ['UKRGOV', 'Dmytro Kuleba'] }],
  },
  {
    date: '2024-02-15', outlet: 'Wire B', title: 'Beijing and Washington sign a deal',
    sentences: ['China and the United States signed a trade agreement in Beijing.', 'Washington imposed sanctions on Iran.'],
    events: [
      { trigger: 'signed', source: ['CHNGOV', 'China'], target: ['USAGOV', 'the United States'], cameo: '057', goldstein: 8, plover: 'SUPPORT', date: '2024-02-14', place: { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 } },
      { trigger: 'imposed sanctions', source: ['USAGOV', 'Washington'], target: ['IRN', 'Iran'], cameo: '163', goldstein: -8, plover: 'COERCE', date: '2024-02' },
    ],
  },
  {
    date: '2024-03-03', outlet: 'Daily C', title: 'Denial and protest',
    sentences: ['Ukrainian troops did not attack Belgorod, officials said.', 'Protesters rallied against the government in Kyiv.'],
    events: [
      { trigger: 'attack', source: ['UKRMIL', 'Ukrainian troops'], target: ['RUS', 'Belgorod'], cameo: '190', goldstein: -10, plover: 'ASSAULT', date: '2024-03-02', negated: true, place: { name: 'Belgorod', country: 'RUS', lat: 50.6, lon: 36.6 } },
      { trigger: 'rallied', source: ['UKRCVL', 'Protesters'], target: ['UKRGOV', 'the government'], cameo: '141', goldstein: -6.5, plover: 'PROTEST', date: '2024-W09', place: { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52 } },
    ],
    quotes: [{ text: 'did not attack Belgorod', speaker: ['UKRGOV', 'officials'] }],
  },
  {
    date: '2024-03-20', outlet: 'Wire B', title: 'Looking back at the January shelling',
    sentences: ['In January invading forces shelled Kharkiv, killing four.', 'The city is rebuilding its grain terminal.'],
    events: [
      { trigger: 'shelled', source: ['RUSMIL', 'invading forces'], target: ['UKR', 'Kharkiv'], cameo: '190', goldstein: -10, plover: 'ASSAULT', date: '2024-01-08', place: KHARKIV },
      { trigger: 'rebuilding', source: ['UKR', 'The city'], cameo: '020', goldstein: 3, plover: null, date: null },
    ],
  },
];

/** The fixture records, in FIXTURE_ARTICLES order. */
export function fixtureRecords(): ExtractionRecord[] {
  return FIXTURE_ARTICLES.map(buildRecord);
}
