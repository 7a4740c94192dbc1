// Matches the patterns of one head word at a trigger token: pattern words in order with
// modifiers skipped, and the target slot filled by an actor (and those coordinated with it).
import type { Doc } from '../../doc/doc.js';
import { canon, patternLength, type EventLexicon, type EventPattern } from '../../lexicon/event-lexicon.js';
import type { ActorIndex, ActorMention } from './actor-index.js';
import { unique } from './clause.js';

export interface PatternMatch {
  pattern: EventPattern;
  /** Last token the pattern consumed. */
  end: number;
  targets: ActorMention[];
  /** The slot's noun phrase when it names no known actor ("the detained president"). */
  phrase?: [number, number];
  /** True when no pattern matched and the verb's plain "VERB ~T" pattern stood in. */
  fallback?: boolean;
}

/** A token's base forms; `vocabulary`, when given, holds every word the lexicon's patterns ask for after their head. */
export interface Forms {
  (token: number): string[];
  vocabulary?: ReadonlySet<string>;
}

const SKIP_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART']);
const MAX_SKIP = 3;
const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);
const NUMBER_WORDS = /^(dozens?|scores|hundreds|thousands|millions|billions)$/i;
const HEDGES = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'more', 'less', 'than', 'up', 'at', 'least', 'an', 'additional', 'another', 'a', 'further', 'extra', 'total', 'of']);
const MAX_TARGETS = 60;
const QUANTIFIERS = new Set(['some', 'all', 'most', 'part', 'many', 'much', 'several', 'none', 'each', 'any', 'half', 'rest', 'bulk', 'majority', 'remainder', 'thousands', 'hundreds', 'dozens']);
export const POSSESSIVES = new Set(['their', 'its', 'his', 'her']);
const CONTAINERS = new Set([
  'package', 'packages', 'round', 'rounds', 'set', 'sets', 'raft', 'batch', 'batches', 'wave', 'waves', 'series', 'shipment', 'shipments',
  'consignment', 'consignments', 'tranche', 'tranches', 'slew', 'host', 'range', 'string', 'barrage', 'flurry', 'volley', 'salvo', 'bundle', 'list',
]);
const PLACE_PREPS = new Set(['in', 'near', 'at', 'outside', 'inside', 'around', 'across', 'along', 'into', 'within', 'throughout']);

/**
 * The longest pattern that matches after `trigger`. In the passive the target slot is
 * dropped (the target is the subject). A slot that holds no actor is tried last, and then
 * gives a match without target.
 */
export function matchPatterns(
  doc: Doc, actors: ActorIndex, trigger: number, patterns: EventPattern[], forms: Forms, passive: boolean, limit: number, first = 0, subjects = 1,
): PatternMatch | null {
  const written: Forms = (k) => [canon(doc.tokens.value[k]!.toLowerCase())];
  // PETRARCH's %: a compound subject or object, two actors or more.
  const usable = (p: EventPattern): boolean => !(p.compound === 'source' && (subjects < 2 || passive));
  let candidates = patterns;
  if (patterns.length >= WINDOW_FILTER) {
    const present = formIndex(doc, forms);
    const reach = limit + ACTOR_REACH;
    candidates = patterns.filter((p) => literalsOf(p).every((w) => occursIn(present, w, trigger + 1, reach)));
  }
  // Longer patterns first (they are sorted so); within one length, an actor in the slot first.
  for (let a = 0; a < candidates.length; ) {
    const length = patternLength(candidates[a]!);
    let b = a + 1;
    while (b < candidates.length && patternLength(candidates[b]!) === length) b++;
    for (const strict of [true, false]) {
      for (let k = a; k < b; k++) {
        const p = candidates[k]!;
        const f = p.exact ? written : forms;
        if (p.before && !matchBefore(doc, trigger, p.before, f, first)) continue;
        if (!usable(p)) continue;
        const words = p.words.slice(1);
        // A reversed pattern ("+ WAS * DEAD IN $") keeps its slot: it holds the source.
        if (passive && !p.reversed) {
          const slot = words.indexOf('~T');
          if (slot >= 0) words.splice(slot, 1);
        }
        const m = matchWords(doc, actors, trigger + 1, words, f, strict, limit, p.loose === true);
        if (m && p.compound === 'target' && !passive && m.targets.length < 2) continue;
        if (m) return { pattern: p, ...m };
      }
    }
    a = b;
  }
  return null;
}

