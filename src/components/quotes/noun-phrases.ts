// Shallow noun phrases on wink's POS tags, for speakers: the subject before a cue ("Russian
// President Vladimir Putin", "an aide close to the talks"), the speaker after an
// inverted cue ("said Maria Okafor"), and the appositive or relative clause that describes it.
import type { Doc } from '../../doc/doc.js';
import { PERIODICALS, POSSESSIVES, wordAt } from './cues.js';
import { asideOpening } from './asides.js';
import { closingParen, dateTokens, isParticipleWord, isQuoteMark, nameAwareTags, PRONOMINAL } from './token-tags.js';
import { holdsClause, holdsVerb, isClause } from './clause-tests.js';
import { ownerChainStart, partitiveStart } from './subject-links.js';

export { dateTokens, isDateToken, isParticipleWord, isQuoteMark, nameAwareTags } from './token-tags.js';

export interface TokenSpan {
  first: number;
  last: number;
}

export interface SpeakerPhrase {
  core: TokenSpan;
  /** ", a professor at ...," or ", who researches ...": what the text says about the speaker. */
  description: TokenSpan | null;
}

const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
/** The longest parenthesis kept in a speaker's name: "(R-Ore.)". */
const SHORT_PAREN = 6;
const RELATIVE = new Set(['who', 'which', 'that']);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);
/** Determiners that stand alone as a subject: "Another said ...", "Both said ...". */
const INNER_ADP = new Set(['of', 'for', 'from']);
const PLACE_ADP = new Set(['in', 'at', 'by']);
/** Adverbs that open a noun phrase: "more national polls", "only 28". */
const QUANTIFIERS = new Set(['more', 'most', 'only', 'nearly', 'almost', 'about', 'roughly', 'fewer', 'less', 'many', 'which']);
const COMPARATIVES = new Set(['more', 'fewer', 'less']);
/** Prepositional phrases between a subject and its verb that are not part of it: "Trump in the past has ...". */
const ADJUNCT_ADP = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'for']);
/** Prepositions that never open a clause: the phrase after one is its object ("with a sly grin"). */
const OBJECT_ADP = new Set(['in', 'on', 'at', 'with', 'by', 'from', 'under', 'through', 'into', 'without']);
/** Prepositions that join a name to the speaker after an inverted cue: "said Ana Ruiz at Harbor Capital". */
const NAME_PREPOSITIONS = new Set(['of', 'at', 'in', 'on', 'for', 'from', 'with', 'by']);
/** Nouns of an adjunct of time after a subject: "X in the past has", "officials in recent weeks". */
const TIME_NOUNS = new Set(['past', 'meantime', 'end', 'time', 'days', 'weeks', 'months', 'years', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'interview', 'statement']);
/** Words that open an appositive or a relative clause after a name. */
const DESCRIPTION_OPENERS = new Set(['who', 'a', 'an', 'the', 'whose', 'one', 'another', 'which', 'in', 'at', 'of', 'from', 'then', 'now', 'also', 'both', 'once', 'himself', 'herself']);
const DESCRIPTION_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET']);
const MAX_NP = 14;
const DATE_LEADS = new Set(['on', 'last', 'in', 'this', 'earlier']);
const MAX_APPOSITIVE = 40;
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Prepositions that open an adverbial aside between a subject and its verb ("Vale, despite ..., said"), never a description. */
const ASIDE_ADP = new Set(['despite', 'during', 'amid', 'after', 'before', 'following', 'throughout', 'unlike', 'like']);
/** Prepositions after a modifier of the subject: "familiar with", "briefed on", "privy to". */
const MODIFIER_ADP = new Set(['with', 'on', 'to', 'about', 'by', 'in', 'from']);


export class Phrases {
  readonly dates: Uint8Array;
  readonly tags: string[];

  /** Tokens inside an entity mention that names its entity. */
  readonly names: Uint8Array;

  constructor(private readonly doc: Doc, names: Uint8Array = new Uint8Array(doc.size)) {
    this.names = names;
    this.dates = dateTokens(doc);
    this.tags = nameAwareTags(doc, names);
  }

  pos(i: number): string {
    return this.tags[i] ?? '';
  }

  /** `pos` as a function value, for the helpers in clause-tests.ts. */
  private readonly at = (i: number): string => this.pos(i);

