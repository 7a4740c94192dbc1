// Loads the lexicons of who-said-what: speech cues (speech-verbs.tsv, speech-nouns.tsv) for the
// quotes component and dispute markers (claim-markers.tsv) for the claims component, keyed by
// first word.
import { DATA_DIR } from './actor-lexicon.js';
import { fail, readTsv, type TsvRow } from './tsv.js';

export const CUE_CLASSES = ['speech', 'writing', 'statement', 'evaluation', 'belief', 'evidence', 'denial', 'question', 'promise'] as const;
export const CUE_FRAMES = ['direct', 'clause', 'that', 'object', 'np', 'np-quote', 'prep', 'to', 'passive', 'raising', 'adjective', 'noun', 'experiencer'] as const;
export const NOUN_COMPLEMENTS = ['that', 'to', 'of', 'about', 'on', 'for'] as const;
export const CLAIM_FLAGS = ['false', 'disputed', 'unverified'] as const;
export const CLAIM_SCOPES = ['adverb', 'clause', 'adjective', 'verb', 'noun'] as const;

export type CueClass = (typeof CUE_CLASSES)[number];
export type CueFrame = (typeof CUE_FRAMES)[number];
export type NounComplement = (typeof NOUN_COMPLEMENTS)[number];
export type ClaimFlag = (typeof CLAIM_FLAGS)[number];
export type ClaimScope = (typeof CLAIM_SCOPES)[number];

export interface SpeechCue {
  /** The lemma or fixed phrase: "say", "according to". */
  cue: string;
  class: CueClass;
  frames: ReadonlySet<CueFrame>;
  /** For a noun cue (frame `noun`): the words that may open its content. */
  complements?: ReadonlySet<NounComplement>;
}

export interface ClaimMarker {
  marker: string;
  flag: ClaimFlag;
  scopes: readonly ClaimScope[];
}

/** Phrases keyed by their first word, longest first, so a match is found in one look-up. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();

  add(phrase: string, value: T): void {
    const words = phrase.split(' ');
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** The longest phrase that starts at word `i` of `words` (lowercase), with its length. */
  match(words: (i: number) => string | undefined, i: number): { value: T; length: number } | null {
    const list = this.byFirst.get(words(i) ?? '');
    if (!list) return null;
    for (const p of list) {
      let k = 1;
      while (k < p.words.length && words(i + k) === p.words[k]) k++;
      if (k === p.words.length) return { value: p.value, length: k };
    }
    return null;
  }
}

export interface SpeechLexicon {
  forms: PhraseIndex<SpeechCue>;
  /** Noun cues by form ("allegations"), each with the complements that carry its content. */
  nouns: ReadonlyMap<string, SpeechCue>;
  size: number;
}

export interface ClaimLexicon {
  markers: PhraseIndex<ClaimMarker>;
  /** Nouns that name a claim ("allegations"), which adjective markers attach to. */
  claimNouns: ReadonlySet<string>;
  size: number;
}

function oneOf<T extends string>(file: string, row: TsvRow, column: string, allowed: readonly T[]): T[] {
  const values = row.list(column);
  if (values.length === 0) fail(file, row.line, `column ${column} is empty; expected one of ${allowed.join(', ')}`);
  for (const v of values) {
    if (!allowed.includes(v as T)) fail(file, row.line, `${column} "${v}" is not one of ${allowed.join(', ')}`);
  }
  return values as T[];
}

function key(file: string, row: TsvRow, column: string, seen: Set<string>): string {
  const k = row.get(column);
  if (!k || k !== k.toLowerCase() || /\s{2,}/.test(k)) fail(file, row.line, `${column} must be lowercase words separated by single spaces, found "${k}"`);
  if (seen.has(k)) fail(file, row.line, `${column} "${k}" appears twice`);
  seen.add(k);
  return k;
}

/** Reads speech-verbs.tsv and speech-nouns.tsv (or a user's files in the same formats). */
export function loadSpeechLexicon(file = `${DATA_DIR}speech-verbs.tsv`, nounFile = `${DATA_DIR}speech-nouns.tsv`): SpeechLexicon {
  const forms = new PhraseIndex<SpeechCue>();
  const seen = new Set<string>();
  const seenForms = new Set<string>();
  let size = 0;
  for (const row of readTsv(file, ['cue', 'forms', 'class', 'frames'])) {
    const cue = key(file, row, 'cue', seen);
    const entry: SpeechCue = {
      cue,
      class: oneOf(file, row, 'class', CUE_CLASSES)[0]!,
      frames: new Set(oneOf(file, row, 'frames', CUE_FRAMES)),
    };
    const list = row.list('forms');
    if (list.length === 0) fail(file, row.line, 'column forms is empty; expected the inflected forms, separated by |');
    for (const f of list) {
      if (f !== f.toLowerCase() || seenForms.has(f)) fail(file, row.line, `form "${f}" must be lowercase and appear once in the file`);
      seenForms.add(f);
      forms.add(f, entry);
    }
    size++;
  }
  return { forms, nouns: loadSpeechNouns(nounFile), size };
}

function loadSpeechNouns(file: string): Map<string, SpeechCue> {
  const nouns = new Map<string, SpeechCue>();
  const seen = new Set<string>();
  for (const row of readTsv(file, ['noun', 'forms', 'complements'])) {
    const cue = key(file, row, 'noun', seen);
    const entry: SpeechCue = { cue, class: 'statement', frames: new Set(['noun']), complements: new Set(oneOf(file, row, 'complements', NOUN_COMPLEMENTS)) };
    const list = row.list('forms');
    if (list.length === 0) fail(file, row.line, 'column forms is empty; expected the forms, separated by |');
    for (const f of list) {
      if (f !== f.toLowerCase() || nouns.has(f)) fail(file, row.line, `form "${f}" must be lowercase and appear once in the file`);
      nouns.set(f, entry);
    }
  }
  return nouns;
}

/** Reads claim-markers.tsv (or a user's file in the same format). */
export function loadClaimLexicon(file = `${DATA_DIR}claim-markers.tsv`): ClaimLexicon {
  const markers = new PhraseIndex<ClaimMarker>();
  const claimNouns = new Set<string>();
  const seen = new Set<string>();
  let size = 0;
  for (const row of readTsv(file, ['marker', 'flag', 'scope'])) {
    const marker = key(file, row, 'marker', seen);
    const scopes = oneOf(file, row, 'scope', CLAIM_SCOPES);
    const flag = row.get('flag');
    if (scopes.includes('noun')) {
      if (flag !== '-' || scopes.length > 1) fail(file, row.line, `a noun row has flag "-" and scope noun alone, found ${flag} and ${scopes.join('|')}`);
      claimNouns.add(marker);
      continue;
    }
    if (!CLAIM_FLAGS.includes(flag as ClaimFlag)) fail(file, row.line, `flag "${flag}" is not one of ${CLAIM_FLAGS.join(', ')}`);
    markers.add(marker, { marker, flag: flag as ClaimFlag, scopes });
    size++;
  }
  return { markers, claimNouns, size };
}

let speech: SpeechLexicon | undefined;
let claims: ClaimLexicon | undefined;

/** The lexicon that ships with newsgraph, read once per process. */
export function defaultSpeechLexicon(): SpeechLexicon {
  speech ??= loadSpeechLexicon();
  return speech;
}

export function defaultClaimLexicon(): ClaimLexicon {
  claims ??= loadClaimLexicon();
  return claims;
}