// A head with many patterns ("said", "meet") first checks that each pattern's words occur at
// all in the reach of the match: every word after the head is matched through `forms` at a
// token no further than the limit, or up to ACTOR_REACH tokens into an actor's phrase.
const WINDOW_FILTER = 4;
const ACTOR_REACH = 4;

const INDEXES = new WeakMap<Forms, Map<string, number[]>>();

/**
 * The tokens of the document that have each form, in order (only the forms of the patterns'
 * vocabulary, when `forms` knows it); made once per document (per `forms`).
 */
function formIndex(doc: Doc, forms: Forms): Map<string, number[]> {
  let index = INDEXES.get(forms);
  if (!index) {
    index = new Map();
    const vocabulary = forms.vocabulary;
    for (let k = 0; k < doc.size; k++) {
      for (const f of vocabulary ? inVocabulary(forms(k), vocabulary) : forms(k)) {
        const list = index.get(f);
        // A token's forms are distinct, so each list grows in token order without repeats.
        if (!list) index.set(f, [k]);
        else list.push(k);
      }
    }
    INDEXES.set(forms, index);
  }
  return index;
}

const KNOWN = new WeakMap<ReadonlySet<string>, WeakMap<readonly string[], readonly string[]>>();

/** The forms that are in the vocabulary; once per word (a word's forms are one cached array, word-forms.ts). */
function inVocabulary(forms: readonly string[], vocabulary: ReadonlySet<string>): readonly string[] {
  let byForms = KNOWN.get(vocabulary);
  if (!byForms) KNOWN.set(vocabulary, (byForms = new WeakMap()));
  let known = byForms.get(forms);
  if (!known) byForms.set(forms, (known = forms.filter((f) => vocabulary.has(f))));
  return known;
}

/** Whether a token from..to has the form `w`. */
function occursIn(index: Map<string, number[]>, w: string, from: number, to: number): boolean {
  const list = index.get(w);
  if (!list) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! <= to;
}

const LITERALS = new WeakMap<EventPattern, string[]>();

const VOCABULARIES = new WeakMap<EventLexicon, Set<string>>();

/** Every word the lexicon's verb and noun patterns ask for after their heads; made once per lexicon. */
export function patternVocabulary(lex: EventLexicon): ReadonlySet<string> {
  let out = VOCABULARIES.get(lex);
  if (!out) {
    out = new Set();
    for (const index of [lex.verbs, lex.nouns]) for (const list of index.values()) for (const p of list) for (const w of literalsOf(p)) out.add(w);
    VOCABULARIES.set(lex, out);
  }
  return out;
}

/** The words a pattern wants after its head, without its slots and joins. */
function literalsOf(p: EventPattern): string[] {
  let out = LITERALS.get(p);
  if (!out) {
    out = p.words.slice(1).filter((w) => w !== '_' && w !== '~T' && w !== '~S');
    LITERALS.set(p, out);
  }
  return out;
}

const BEFORE_GAP = 3;

/**
 * The words a pattern wants before its head ("did n't" + "clash"), matched right to left: a
 * few words may stand between them and between the last of them and the head, none between
 * two words joined by "_".
 */
function matchBefore(doc: Doc, trigger: number, before: string[], forms: Forms, first: number): boolean {
  const t = doc.tokens;
  let j = trigger - 1;
  let touching = false;
  for (let w = before.length - 1; w >= 0; w--) {
    const word = before[w]!;
    if (word === '_') {
      touching = true;
      continue;
    }
    const stop = Math.max(first, touching ? j : j - BEFORE_GAP);
    let k = j;
    while (k >= stop && !(t.value[k]!.toLowerCase() === word || forms(k).includes(word))) k--;
    if (k < stop) return false;
    j = k - 1;
    touching = false;
  }
  return true;
}