  /** A word that can open an appositive or relative clause: "a professor at ...", "who researches", "24". */
  opensDescription(i: number): boolean {
    const w = wordAt(this.doc, i) ?? '';
    return DESCRIPTION_OPENERS.has(w) || POSSESSIVES.has(w) || DESCRIPTION_POS.has(this.pos(i)) || (this.pos(i) === 'ADP' && wordAt(this.doc, i + 1) === 'whom'); // "X, for whom Y worked, said"
  }

  /** A token that can end a noun phrase (its head). */
  isHead(i: number): boolean {
    const p = this.pos(i);
    const w = wordAt(this.doc, i) ?? '';
    if (this.dates[i] || POSSESSIVES.has(w)) return false;
    // "the attorney general", "the secretary general": a title whose last word wink tags an adjective.
    if (w === 'general' && (this.pos(i - 1) === 'NOUN' || this.pos(i - 1) === 'PROPN')) return true;
    return p === 'PROPN' || p === 'NOUN' || p === 'NUM' || (p === 'PRON' && (PERSONAL.has(w) || RELATIVE.has(w))) || (p === 'DET' && RELATIVE.has(w)) || PRONOMINAL.has(w);
  }

  /**
   * "Ana Ruiz issues a statement", "Lind and Holm cast their votes": wink tags a verb between a
   * name and an article or possessive a noun; no noun stands there inside a phrase.
   */
  verbTaggedNoun(i: number): boolean {
    if (this.pos(i) !== 'NOUN' || this.pos(i - 1) !== 'PROPN') return false;
    const next = wordAt(this.doc, i + 1) ?? '';
    return next === 'a' || next === 'an' || next === 'the' || POSSESSIVES.has(next);
  }

  /** A token that may stand inside a noun phrase, left of its head. */
  private isInner(i: number, right: number): boolean {
    const t = this.doc.tokens;
    const p = this.pos(i);
    const w = wordAt(this.doc, i) ?? '';
    if (this.verbTaggedNoun(i)) return false;
    // "a 71-year-old mayor": wink reads "year" as a duration; inside a hyphenated compound it is a word.
    // "Sunday's survey", "last week's vote": a date that owns the phrase opens it.
    if (this.dates[i]) return this.inCompound(i) || (right > i + 1 && (wordAt(this.doc, i + 1) === "'s" || wordAt(this.doc, i + 1) === "'"));
    if (p === 'PROPN' || p === 'NOUN' || p === 'NUM' || p === 'ADJ' || p === 'DET') return !RELATIVE.has(w);
    if (POSSESSIVES.has(w)) return true;
    // "an earlier version", "a newly elected mayor": wink tags the word after the determiner an adverb.
    if (p === 'ADV' && this.pos(i - 1) === 'DET' && right > i && ['NOUN', 'ADJ', 'VERB'].includes(this.pos(i + 1))) return true;
    // "newly released records": an -ly adverb before a participle that modifies the head.
    if (this.lyAdverb(i) && right > i + 1 && this.isParticiple(i + 1, 'ed') && this.isInner(i + 1, right)) return true;
    if (w === "'s" || w === "'") return p === 'PART' || this.isHead(i - 1);
    if (w === '-' || w === '&' || w === '.' || w === '/') return t.end[i - 1] === t.start[i] || t.end[i] === t.start[i + 1];
    if (w === 'and') return this.isHead(i - 1) && right > i;
    const afterNoun = this.pos(i - 1) === 'NOUN' || this.pos(i - 1) === 'PROPN' || this.pos(i - 1) === 'NUM';
    // "many of her advisers", "some of these voters".
    if (INNER_ADP.has(w)) return (afterNoun || (w === 'of' && PRONOMINAL.has(wordAt(this.doc, i - 1) ?? ''))) && right > i;
    // "experts in employment law": a bare noun after "in" (with a determiner it is an adjunct: "Trump in the past").
    if ((w === 'in' || w === 'at') && this.isCommonNoun(i - 1) && (this.pos(i + 1) === 'NOUN' || this.pos(i + 1) === 'ADJ') && right > i) return true;
    // "more than 10 women".
    if (w === 'than') return COMPARATIVES.has(wordAt(this.doc, i - 1) ?? '') && this.pos(i + 1) === 'NUM';
    // "One teller in Texas", "a study by the Institute": a place or an author joined to a noun.
    if (PLACE_ADP.has(w)) return afterNoun && right > i && (this.pos(i + 1) === 'PROPN' || (this.pos(i + 1) === 'DET' && this.pos(i + 2) === 'PROPN'));
    // "a tax-cutting plan": a verb inside a hyphenated compound.
    if (p === 'VERB' && (t.value[i - 1] === '-' || t.value[i + 1] === '-')) return true;
    // "internal polling data", "the registered nurse": a participle between a modifier and its noun.
    // "newly released records": an -ly adverb before the participle modifies it.
    const modifier = this.pos(i - 1) === 'DET' || this.pos(i - 1) === 'ADJ' || this.lyAdverb(i - 1);
    if (p === 'VERB' && /(ing|ed)$/.test(w) && modifier && (this.pos(i + 1) === 'NOUN' || this.pos(i + 1) === 'PROPN') && right > i) return true;
    // "officials briefed on the case": a participle after its noun, before its preposition.
    if (p === 'VERB' && /(ed|en)$/.test(w)) return afterNoun && this.pos(i + 1) === 'ADP';
    return QUANTIFIERS.has(w) && right > i;
  }

