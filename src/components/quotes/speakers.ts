// Resolves a speaker phrase to entities: the entity mention that covers its head first, then
// coordinated names ("Putin and Xi"), relative pronouns, documents (a joint statement → its
// signatories), and last the stop-gap pronoun resolver.
import type { Doc } from '../../doc/doc.js';
import type { EntityLayer } from '../../doc/layers.js';
import type { EntityType } from '../../record/types.js';
import { POSSESSIVES, wordAt } from './cues.js';
import type { QuoteContext } from './context.js';
import type { Phrases, TokenSpan } from './noun-phrases.js';
import { coordinated, fallbackPronoun, lastMentionBefore } from './pronoun-fallback.js';

export interface ResolvedSpeaker {
  /** The entity when the speaker is one, else null. */
  entity: string | null;
  /** The entities of a plural or collective speaker ("they", "both leaders", a joint statement). */
  members: string[];
}

const RELATIVE = new Set(['who', 'which', 'that']);
/** Documents that speak for those who issued them. */
const DOCUMENTS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'letter', 'memo', 'memorandum', 'resolution']);
const ISSUED_BY = new Set(['from', 'by', 'of']);
const SIGNATORY_WINDOW = 8;
const JOINT_LOOKBACK = 30;
const DOCUMENT_LOOKBACK = 8;
const NONE: ResolvedSpeaker = { entity: null, members: [] };
/** "The two countries", "both leaders": what kind of pair the noun names. */
const STATE_NOUNS = new Set(['countries', 'nations', 'states', 'governments', 'neighbours', 'neighbors', 'rivals', 'powers', 'capitals', 'allies']);
const PERSON_NOUNS = new Set(['leaders', 'presidents', 'men', 'women', 'ministers', 'officials', 'heads']);
const CLITIC = new Set(["'s", "'"]);
/** What someone said, standing for the one who said it: "his words echoed ...". */
const SAYINGS = new Set(['words', 'remarks', 'remark', 'comments', 'comment', 'message', 'speech', 'testimony', 'tweet', 'tweets', 'post', 'reply', 'answer']);

export class SpeakerResolver {
  private readonly byToken: Array<string[] | undefined>;
  private readonly types = new Map<string, EntityType>();
  private readonly names = new Map<string, string>();
  private issuers: Map<string, string[]> | undefined;

  constructor(private readonly doc: Doc, private readonly layer: EntityLayer, private readonly np: Phrases) {
    this.byToken = new Array<string[] | undefined>(doc.size);
    for (const e of layer.entities) {
      this.types.set(e.id, e.type);
      this.names.set(e.id, e.name);
    }
    for (const m of layer.mentions) {
      for (let i = m.first; i <= m.last; i++) {
        const list = (this.byToken[i] ??= []);
        if (!list.includes(m.entity)) list.push(m.entity);
      }
    }
  }

  /** "Putin", "Putin and Xi": the names of entities, by id; empty when one is unknown. */
  namesOf(ids: readonly string[]): string {
    const names = ids.map((id) => this.names.get(id));
    return names.length && names.every(Boolean) ? names.join(' and ') : '';
  }

  resolve(core: TokenSpan): ResolvedSpeaker {
    let head = this.headOf(core);
    // "China's" (the owner of a noun cue, "China's proposals for"): the name before the clitic.
    if (head > core.first && CLITIC.has(wordAt(this.doc, head) ?? '')) head--;
    const joined = this.coordinatedIn(core);
    if (joined.length > 1) return { entity: null, members: joined };
    const pair = this.bothOf(core, head);
    if (pair.length > 1) return { entity: null, members: pair };
    const covering = this.byToken[head];
    if (covering?.length) return speakerOf(covering);
    const w = wordAt(this.doc, head) ?? '';
    if (RELATIVE.has(w) && core.first === core.last) return this.antecedent(core.first);
    if (DOCUMENTS.has(w)) return speakerOf(this.signatories(head));
    const owner = SAYINGS.has(w) ? this.ownerOf(core, head) : undefined;
    if (owner?.length) return speakerOf(owner);
    return speakerOf(fallbackPronoun(this.doc, this.layer, this.types, head));
  }

  /** "His words", "the minister's remarks": what is said speaks for whoever said it, named before the head. */
  private ownerOf(core: TokenSpan, head: number): string[] | undefined {
    for (let i = head - 1; i >= core.first; i--) {
      const w = wordAt(this.doc, i) ?? '';
      if (POSSESSIVES.has(w)) return this.byToken[i];
      if (CLITIC.has(w)) return this.byToken[i - 1];
      if (this.doc.tokens.pos[i] !== 'ADJ') return undefined;
    }
    return undefined;
  }

  /** The head of "the press office of the ministry" is "office": the word before of/for; of "Sen. Ana Ruiz (R-Ore.)" the name before the parenthesis. */
  private headOf(core: TokenSpan): number {
    for (let i = core.first + 1; i <= core.last; i++) {
      const w = wordAt(this.doc, i);
      if (w === 'of' || w === 'for' || (w === '(' && this.doc.tokens.value[core.last] === ')')) return i - 1;
    }
    return core.last;
  }