function matchWords(
  doc: Doc, actors: ActorIndex, from: number, words: string[], forms: Forms, strict: boolean, limit: number, loose = false,
): Omit<PatternMatch, 'pattern'> | null {
  let pos = from;
  let end = from - 1;
  let targets: ActorMention[] = [];
  let phrase: [number, number] | undefined;
  let passed: ActorMention[] = [];
  let touch = false;
  for (const w of words) {
    if (w === '_') {
      touch = true;
      continue;
    }
    // "* REAL_PLEASANT": a word joined to the one before must be the very next token.
    if (touch) {
      touch = false;
      if (pos > limit || !forms(pos).includes(w)) return null;
      pos++;
      end = pos - 1;
      continue;
    }
    if (w === '~T') {
      // "allowed that Chile is ...": a peer dictionary's slot takes the first actor of the verb
      // phrase, as PETRARCH does, so a complementizer is passed over.
      const at = loose && doc.tokens.value[pos]?.toLowerCase() === 'that' && targetsAt(doc, actors, pos + 1).length ? pos + 1 : pos;
      const slot = fillSlot(doc, actors, at, strict, limit);
      if (!slot) return null;
      targets = slot.targets;
      if (!targets.length) phrase = [pos, slot.next - 1];
      pos = slot.next;
      end = pos - 1;
      continue;
    }
    if (w === '~S') {
      // PETRARCH's "^": one noun phrase (an actor's name, or words of a noun phrase) is passed over.
      let k = pos;
      while (k <= limit && k - pos < 6 && (actors.covering(k).length > 0 || inNounPhrase(doc, k))) k++;
      if (k === pos) return null;
      pos = k;
      continue;
    }
    let k = nextWord(doc, actors, pos, w, forms, limit);
    if (k < 0 && loose) {
      k = looseWord(doc, pos, w, forms, limit);
      if (k >= 0 && !passed.length) passed = firstActorIn(doc, actors, pos, k - 1);
    }
    if (k < 0) return null;
    // "accepted Syrian refugees": with no slot, an actor whose phrase holds the pattern's word is its target.
    // An actor with no country ("police officers" for "deploy police") is what is acted with, not on.
    if (!passed.length && !words.includes('~T')) passed = actors.covering(k).filter((a) => a.first >= pos && a.kind !== 'pronoun' && a.country);
    pos = k + 1;
    end = k;
  }
  // "conceded that Chile is not a very easy neighbour": the actor the pattern passed over is its target.
  if (!targets.length && passed.length) return { end, targets: passed };
  return phrase ? { end, targets, phrase } : { end, targets };
}

const LOOSE_REACH = 8;

/** A dictionary pattern's next word further on in the clause: any words between, no clause punctuation. */
function looseWord(doc: Doc, pos: number, w: string, forms: Forms, limit: number): number {
  const t = doc.tokens;
  for (let k = pos; k <= limit && k - pos <= LOOSE_REACH; k++) {
    if (/^[,;:.!?()—]$/.test(t.value[k]!)) return -1;
    if (forms(k).includes(w)) return k;
  }
  return -1;
}

function firstActorIn(doc: Doc, actors: ActorIndex, from: number, to: number): ActorMention[] {
  for (let k = from; k <= to; k++) {
    const here = targetsAt(doc, actors, k).filter((a) => a.first === k);
    if (here.length) return here;
  }
  return [];
}

/**
 * The actors at token `k` that can be a target: not a possessive determiner ("criticized their
 * meeting"), not a weapon with no country ("sold tanks to India").
 */
export function targetsAt(doc: Doc, actors: ActorIndex, k: number): ActorMention[] {
  const possessive = POSSESSIVES.has(doc.tokens.value[k]!.toLowerCase());
  return actors.covering(k).filter((a) => !a.hardware && !(possessive && a.kind === 'pronoun'));
}