  /** An -ly adverb that no subject stands before ("with newly released ...", not "Lind quickly released ..."). */
  private lyAdverb(i: number): boolean {
    return this.pos(i) === 'ADV' && (wordAt(this.doc, i) ?? '').endsWith('ly') && !SUBJECT_TAGS.has(this.pos(i - 1));
  }

  /** A common noun; wink tags one that opens a sentence ("Experts in ...") a proper noun. */
  private isCommonNoun(i: number): boolean {
    return this.pos(i) === 'NOUN' || (this.pos(i) === 'PROPN' && this.names[i] === 0 && this.opensSentence(i));
  }

  private isGerund(i: number): boolean {
    return this.pos(i) === 'VERB' && (wordAt(this.doc, i) ?? '').endsWith('ing');
  }

  private opensSentence(i: number): boolean {
    return this.doc.sentences[this.doc.sentenceOfToken(i)]?.first === i;
  }

  /** A token glued to a hyphen on either side: "71-year-old". */
  private inCompound(i: number): boolean {
    const t = this.doc.tokens;
    return (t.value[i - 1] === '-' && t.end[i - 1] === t.start[i]) || (t.value[i + 1] === '-' && t.end[i] === t.start[i + 1]);
  }

  /** The noun phrase whose head is token `last`, not reaching before `limit`. */
  npEndingAt(last: number, limit: number): TokenSpan | null {
    if (last < limit) return null;
    const head = this.doc.tokens.value[last] === ')' ? this.openParen(last, limit) : last;
    // "the daily wrote": wink reads a noun after a determiner as an adverb or adjective.
    // "his thinking": an -ing form after a possessive is a noun.
    const nounAfterDet = head !== null && (this.pos(head - 1) === 'DET' || POSSESSIVES.has(wordAt(this.doc, head - 1) ?? '')) &&
      (this.pos(head) === 'ADV' || this.pos(head) === 'ADJ' || this.isGerund(head));
    // "the respected Marovian weekly": a periodical after its modifiers (see groupStart in cues.ts).
    const periodical = head !== null && PERIODICALS.has(wordAt(this.doc, head) ?? '') && (this.pos(head - 1) === 'ADJ' || this.pos(head - 1) === 'PROPN');
    // "private polling shows": an -ing form after an adjective is a noun too.
    // "a crew listing on ...": and after a determiner and a noun.
    const compound = head !== null && this.pos(head - 1) === 'NOUN' && this.pos(head - 2) === 'DET';
    const gerund = head !== null && this.isGerund(head) && (this.pos(head - 1) === 'ADJ' || compound || (this.pos(head - 1) === 'PROPN' && this.opensSentence(head - 1) && !this.names[head - 1]));
    const partitive = head !== null && head === last ? partitiveStart(this.doc, this.at, head, limit) : last;
    if (partitive < last) return { first: partitive, last };
    if (head === null || !(this.isHead(head) || nounAfterDet || gerund || periodical)) return null;
    const w = wordAt(this.doc, head) ?? '';
    if (this.pos(head) === 'PRON' || RELATIVE.has(w)) return head === last ? { first: last, last } : null;
    let first = head;
    let ands = 0;
    let max = MAX_NP;
    let listed = false;
    while (first - 1 >= limit && last - first < max) {
      const paren = this.doc.tokens.value[first - 1] === ')' ? this.openParen(first - 1, limit) : null;
      // One "and" joins two names ("State and FBI officials"); a second is a new clause.
      if (wordAt(this.doc, first - 1) === 'and' && ++ands > 1) break;
      // "Tom Carper, Dianne Feinstein and Ben Cardin": a list of full names before the "and".
      const item = ands === 1 && this.doc.tokens.value[first - 1] === ',' && this.pos(first) === 'PROPN' ? this.listedName(first - 2, limit) : null;
      if (item !== null) {
        max += first - item;
        first = item;
        listed = true;
      } else if (listed && !this.isTitle(first - 1)) break;
      else if (paren !== null) first = paren;
      else if (this.isInner(first - 1, last)) first--;
      else break;
    }
    // Never open on a joining word: "and the minister" is the minister.
    while (first < last && ['and', 'of', 'for', '-', "'s", '.'].includes(wordAt(this.doc, first) ?? '')) first++;
    return { first: this.nameStart(first, last), last };
  }

