// The span layers that components assign to a Doc, by name: one place that says what each
// layer holds, so that `requires` and `assigns` are checked names and typed values.
import type { RecordAmount, RecordClaim, RecordDate, RecordEntity, RecordEvent, RecordQuote } from '../record/types.js';

/** A mention of an entity, with its token range (inclusive) for components that need it. */
export interface MentionSpan {
  entity: string;
  start: number;
  end: number;
  first: number;
  last: number;
  /** How the entity is named here: by name, an agent phrase, a role description or a pronoun. */
  kind?: 'name' | 'agent' | 'description' | 'pronoun';
}

export interface EntityLayer {
  entities: RecordEntity[];
  mentions: MentionSpan[];
  /** Entities whose name stands for several actors (a compound dictionary code, "[ELR/GAL]"): all their codes. */
  compound?: Map<string, string[]>;
  /** Cities from the gazetteer that are no capital: acting or acted on, they stand for their country, not its government. */
  towns?: Set<string>;
  /** People whose gender the text marks (an honorific, a given name, a -man or -woman office), by entity id. */
  genders?: Map<string, 'm' | 'f'>;
}

export interface DateSpan extends RecordDate {
  sentence: number;
}

export interface AmountSpan extends RecordAmount {
  sentence: number;
}

export interface Layers {
  /** Assigned by the tokenizer itself: tokens, POS, lemmas and sentences exist. */
  tokens: true;
  sentences: true;
  pos: true;
  /** wink's own numeric and date spans, used as candidates by dates and amounts. */
  numerics: true;
  dates: DateSpan[];
  amounts: AmountSpan[];
  entities: EntityLayer;
  quotes: RecordQuote[];
  events: RecordEvent[];
  claims: RecordClaim[];
}

export type LayerName = keyof Layers;

export const BASE_LAYERS: readonly LayerName[] = ['tokens', 'sentences', 'pos', 'numerics'];