  /** Distinct entities named in "X and Y" inside the phrase. */
  private coordinatedIn(core: TokenSpan): string[] {
    let and = false;
    for (let i = core.first; i <= core.last; i++) if (wordAt(this.doc, i) === 'and') and = true;
    if (!and) return [];
    const out: string[] = [];
    for (let i = core.first; i <= core.last; i++) {
      // "Indian Prime Minister Modi and South African leader Ramaphosa": demonyms describe the members, they are not members.
      for (const e of this.byToken[i] ?? []) if (!out.includes(e) && this.types.get(e) !== 'NORP') out.push(e);
    }
    return out;
  }

  /** "Both leaders", "the two sides": the pair the text last joined with "and". */
  private bothOf(core: TokenSpan, head: number): string[] {
    const first = wordAt(this.doc, core.first);
    const two = first === 'both' || (first === 'the' && wordAt(this.doc, core.first + 1) === 'two');
    const noun = wordAt(this.doc, head) ?? '';
    if (!two || !noun.endsWith('s')) return [];
    return this.pairBefore(core.first, STATE_NOUNS.has(noun) ? 'GPE' : PERSON_NOUNS.has(noun) ? 'PERSON' : null);
  }

  /** The last pair joined by "and" before token `tok`; of `type` when given and one is found ("the two countries": states). */
  private pairBefore(tok: number, type: EntityType | null = null): string[] {
    const mentions = this.layer.mentions;
    let k = lastMentionBefore(mentions, tok);
    let first: string[] = [];
    for (let seen = 0; k >= 0 && seen < JOINT_LOOKBACK; k--, seen++) {
      const pair = coordinated(this.doc, mentions, k, this.types);
      if (pair.length < 2) continue;
      if (!type || pair.every((id) => this.types.get(id) === type)) return pair;
      if (!first.length) first = pair;
    }
    return first;
  }

  /** "WikiLeaks, which said" or "a statement with X on Monday that said": the phrase before the pronoun. */
  private antecedent(rel: number): ResolvedSpeaker {
    // A document a few words back speaks for its signatories, whatever stands between.
    for (let i = rel - 1; i >= 0 && rel - i <= DOCUMENT_LOOKBACK; i--) {
      if (DOCUMENTS.has(wordAt(this.doc, i) ?? '')) return speakerOf(this.signatories(i));
      if (this.doc.tokens.pos[i] === 'VERB' || this.doc.tokens.value[i] === '.') break;
    }
    let end = rel - 1;
    if (this.doc.tokens.value[end] === ',') end--;
    while (end > 0 && this.np.dates[end]) end--;
    const np = this.np.npEndingAt(end, Math.max(0, end - 15));
    if (!np || RELATIVE.has(wordAt(this.doc, np.last) ?? '')) return NONE;
    return this.resolve(np);
  }

  /** Who issued a document: "from China and Russia" after it, here or where the text names it again. */
  private signatories(head: number): string[] {
    const here = this.issuedBy(head);
    if (here.length) return here;
    const key = wordAt(this.doc, head)!;
    this.issuers ??= this.allIssuers();
    const elsewhere = this.issuers.get(key);
    if (elsewhere?.length) return elsewhere;
    return wordAt(this.doc, head - 1) === 'joint' ? this.pairBefore(head) : [];
  }

  private issuedBy(head: number): string[] {
    const by = head + 1;
    if (!ISSUED_BY.has(wordAt(this.doc, by) ?? '')) return [];
    const out: string[] = [];
    for (let i = by + 1; i < this.doc.size && i - by <= SIGNATORY_WINDOW; i++) {
      const p = this.doc.tokens.pos[i];
      if (p === 'VERB' || p === 'AUX' || (p === 'PUNCT' && this.doc.tokens.value[i] !== ',')) break;
      for (const e of this.byToken[i] ?? []) if (!out.includes(e)) out.push(e);
    }
    return out;
  }

  /** Every "statement from X and Y" in the Doc, by document noun, in one pass. */
  private allIssuers(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (let i = 0; i < this.doc.size; i++) {
      const w = wordAt(this.doc, i) ?? '';
      if (!DOCUMENTS.has(w) || out.has(w)) continue;
      const found = this.issuedBy(i);
      if (found.length) out.set(w, found);
    }
    return out;
  }
}

function speakerOf(ids: readonly string[]): ResolvedSpeaker {
  if (ids.length === 0) return NONE;
  if (ids.length === 1) return { entity: ids[0]!, members: [] };
  return { entity: null, members: [...ids] };
}

const LATER_HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr']);

/**
 * A relative clause after a later mention of the speaker ("The inspector, who had toured the
 * site, said"; "Okafor, who ..."; "Mrs. Lind, who ...") adds to the story rather than saying who
 * the speaker is, and PolNeAR's sources leave it out; after a first mention with a full name or
 * an indefinite phrase ("Ana Ruiz, who runs the clinic, said") it identifies the speaker.
 */
export function isCommentary(ctx: QuoteContext, core: TokenSpan, description: TokenSpan): boolean {
  if (!RELATIVE.has(wordAt(ctx.doc, description.first) ?? '') || description.first !== core.last + 2) return false;
  const first = wordAt(ctx.doc, core.first) ?? '';
  if (first === 'the') return true;
  const nameFirst = LATER_HONORIFICS.has(first) ? core.first + 1 : core.first;
  return nameFirst === core.last && ctx.pos(core.last) === 'PROPN';
}