  /**
   * "over the weekend Mr. Lee agreed": an honorific opens its own phrase after a common noun;
   * "a defiant Donald Trump": PolNeAR's sources leave out a determiner and adjectives before a name.
   */
  private nameStart(first: number, last: number): number {
    for (let i = first + 1; i <= last; i++) {
      if (HONORIFICS.has(wordAt(this.doc, i) ?? '') && this.pos(i - 1) === 'NOUN') return i;
    }
    if (this.pos(first) !== 'DET' || first + 2 > last) return first;
    let i = first + 1;
    while (i < last && this.pos(i) === 'ADJ') i++;
    return i > first + 1 && this.names[i] && this.pos(i) === 'PROPN' && this.pos(last) === 'PROPN' && i < last ? i : first;
  }

  /** A title before a list of names: "Sens." or "Reps." */
  private isTitle(i: number): boolean {
    return this.pos(i) === 'PROPN' || (this.doc.tokens.value[i] === '.' && this.pos(i - 1) === 'PROPN' && this.doc.tokens.end[i - 1] === this.doc.tokens.start[i]);
  }

  /** A name of two or more proper nouns ending at `end` that no preposition governs ("in Dallas, ..." is no list item), or null. */
  private listedName(end: number, limit: number): number | null {
    let k = end;
    while (k >= limit && end - k < 5 && (this.pos(k) === 'PROPN' || (this.doc.tokens.value[k] === '.' && this.pos(k - 1) === 'PROPN'))) k--;
    const ok = end - k >= 2 && this.pos(end) === 'PROPN' && this.pos(k) !== 'ADP' && this.pos(k) !== 'SCONJ';
    return ok ? k + 1 : null;
  }

  /** "Rep. Ana Ruiz (D-Ore.)": the "(" of a short parenthesis after a name. */
  private openParen(close: number, limit: number): number | null {
    for (let j = close - 1; j >= limit && close - j <= 6; j--) {
      if (this.doc.tokens.value[j] === '(') return j - 1 >= limit && this.isHead(j - 1) ? j - 1 : null;
    }
    return null;
  }


  /** The noun phrase that starts at token `first`, not reaching past `limit`. */
  npStartingAt(first: number, limit: number, extended = false): TokenSpan | null {
    const p = this.pos(first);
    const w = wordAt(this.doc, first) ?? '';
    if (first > limit || this.dates[first]) return null;
    if (p === 'PRON' && !POSSESSIVES.has(w)) return PERSONAL.has(w) || PRONOMINAL.has(w) ? { first, last: first } : null;
    if (!(p === 'PROPN' || p === 'NOUN' || p === 'NUM' || p === 'ADJ' || p === 'DET' || POSSESSIVES.has(w)) || RELATIVE.has(w)) return null;
    let last = first;
    let head = this.isHead(first) ? first : -1;
    for (let j = first + 1; j <= limit && j - first < MAX_NP; j++) {
      const wj = wordAt(this.doc, j) ?? '';
      const familiar = this.pos(j - 1) === 'ADJ' && (wj === 'with' || wj === 'to');
      // A determiner after a head opens the next phrase: "told reporters the summit ...".
      if (head >= 0 && head === j - 1 && (this.pos(j) === 'DET' || POSSESSIVES.has(wj))) break;
      const joins = extended && (this.joinsName(j) || this.joinsGroup(j));
      // "the leader of her party": a possessive after a joining preposition stays inside.
      const owned = POSSESSIVES.has(wj) && INNER_ADP.has(wordAt(this.doc, j - 1) ?? '');
      if (!(this.isInner(j, limit) || this.isHead(j) || familiar || joins) || (this.pos(j) === 'PRON' && !owned) || RELATIVE.has(wj)) break;
      last = j;
      if (this.isHead(j)) head = j;
    }
    if (head < 0) return null;
    // Trailing adjectives and joiners belong to what follows: stop at the last head.
    return { first, last: Math.max(head, this.trimEnd(first, last)) };
  }

