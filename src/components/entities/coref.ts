// Pronoun coreference within an article: he/she to the nearest person of a compatible gender,
// they to the nearest pair of coordinated actors (or a plural group), it/its to the nearest
// state or organisation. Look-back is bounded, so the pass is linear.
import type { Doc } from '../../doc/doc.js';
import type { MentionSpan } from '../../doc/layers.js';
import type { RecordEntity } from '../../record/types.js';

export interface EntityInfo {
  entity: RecordEntity;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** One person: a named one, or an agent such as "a government spokesman" whose head names a person. */
  person: boolean;
}

const PRONOUNS: Record<string, 'm' | 'f' | 'pl' | 'it'> = {
  he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f', they: 'pl', them: 'pl', their: 'pl', it: 'it', its: 'it',
};
const LOOKBACK_MENTIONS = 12;
const MAX_SENTENCES_BACK = 2;

/** Adds a mention for each pronoun whose antecedent is found; returns the new mentions. */
export function resolvePronouns(doc: Doc, mentions: MentionSpan[], info: Map<string, EntityInfo>): MentionSpan[] {
  const t = doc.tokens;
  const added: MentionSpan[] = [];
  let m = 0;
  for (let i = 0; i < doc.size; i++) {
    while (m < mentions.length && mentions[m]!.last < i) m++;
    const kind = t.pos[i] === 'PRON' || t.pos[i] === 'DET' ? PRONOUNS[t.value[i]!.toLowerCase()] : undefined;
    if (!kind) continue;
    const sentence = doc.sentenceOfToken(i);
    const exclude = OBJECTS.has(t.value[i]!.toLowerCase()) || (t.value[i]!.toLowerCase() === 'her' && t.pos[i] === 'PRON') ? clauseMates(doc, mentions, m, added, i) : NO_ONE;
    const ahead = exclude === NO_ONE ? openingSubject(doc, mentions, m, kind, info, sentence, i) : null;
    const targets = ahead ? [ahead] : antecedents(doc, mentions, m, kind, info, sentence, i, exclude);
    for (const entity of targets) {
      const span = { entity, start: t.start[i]!, end: t.end[i]!, first: i, last: i, kind: 'pronoun' as const };
      added.push(span);
      info.get(entity)!.entity.mentions.push({ start: span.start, end: span.end, text: t.value[i]!, kind: 'pronoun' });
    }
  }
  return added;
}