function nextWord(doc: Doc, actors: ActorIndex, pos: number, w: string, forms: Forms, limit: number): number {
  const t = doc.tokens;
  for (let k = pos, skipped = 0; k <= limit && skipped <= MAX_SKIP; k++, skipped++) {
    // "agreed on Wednesday to ...": a date and its preposition are passed over, never the pattern's "on".
    const dated = actors.isDate(k) || (t.pos[k] === 'ADP' && actors.isDate(k + 1));
    if (forms(k).includes(w) && !dated) return k;
    // "accepted Syrian refugees": the pattern's noun may be the head of an actor's phrase.
    const inside = wordInActor(actors, k, w, forms);
    if (inside >= 0) return inside;
    // "provided $2 million in aid", "sent over 13 tonnes of medicine": an amount, the words
    // that hedge it and its "in"/"of" are passed over whole.
    if (!actors.isAmount(k) && (actors.isAmount(k + 1) || (actors.isAmount(k + 2) && t.value[k + 1] === 'than')) && HEDGES.has(t.value[k]!.toLowerCase())) {
      skipped--;
      continue;
    }
    if (actors.isAmount(k)) {
      // "accepted 40,000 refugees": the pattern's own word may end the amount.
      while (k + 1 <= limit && actors.isAmount(k + 1) && !forms(k + 1).includes(w)) k++;
      if (['in', 'of', 'worth'].includes(t.value[k + 1]?.toLowerCase() ?? '') && w !== t.value[k + 1]!.toLowerCase()) k++;
      skipped--;
      continue;
    }
    // Words that do not use up the skip allowance: numbers ("more than three dozen raids"),
    // hyphens and quotation marks around a modifier ('their "rock-solid" alliance'), modifier
    // and coordinated nouns ("a landmark data-sharing agreement", "food and medicine").
    // "complete, full ties": a comma between two adjectives is free too.
    // "withdrew some of its troops": the "of" of a quantifier is free too.
    // "a new package of sanctions", "a consignment of medicine": a container noun and its "of" are free too.
    const container = (CONTAINERS.has(t.value[k]!.toLowerCase()) && t.value[k + 1] === 'of') || (t.value[k] === 'of' && CONTAINERS.has(t.value[k - 1]?.toLowerCase() ?? ''));
    const free = t.pos[k] === 'NUM' || adjectiveComma(doc, k) || (t.value[k] === 'of' && QUANTIFIERS.has(t.value[k - 1]?.toLowerCase() ?? '')) || container || t.value[k] === '-' || QUOTE_MARKS.has(t.value[k]!) || NUMBER_WORDS.test(t.value[k]!) ||
      (t.value[k] === 'than' && /^(more|less|fewer)$/i.test(t.value[k - 1] ?? '')) || nounModifier(doc, actors, k) || coordinatedNoun(doc, actors, k);
    // "eased a curfew ordered on ...": a participle may trail the noun it modifies.
    const participle = t.pos[k] === 'VERB' && /ed$/.test(t.value[k]!) && t.pos[k - 1] === 'NOUN';
    // "a multi-pronged attack": a hyphenated word is a modifier whatever its tag.
    const hyphenated = t.value[k]!.length > 2 && t.value[k]!.includes('-') && !actors.covering(k).length;
    // "opened its borders today to": a date phrase between pattern words is passed over.
    const skippable = free || SKIP_POS.has(t.pos[k]!) || dated || (t.pos[k] === 'PROPN' && !actors.covering(k).length) || doc.words[k] === "'s" ||
      t.value[k - 1] === '-' || t.value[k + 1] === '-' || participle || hyphenated;
    if (!skippable) return -1;
    if (free || t.value[k] === 'than') skipped--;
    // "thousands of refugees": the "of" after a number word goes with it.
    if (NUMBER_WORDS.test(t.value[k]!) && t.value[k + 1] === 'of' && w !== 'of') k++;
  }
  return -1;
}

/** The token of an actor's phrase starting at `k` that is the pattern word `w`, or -1. */
function wordInActor(actors: ActorIndex, k: number, w: string, forms: Forms): number {
  for (const a of actors.startingAt(k)) {
    for (let j = a.last; j > k && j - k <= 4; j--) if (forms(j).includes(w)) return j;
  }
  return -1;
}

/** "gave food and medicine to": "and" (or a comma) between two nouns, and the noun after it. */
function coordinatedNoun(doc: Doc, actors: ActorIndex, k: number): boolean {
  const t = doc.tokens;
  const joiner = (j: number): boolean => t.value[j] === ',' || t.pos[j] === 'CCONJ';
  if (actors.covering(k).length) return false;
  if (joiner(k)) return t.pos[k - 1] === 'NOUN' && ['NOUN', 'ADJ', 'DET'].includes(t.pos[k + 1]!) && !actors.covering(k + 1).length;
  // The first noun of the pair ("photographs and other intelligence") or the one after the joiner.
  return t.pos[k] === 'NOUN' && ((joiner(k - 1) && t.pos[k - 2] === 'NOUN') || (joiner(k + 1) && ['NOUN', 'ADJ', 'DET'].includes(t.pos[k + 2]!)));
}