  /** "Ana Lopez of the Institute for Coastal Studies in Lima", "the documents released by the court". */
  private joinsName(j: number): boolean {
    const w = wordAt(this.doc, j) ?? '';
    if (!NAME_PREPOSITIONS.has(w) || this.dates[j + 1]) return false;
    return this.pos(j + 1) === 'PROPN' || (this.pos(j + 1) === 'DET' && this.pos(j + 2) === 'PROPN');
  }

  /** "said strategists in both parties", "by managers at those firms": a common noun's place or group. */
  private joinsGroup(j: number): boolean {
    const w = wordAt(this.doc, j) ?? '';
    if ((w !== 'in' && w !== 'at') || !this.isCommonNoun(j - 1) || this.pos(j + 1) !== 'DET' || this.dates[j + 2]) return false;
    const noun = this.pos(j + 2) === 'NOUN' ? j + 2 : this.pos(j + 2) === 'ADJ' && this.pos(j + 3) === 'NOUN' ? j + 3 : -1;
    return noun > 0 && !TIME_NOUNS.has(wordAt(this.doc, noun) ?? '');
  }

  private trimEnd(first: number, last: number): number {
    while (last > first && !this.isHead(last) && this.pos(last) !== 'ADJ') last--;
    return last;
  }

  /** The subject before a verb group starting at `verb`: "X said", "X, a professor at Y, said". */
  subjectBefore(verb: number, limit: number): SpeakerPhrase | null {
    let j = verb - 1;
    while (j >= limit && this.dates[j]) j--;
    // "in recent days": wink's date leaves out the adjective before it.
    if (j > limit && j + 1 < verb && this.dates[j + 1] && this.pos(j) === 'ADJ' && DATE_LEADS.has(wordAt(this.doc, j - 1) ?? '')) j--;
    if (j >= limit && DATE_LEADS.has(wordAt(this.doc, j) ?? '') && j + 1 < verb) j--;
    if (j < limit) return null;
    // "Mr. Lind, meanwhile, says", "Growers - especially in the north - said": an aside between the subject and its verb.
    const aside = this.asideOpening(j, limit);
    if (aside > limit) j = aside - 1;
    if (this.doc.tokens.value[j] === ',') return this.appositiveSubject(j, limit);
    const core = this.npEndingAt(j, limit);
    if (!core) return null;
    if (core.first === core.last && wordAt(this.doc, j) === 'that') return this.thatAntecedent(j, limit);
    // "Trump in the past has referred to": skip a common-noun adjunct back to the subject.
    const adp = core.first - 1;
    // "Lopez in recent days has ...": a bare adjective and common noun after the preposition are an adjunct too.
    const adjunct = this.pos(core.first) === 'DET' || (this.pos(core.first) === 'ADJ' && this.pos(core.last) === 'NOUN' && this.pos(adp - 1) === 'PROPN');
    // "and, with a sly grin said": the object of a preposition after a comma or "and" is no subject.
    if (adp >= limit && OBJECT_ADP.has(wordAt(this.doc, adp) ?? '') && this.pos(core.first) === 'DET' && (this.doc.tokens.value[adp - 1] === ',' || this.pos(adp - 1) === 'CCONJ')) return null;
    if (adp > limit && ADJUNCT_ADP.has(wordAt(this.doc, adp) ?? '') && adjunct) {
      const subject = this.npEndingAt(adp - 1, limit);
      // "organizers in both parties say", "a guide at a rally in Tulsa": a common noun keeps its place or group.
      if (subject && this.isCommonNoun(adp - 1) && !TIME_NOUNS.has(wordAt(this.doc, core.last) ?? '')) return { core: { first: subject.first, last: core.last }, description: null };
      if (subject && this.pos(core.last) !== 'PROPN') return { core: subject, description: null };
    }
    return { core: this.withModifiedHead(core, limit), description: null };
  }

