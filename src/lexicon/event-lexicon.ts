// The event lexicon: the CAMEO codebook (names, Goldstein values, quad classes, PLOVER
// types) and the verb and noun patterns that select a code, indexed by their head word.
import { fail, readTsv } from './tsv.js';
import { DATA_DIR } from './actor-lexicon.js';

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  quad: 1 | 2 | 3 | 4;
  plover: string | null;
  mode: string | null;
}

export interface EventPattern {
  code: string;
  /**
   * Canonical lemmas; '~T' marks the target slot. The first word is the head. '_' between two
   * words (peer dictionaries' "REAL_PLEASANT") says the second must follow the first directly.
   */
  words: string[];
  kind: 'verb' | 'noun';
  /** Where it comes from: `cameo-verbs.tsv:42`, for `explain` and the record's `rule`. */
  id: string;
  text: string;
  /** A reciprocal code ("[032:033]" in PETRARCH dictionaries): the target does it back to the source. */
  reverse?: string;
  /**
   * Words that must stand before the head, in order ("did n't" in PETRARCH's `- DID_N'T * OVER`);
   * `_` between two of them means they touch, else up to a few words may come between.
   */
  before?: string[];
  /**
   * PETRARCH's compound marker `%`: 'source' (before the verb) matches only a subject of two or
   * more actors, who then act on each other; 'target' (after it) only a slot of two or more.
   */
  compound?: 'source' | 'target';
  /**
   * PETRARCH's `+ WAS * DEAD IN $`: the subject before the verb is the target, and the actor
   * in the slot (~T) after it the source.
   */
  reversed?: boolean;
  /**
   * A peer dictionary's pattern (PETRARCH, TABARI): its words may stand further apart, with
   * any words between them inside the clause, as those coders match a verb phrase; an actor
   * passed over on the way is the target when the pattern's slot holds none.
   */
  loose?: boolean;
  /**
   * From a peer dictionary: with no actor in its slot, the first actor of the verb phrase is the
   * target even when it is the subject of a complement ("allowed that Chile is ..."), as
   * PETRARCH and TABARI read the phrase the dictionary was written for.
   */
  peer?: boolean;
  /**
   * PETRARCH matches the words around the verb as written ("RESOLUTION" is not "resolutions"),
   * where TABARI matches stems; the verb itself comes with its listed forms.
   */
  exact?: boolean;
}

/** Words a pattern asks for, the head and the words before it included: longer patterns are tried first. */
export function patternLength(p: EventPattern): number {
  let n = LENGTHS.get(p);
  if (n === undefined) {
    n = p.words.filter((w) => w !== '_').length + (p.before?.filter((w) => w !== '_').length ?? 0) + (p.compound ? 1 : 0);
    LENGTHS.set(p, n);
  }
  return n;
}

// Patterns are made once and read for every verb of every article: their length is counted once.
const LENGTHS = new WeakMap<EventPattern, number>();

export interface EventLexicon {
  codes: Map<string, CameoCode>;
  /** Patterns by head word, longest first. */
  verbs: Map<string, EventPattern[]>;
  nouns: Map<string, EventPattern[]>;
  /** By root of an act: the codes of declaring it (intent or threat) and of refusing it. Absent: not coded. */
  intents?: Map<string, Intent>;
}

/** What CAMEO codes for a declared act of one root: declared, refused, or (for force) offered. */
export interface Intent {
  intent: string | null;
  refusal: string | null;
  /** "offered to send troops": force offered to someone, not threatened (0332, intent to provide military aid). */
  offer?: string | null;
}