const OBJECTS = new Set(['him', 'them']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its']);
const NO_ONE: ReadonlySet<string> = new Set();
const CLAUSE_REACH = 8;
const CLAUSE_OPENERS = new Set(['that', 'who', 'whom', 'which', 'after', 'before', 'when', 'while', 'because', 'and', 'but', 'or']);

/**
 * "Lee shot Park after she told him ...": an object pronoun is not the subject of its own
 * clause, so the people named or resolved earlier in the clause (back to a comma, a conjunction
 * or a subordinator, at most a few words) are not its antecedent.
 */
function clauseMates(doc: Doc, mentions: MentionSpan[], upTo: number, added: MentionSpan[], at: number): ReadonlySet<string> {
  let start = at;
  while (start > 0 && at - start < CLAUSE_REACH) {
    const p = doc.tokens.pos[start - 1];
    if (p === 'PUNCT' || p === 'SCONJ' || p === 'CCONJ' || CLAUSE_OPENERS.has(doc.words[start - 1] ?? '')) break;
    start--;
  }
  const out = new Set<string>();
  // A possessor ("Lee's lawyer found him") is no subject.
  const add = (span: MentionSpan): void => {
    if (doc.words[span.last + 1] !== "'s" && !POSSESSIVE.has(doc.words[span.first] ?? '')) out.add(span.entity);
  };
  for (let k = upTo - 1; k >= 0 && mentions[k]!.first >= start; k--) add(mentions[k]!);
  for (let k = added.length - 1; k >= 0 && added[k]!.first >= start; k--) add(added[k]!);
  return out;
}

function antecedents(
  doc: Doc, mentions: MentionSpan[], upTo: number, kind: 'm' | 'f' | 'pl' | 'it', info: Map<string, EntityInfo>, sentence: number, at: number,
  exclude: ReadonlySet<string>,
): string[] {
  const minSentence = sentence - MAX_SENTENCES_BACK;
  const bound = boundBy(doc, mentions, upTo, at);
  let unmarked: string | undefined;
  /** For "it": the nearest body of the pronoun's sentence that is no verb's subject. */
  let passive: string | undefined;
  /** For "they": the nearest organisation that is a verb's subject ("Orvex said they would"), when no group or pair is found. */
  let company: string | undefined;
  for (let k = upTo - 1; k >= 0 && k >= upTo - LOOKBACK_MENTIONS; k--) {
    const mention = mentions[k]!;
    if (doc.sentenceOfToken(mention.first) < minSentence) break;
    const e = info.get(mention.entity);
    if (!e || mention.entity === bound || exclude.has(mention.entity)) continue;
    if (kind === 'pl') {
      const pair = coordinatedWith(doc, mentions, k, info);
      if (pair.length > 1) return pair;
      if (e.plural) return [mention.entity];
      if (e.entity.type === 'ORG' && startsClause(doc, mention.last)) company ??= mention.entity;
      continue;
    }
    if (kind === 'it') {
      const body = isBody(e);
      const here = doc.sentenceOfToken(mention.first) === sentence;
      if (passive && !here) return [passive];
      if (!body || !(here || startsClause(doc, at))) continue;
      // "Orvex is making the fair a show for phones - it unveiled ...": in the pronoun's own
      // sentence a body that is a verb's subject wins over a nearer one that is not.
      if (!here || startsClause(doc, mention.last)) return [mention.entity];
      passive ??= mention.entity;
      continue;
    }
    if (!e.person || appositive(doc, mentions, k, info)) continue;
    // "Pedro Okoro met Kaveri Lind, and he": in the pronoun's own sentence, a person whose name
    // marks its gender wins over a nearer one whose name marks none; before that sentence, the
    // nearest of those found wins.
    if (unmarked && doc.sentenceOfToken(mention.first) < sentence) break;
    if (e.gender === kind) return [mention.entity];
    if (e.gender === null) unmarked ??= mention.entity;
  }
  const found = unmarked ?? passive ?? company;
  return found ? [found] : [];
}

// Words that open a fronted adjunct ("In a bid to widen its reach, Orvex ..."), besides an -ing verb.
const ADJUNCT_OPENERS = new Set([
  'in', 'to', 'after', 'before', 'despite', 'while', 'with', 'since', 'as', 'following', 'amid', 'when', 'although', 'though', 'because',
  'unlike', 'like', 'for', 'by', 'during', 'upon', 'on', 'once', 'until', 'having',
]);
// Pronouns that look ahead: possessives, and subjects but "it" ("when it comes to ..." is no one).
const CATAPHORIC = new Set(['its', 'his', 'her', 'their', 'he', 'she', 'they']);
const ADJUNCT_REACH = 30;
const SUBJECT_TIME = new Set(['today', 'yesterday', 'tonight', 'now', 'also', 'then']);

/**
 * "Extending its reach into retail, Orvex said ...", "In his first speech, Ruiz ...": a
 * pronoun in an adjunct that opens the sentence, before its first comma and with no one named
 * before it, stands for the subject of the main clause right after that comma, when it fits
 * the pronoun.
 */
function openingSubject(
  doc: Doc, mentions: MentionSpan[], from: number, kind: 'm' | 'f' | 'pl' | 'it', info: Map<string, EntityInfo>, sentence: number, at: number,
): string | null {
  const t = doc.tokens;
  const w = doc.words[at]!;
  if (!CATAPHORIC.has(w) || (w === 'her' && t.pos[at] !== 'DET')) return null;
  const s = doc.sentences[sentence]!;
  // The sentence, or the line, that holds the pronoun opens with the adjunct (a headline above runs on into it when no full stop ends it).
  let open = at;
  while (open > s.first && at - open < ADJUNCT_REACH && t.type[open - 1] !== 'tabCRLF' && !doc.text.slice(t.end[open - 1]!, t.start[open]!).includes('\n')) open--;
  const first = doc.words[open]!;
  if (!(ADJUNCT_OPENERS.has(first) || (t.pos[open] === 'VERB' && first.endsWith('ing')))) return null;
  // "When Ruiz said he would ..., Lee": someone named in the adjunct before the pronoun is looked back to as usual.
  if ((mentions[from - 1]?.first ?? -1) >= open) return null;
  let comma = -1;
  for (let k = open; k <= Math.min(s.last, open + ADJUNCT_REACH); k++) {
    if (t.value[k] === ',') {
      comma = k;
      break;
    }
  }
  if (comma < at) return null;
  let k = from;
  while (k < mentions.length && mentions[k]!.first <= comma) k++;
  const subject = mentions[k];
  if (!subject || subject.last > s.last) return null;
  for (let j = comma + 1; j < subject.first; j++) if (t.pos[j] !== 'DET' && t.pos[j] !== 'ADJ') return null;
  let v = subject.last + 1;
  while (v <= s.last && v - subject.last <= 2 && (t.pos[v] === 'ADV' || SUBJECT_TIME.has(doc.words[v]!))) v++;
  if (t.pos[v] !== 'VERB' && t.pos[v] !== 'AUX') return null;
  const e = info.get(subject.entity);
  if (!e) return null;
  if (kind === 'it') return isBody(e) ? subject.entity : null;
  if (kind === 'pl') return e.plural ? subject.entity : null;
  return e.person && (e.gender === kind || e.gender === null) ? subject.entity : null;
}

/** What "it" and "its" can stand for: a state, an organisation or one group. */
const isBody = (e: EntityInfo): boolean => e.entity.type === 'GPE' || e.entity.type === 'ORG' || (e.entity.type === 'GROUP' && !e.plural);

const APPOSITIVE_REACH = 6;

/**
 * An office that is no antecedent of its own: one that is not the subject of a verb, or one set
 * next to a named person ("Ana Ruiz, a former negotiator, said", "the senator, Ana Ruiz,"), who
 * is the antecedent instead (the mention beside it).
 */
function appositive(doc: Doc, mentions: MentionSpan[], k: number, info: Map<string, EntityInfo>): boolean {
  const m = mentions[k]!;
  if (info.get(m.entity)?.entity.type === 'PERSON') return false;
  // Only an office that acts stands for a person: "A spokesman said" (not "to be president", "commander in chief").
  if (!startsClause(doc, m.last)) return true;
  const named = (j: number): boolean => info.get(mentions[j]?.entity ?? '')?.entity.type === 'PERSON';
  const prev = mentions[k - 1];
  if (prev && named(k - 1) && m.first - prev.last <= APPOSITIVE_REACH && between(doc, prev.last + 1, m.first - 1)) return true;
  const next = mentions[k + 1];
  return !!next && named(k + 1) && next.first - m.last <= APPOSITIVE_REACH && between(doc, m.last + 1, next.first - 1);
}

/** Only a comma, articles and modifiers between two mentions: "X, a former", "the senator, X". */
function between(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const p = doc.tokens.pos[j];
    if (!(doc.tokens.value[j] === ',' || p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'PROPN' || p === 'ADV')) return false;
  }
  return true;
}

