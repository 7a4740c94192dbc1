// The extraction record, version 1 (design/SCHEMA.md): the contract between the pipeline
// and everything that reads its output (store, API, exporters, evaluation).

export const SCHEMA_ID = 'newsgraph.extraction/1';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface RecordArticle {
  id: string;
  title: string;
  date: string | null;
  source: string;
  url: string | null;
  lang: string;
  text: string;
}

export interface RecordSentence {
  i: number;
  start: number;
  end: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'NORP' | 'GROUP';

export interface RecordEntity {
  id: string;
  name: string;
  type: EntityType;
  code: string | null;
  country: string | null;
  lat?: number | null;
  lon?: number | null;
  mentions: EntityMention[];
}

/** A mention of an entity: by `name`, an `agent` phrase, a role `description` or a `pronoun`. */
export interface EntityMention extends Span {
  kind?: 'name' | 'agent' | 'description' | 'pronoun';
}

export interface EventActor {
  entity: string | null;
  code: string | null;
  country: string | null;
  text: string;
  start?: number;
  end?: number;
}

export interface RecordEvent {
  id: string;
  sentence: number;
  source: EventActor | null;
  target: EventActor | null;
  cameo: string;
  root: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  plover: string | null;
  trigger: Span;
  date: string | null;
  dateText: string | null;
  location: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  negated: boolean;
  modality: 'asserted' | 'reported' | 'hypothetical' | 'future';
  confidence: number;
  rule?: string;
}

export interface RecordQuote {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker: QuoteSpeaker | null;
  cue: string | null;
  kind: 'direct' | 'partial' | 'indirect' | 'scare';
  /** The whole cue as it stands in the text: "has also said", "according to". */
  cueSpan?: Span;
  /** The id of the quotation this one carries on: one utterance split by its attribution or a paragraph break. */
  continues?: string;
}

export interface QuoteSpeaker {
  entity: string | null;
  name: string;
  start: number;
  end: number;
  /** The entities of a plural or collective speaker ("they", "both leaders", a joint statement). */
  members?: string[];
  /** What the text says about the speaker: "who studies trade policy at ...". */
  description?: Span;
}

export interface RecordDate extends Span {
  value: string;
  granularity: 'day' | 'week' | 'month' | 'year' | 'interval' | 'decade';
}

export interface RecordAmount extends Span {
  value: number;
  unit: string;
}

export interface RecordClaim extends Span {
  speaker: string | null;
  flag: 'disputed' | 'false' | 'unverified';
  marker?: Span;
  /** Who makes the claim, as the text names them (speaker holds the entity when resolved). */
  claimant?: Span;
  /** The quotation that reports the claim or its denial. */
  quote?: string;
}

export interface ExtractionRecord {
  schema: typeof SCHEMA_ID;
  article: RecordArticle;
  sentences: RecordSentence[];
  entities: RecordEntity[];
  events: RecordEvent[];
  quotes: RecordQuote[];
  dates: RecordDate[];
  amounts: RecordAmount[];
  claims: RecordClaim[];
}