  /**
   * "a guild that backs the strike says": a restrictive "that" stands for the noun phrase right
   * before it, which is the subject; after a verb ("quipped that admitting it ...") it is no subject.
   */
  private thatAntecedent(that: number, limit: number): SpeakerPhrase | null {
    const before = that - 1;
    if (before < limit || (this.pos(before) !== 'NOUN' && this.pos(before) !== 'PROPN')) {
      return this.pos(before) === 'VERB' ? null : { core: { first: that, last: that }, description: null };
    }
    const np = this.npEndingAt(before, limit);
    return { core: np ?? { first: that, last: that }, description: null };
  }

  /** The opening comma or dash of a short aside that ends at `close`, or -1 (see `asideOpening`). */
  asideOpening(close: number, limit: number): number {
    return asideOpening(this.doc, (i) => this.pos(i), close, limit);
  }

  /**
   * "a person close to her campaign", "officials told of the plan", "a strategist
   * monitoring the race": the phrase before the cue is the object of a modifier of the subject.
   */
  private withModifiedHead(core: TokenSpan, limit: number): TokenSpan {
    let first = core.first;
    for (let hops = 0; hops < 2; hops++) {
      let k = first - 1;
      const w = wordAt(this.doc, k) ?? '';
      if (MODIFIER_ADP.has(w) && (this.pos(k - 1) === 'ADJ' || this.isParticiple(k - 1, 'ed'))) k -= 2;
      else if (this.isParticiple(k, 'ing')) k -= 1;
      else break;
      const head = k >= limit && this.isHead(k) && this.pos(k) !== 'PRON' ? this.npEndingAt(k, limit) : null;
      if (!head) break;
      first = head.first;
    }
    return { first, last: core.last };
  }

  private isParticiple(i: number, ending: string): boolean {
    return this.pos(i) === 'VERB' && (wordAt(this.doc, i) ?? '').endsWith(ending);
  }

  /** "X, APPOSITIVE, said": the name before the first comma, the appositive as its description. */
  private appositiveSubject(comma: number, limit: number): SpeakerPhrase | null {
    const t = this.doc.tokens;
    const whose = this.whoseClause(comma, limit);
    if (whose) return whose;
    const participleCue = (wordAt(this.doc, comma + 1) ?? '').endsWith('ing');
    let inner = comma;
    for (let hops = 0; hops < 2; hops++) {
      let k = inner - 1;
      while (k >= limit && comma - k < MAX_APPOSITIVE && t.value[k] !== ',' && !isQuoteMark(t.value[k]!)) k--;
      if (k < limit || t.value[k] !== ',' || comma - k >= MAX_APPOSITIVE) return null;
      const found = this.npEndingAt(k - 1, limit);
      // "aides to the mayor, who ..., said": the phrase after "to"/"of"/"for" belongs to a subject that opens the clause.
      const opener = found ? ownerChainStart(this, this.doc, found.first, limit) : -1;
      const core = found && opener >= 0 ? { first: opener, last: found.last } : found;
      // "Vale, despite a long day at the port, said": an adverbial set off by commas after the subject that opens the clause is the writer's, no description.
      if (core && ASIDE_ADP.has(wordAt(this.doc, k + 1) ?? '') && (core.first === limit || this.pos(core.first - 1) === 'PUNCT')) return { core, description: null };
      // "Lena Park, 31, a nurse at ...": an age before the appositive is one more hop.
      if (core && this.pos(k - 1) !== 'NUM') {
        // "In the interview, Ruhle pressed ...": a phrase after a preposition is an adverbial, not a subject.
        // "The new flyer, printed Tuesday, argued", "X, writing in The Ledger, described": a participle may stand there too.
        // Not before a participle cue: "X, the chief, rejected the view, calling it ..." is a clause.
        const participle = this.pos(k + 1) === 'VERB' && isParticipleWord(wordAt(this.doc, k + 1) ?? '') && !participleCue;
        const lead = this.phraseLead(core.first, limit);
        if (!(this.opensDescription(k + 1) || participle) || this.pos(lead) === 'ADP' || this.pos(lead) === 'SCONJ') return null;
        // "Since taking office, Duterte has attacked X, rejecting ...": a clause is no appositive.
        // Before a participle cue a past form is the clause's verb: "X, 61, stayed a backer, telling ...".
        if (holdsClause(this.doc, this.at, k + 1, comma - 1) || (participleCue && holdsVerb(this.doc, this.at, k + 1, comma - 1))) return null;
        // A participle ("shaken by the noise", "writing in The Ledger") says how or where, not who: no description.
        // "critics, including Ruiz, argue": an "including" list names part of the subject.
        const including = wordAt(this.doc, k + 1) === 'including';
        return { core, description: participle && !this.opensDescription(k + 1) && !including ? null : { first: k + 1, last: comma - 1 } };
      }
      inner = k;
    }
    return null;
  }