const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * "Navalny, who he said had broken the law": a pronoun right after a relative pronoun is not
 * the relative's antecedent (the mention just before it); that entity, or null.
 */
function boundBy(doc: Doc, mentions: MentionSpan[], upTo: number, at: number): string | null {
  if (!RELATIVES.has(doc.words[at - 1] ?? '')) return null;
  const end = doc.words[at - 2] === ',' ? at - 3 : at - 2;
  const before = mentions[upTo - 1];
  return before && before.last === end ? before.entity : null;
}

/** "Putin and Xi": the people or states joined to mention k by "and" (modifiers skipped). */
function coordinatedWith(doc: Doc, mentions: MentionSpan[], k: number, info: Map<string, EntityInfo>): string[] {
  const t = doc.tokens;
  const group = (type: string): string => (type === 'PERSON' ? 'PERSON' : type === 'LOC' || type === 'FAC' || type === 'NORP' ? type : 'BODY');
  const mine = group(info.get(mentions[k]!.entity)!.entity.type);
  if (mine !== 'PERSON' && mine !== 'BODY') return [];
  let p = k - 1;
  while (p >= 0 && info.get(mentions[p]!.entity)?.entity.type === 'NORP') p--;
  const prev = mentions[p];
  if (!prev || group(info.get(prev.entity)!.entity.type) !== mine || prev.entity === mentions[k]!.entity) return [];
  let ands = 0;
  for (let j = prev.last + 1; j < mentions[k]!.first; j++) {
    const w = t.value[j]!.toLowerCase();
    if (w === 'and') ands++;
    else if (!['ADJ', 'NOUN', 'PROPN', 'DET'].includes(t.pos[j]!)) return [];
  }
  return ands === 1 ? [prev.entity, mentions[k]!.entity] : [];
}

/** A pronoun that opens a clause ("..., but it has backed", "It also called") is a subject: "it" is then an actor. */
function startsClause(doc: Doc, i: number): boolean {
  let k = i + 1;
  while (k < doc.size && k - i <= 2 && doc.tokens.pos[k] === 'ADV') k++;
  const next = doc.tokens.pos[k];
  return next === 'VERB' || next === 'AUX';
}