/** Reads cameo-intent.tsv; every code must exist in the codebook. */
export function loadIntents(file: string, codes: Map<string, CameoCode>): Map<string, Intent> {
  const out = new Map<string, Intent>();
  for (const r of readTsv(file, ['root', 'intent', 'refusal'])) {
    const [intent, refusal, offer] = [r.get('intent') || null, r.get('refusal') || null, r.get('offer') || null];
    for (const c of [intent, refusal, offer]) if (c && !codes.has(c)) fail(file, r.line, `unknown CAMEO code "${c}" (not in the codebook)`);
    if (!/^\d{2}$/.test(r.get('root'))) fail(file, r.line, `a root is two digits, found "${r.get('root')}"`);
    out.set(r.get('root'), offer ? { intent, refusal, offer } : { intent, refusal });
  }
  return out;
}

/** One spelling for British and American forms: "criticise" and "criticize" → "criticize". */
export function canon(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our$/, 'or')
    .replace(/^defence$/, 'defense')
    .replace(/^dialogue$/, 'dialog')
    .replace(/^offence$/, 'offense');
}

export function loadCodes(file = DATA_DIR + 'cameo-codes.tsv'): Map<string, CameoCode> {
  const codes = new Map<string, CameoCode>();
  for (const r of readTsv(file, ['code', 'name', 'goldstein', 'quad', 'plover'])) {
    const quad = Number(r.get('quad'));
    const goldstein = Number(r.get('goldstein'));
    if (!/^\d{2,4}$/.test(r.get('code')) || ![1, 2, 3, 4].includes(quad) || !Number.isFinite(goldstein)) {
      fail(file, r.line, `expected a CAMEO code, a Goldstein number and a quad class 1-4, found "${r.get('code')}", "${r.get('goldstein')}", "${r.get('quad')}"`);
    }
    codes.set(r.get('code'), {
      code: r.get('code'), name: r.get('name'), goldstein, quad: quad as CameoCode['quad'], plover: r.get('plover') || null, mode: r.get('mode') || null,
    });
  }
  return codes;
}

/** Reads a pattern file; every code must exist in the codebook. */
export function loadPatterns(file: string, kind: 'verb' | 'noun', codes: Map<string, CameoCode>): Map<string, EventPattern[]> {
  const index = new Map<string, EventPattern[]>();
  const name = file.split('/').pop();
  for (const r of readTsv(file, ['code', 'pattern'])) {
    // "042:043": the act, and the one the target does back to the source (a visit is hosted).
    const [code = '', reverse] = r.get('code').split(':');
    for (const c of [code, reverse]) if (c !== undefined && !codes.has(c)) fail(file, r.line, `unknown CAMEO code "${c}" (not in the codebook)`);
    const words = r.get('pattern').split(/\s+/).filter(Boolean).map((w) => (w === '~T' ? w : canon(w)));
    if (words.length === 0 || words[0] === '~T') fail(file, r.line, `a pattern starts with its head word, found "${r.get('pattern')}"`);
    if (reverse && !words.includes('~T')) fail(file, r.line, `a reciprocal code (${r.get('code')}) needs a target slot ~T in the pattern`);
    addPattern(index, { code, words, kind, id: `${name}:${r.line}`, text: r.get('pattern'), ...(reverse ? { reverse } : {}) });
  }
  for (const list of index.values()) list.sort((a, b) => patternLength(b) - patternLength(a));
  return index;
}

export function addPattern(index: Map<string, EventPattern[]>, p: EventPattern): void {
  const list = index.get(p.words[0]!);
  if (list) list.push(p);
  else index.set(p.words[0]!, [p]);
}

let shared: EventLexicon | undefined;

/** The shipped event lexicon, loaded once per process. */
export function defaultEventLexicon(): EventLexicon {
  if (!shared) {
    const codes = loadCodes();
    shared = {
      codes,
      verbs: loadPatterns(DATA_DIR + 'cameo-verbs.tsv', 'verb', codes),
      nouns: loadPatterns(DATA_DIR + 'cameo-nouns.tsv', 'noun', codes),
      intents: loadIntents(DATA_DIR + 'cameo-intent.tsv', codes),
    };
  }
  return shared;
}