  /**
   * "Rosa Lind, whose son, Tomas, died in May, called on ...": a "whose" clause, commas and all,
   * describes the name before it; null when no such clause ends at `comma`.
   */
  private whoseClause(comma: number, limit: number): SpeakerPhrase | null {
    for (let k = comma - 1; k > limit && comma - k < MAX_APPOSITIVE; k--) {
      const v = this.doc.tokens.value[k]!;
      if (isQuoteMark(v) || v === ';') return null;
      if (wordAt(this.doc, k) !== 'whose') continue;
      if (this.doc.tokens.value[k - 1] !== ',') return null;
      const core = this.npEndingAt(k - 2, limit);
      return core && (core.first === limit || this.pos(core.first - 1) === 'PUNCT') ? { core, description: { first: k, last: comma - 1 } } : null;
    }
    return null;
  }

  /** The token before a phrase, past a date and article that open it ("In a 2019 lecture": "In"; "By noon Hope Lee": "noon"). */
  private phraseLead(first: number, limit: number): number {
    let j = first - 1;
    while (j > limit && this.dates[j]) j--;
    return j < first - 1 && this.pos(j) === 'DET' && j > limit ? j - 1 : first - 1;
  }

  /** A relative clause after a speaker, to the next comma or `limit`, without closing punctuation. */
  private clauseTo(first: number, limit: number): TokenSpan {
    let end = first;
    const stop = Math.min(limit, first + MAX_APPOSITIVE);
    while (end < stop && this.doc.tokens.value[end + 1] !== ',') end++;
    while (end > first && this.pos(end) === 'PUNCT' && !isQuoteMark(this.doc.tokens.value[end]!)) end--;
    return { first, last: end };
  }

  /** The speaker after an inverted cue ("said the minister, who ..."), up to `limit`. */
  speakerAfter(verbLast: number, limit: number): SpeakerPhrase | null {
    const found = this.npStartingAt(verbLast + 1, limit, true);
    if (!found) return null;
    // "said Sen. Ana Ruiz (R-Ore.), a member of ...": the party and state belong to the name.
    const close = closingParen(this.doc, found.last + 1, limit, SHORT_PAREN);
    const core = close > 0 && this.pos(found.last) === 'PROPN' ? { first: found.first, last: close } : found;
    const comma = core.last + 1;
    // "said a farm adviser who asked not to be named": a restrictive relative clause.
    if (comma <= limit && wordAt(this.doc, comma) === 'who') return { core, description: this.clauseTo(comma, limit) };
    if (comma >= limit || this.doc.tokens.value[comma] !== ',') return { core, description: null };
    if (!this.opensDescription(comma + 1)) return { core, description: null };
    let end = comma + 1;
    // The description ends where the writer goes on: ", adding ...", ", saying ...".
    const stop = Math.min(limit, comma + MAX_APPOSITIVE);
    while (end < stop && !(this.doc.tokens.value[end + 1] === ',' && this.pos(end + 2) === 'VERB' && /ing$/.test(wordAt(this.doc, end + 2) ?? ''))) end++;
    while (end > comma + 1 && this.pos(end) === 'PUNCT' && !isQuoteMark(this.doc.tokens.value[end]!)) end--;
    // "according to the memo, the fund had grown": a clause after the comma is no description.
    return { core, description: isClause(this.doc, this.at, comma + 1, end) ? null : { first: comma + 1, last: end } };
  }
}