/** "a landmark data-sharing agreement": a noun that modifies the noun after it (no actor). */
function nounModifier(doc: Doc, actors: ActorIndex, k: number): boolean {
  const t = doc.tokens;
  const gerund = t.pos[k] === 'VERB' && /ing$/.test(t.value[k]!) && t.pos[k - 1] === 'NOUN';
  if ((t.pos[k] !== 'NOUN' && !gerund) || actors.covering(k).length) return false;
  const next = t.pos[k + 1];
  // "his gardener's license": a possessor noun before the head.
  if (/^['’]s$/.test(t.value[k + 1] ?? '') && t.pos[k] === 'NOUN') return true;
  return next === 'NOUN' || ((next === 'ADJ' || (next === 'VERB' && /ing$/.test(t.value[k + 1]!))) && t.pos[k + 2] === 'NOUN');
}

function fillSlot(doc: Doc, actors: ActorIndex, from: number, strict: boolean, limit: number): { targets: ActorMention[]; next: number } | null {
  const t = doc.tokens;
  // "vetoed on Friday a resolution": a date phrase before the object is passed over.
  let pos = from;
  if (t.pos[pos] === 'ADP' && actors.isDate(pos + 1)) pos++;
  while (pos <= limit && actors.isDate(pos)) pos++;
  for (let k = pos, skipped = 0; k <= limit && skipped <= 4; k++, skipped++) {
    if (actors.isDate(k)) break;
    const here = targetsAt(doc, actors, k);
    if (here.length) {
      const targets = coordinatedRight(doc, actors, here, limit);
      return { targets, next: Math.max(...targets.map((a) => a.last)) + 1 };
    }
    if (!inNounPhrase(doc, k)) break;
  }
  if (strict) return null;
  // "condemned a raid by Peruvian troops": an actor inside the object's own phrase is the
  // target, as PETRARCH codes it; the search stops at the next verb or clause punctuation.
  for (let k = pos; k <= limit && k - pos <= 8; k++) {
    // A place phrase ("positions near Bakhmut", "the coup in Niger") says where, not whom.
    if (t.pos[k] === 'VERB' || (t.value[k] === ',' && !adjectiveComma(doc, k)) || t.value[k] === ';' || t.pos[k] === 'SCONJ' || PLACE_PREPS.has(t.value[k]!.toLowerCase())) break;
    const here = targetsAt(doc, actors, k);
    if (here.length && k > pos) {
      const targets = coordinatedRight(doc, actors, here, limit);
      return { targets, next: Math.max(...targets.map((a) => a.last)) + 1 };
    }
  }
  // A slot with no actor ("criticised the invasion"): skip the noun phrase, keep no target.
  let k = pos;
  let lastNoun = -1;
  while (k <= limit && k - pos < 8 && !actors.isDate(k) && inNounPhrase(doc, k)) {
    if (t.pos[k] === 'NOUN' || t.pos[k] === 'PROPN') lastNoun = k;
    else if (lastNoun >= 0 && t.pos[k] !== 'ADJ' && t.value[k] !== '-') break;
    k++;
  }
  return lastNoun >= 0 ? { targets: [], next: lastNoun + 1 } : null;
}

/** "complete, full ties": a comma between two adjectives stays inside the noun phrase. */
function adjectiveComma(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return t.value[k] === ',' && t.pos[k - 1] === 'ADJ' && (t.pos[k + 1] === 'ADJ' || (t.pos[k + 1] === 'ADV' && t.pos[k + 2] === 'ADJ'));
}

/** Words that can stand inside a noun phrase before its head: "a Japanese-drafted U.N. resolution". */
function inNounPhrase(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  const pos = t.pos[k]!;
  // "war-torn": the parts of a hyphenated modifier, whatever their tags.
  return SKIP_POS.has(pos) || pos === 'NOUN' || pos === 'PROPN' || t.value[k] === '-' || (pos === 'VERB' && /ed$/.test(t.value[k]!)) ||
    (t.value[k - 1] === '-' && t.start[k] === t.end[k - 1]) || (t.value[k + 1] === '-' && t.end[k] === t.start[k + 1]);
}

/** "sanctions on Iran and Syria": the actors joined by "and" or commas after the first. */
export function coordinatedRight(doc: Doc, actors: ActorIndex, found: ActorMention[], limit: number): ActorMention[] {
  const t = doc.tokens;
  const out = unique(found);
  let last = Math.max(...found.map((a) => a.last));
  while (out.length < MAX_TARGETS) {
    let k = last + 1;
    if (k > limit || !(t.value[k]!.toLowerCase() === 'and' || (t.value[k] === ',' && t.value[k + 2]?.toLowerCase() !== 'which'))) break;
    k++;
    while (k <= limit && k - last <= 4 && !actors.covering(k).length && (t.pos[k] === 'DET' || t.pos[k] === 'ADJ')) k++;
    const more = k <= limit ? actors.startingAt(k).filter((a) => !a.hardware) : [];
    if (!more.length) break;
    // "Peru, Chile's ministry said": a comma joins a list only when "and" or another comma follows.
    const after = t.value[Math.max(...more.map((a) => a.last)) + 1]?.toLowerCase();
    if (t.value[last + 1] === ',' && after !== ',' && after !== 'and' && after !== 'or') break;
    for (const a of more) if (!out.some((o) => o.entity === a.entity)) out.push(a);
    last = Math.max(...more.map((a) => a.last));
  }
  return out;
}
