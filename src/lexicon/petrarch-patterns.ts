// The pattern side of a PETRARCH/TABARI verb dictionary: a pattern body (`* {A | B} &SYNSET
// (TO +)`, `% HAVE *`, `+ WAS * DEAD IN $`) expanded into the word sequences the coder matches.
import { canon, type EventPattern } from './event-lexicon.js';

/** Counts one more line (or variant) under `reason`. */
export const bump = (counts: Record<string, number>, reason: string): void => void (counts[reason] = (counts[reason] ?? 0) + 1);

export type Slot = string[][];
export interface Ctx { synsets: Map<string, string[]>; max: number }
/** A pattern line, or one variant of it, that the coder cannot express; its reason is counted. */
export class Drop { constructor(readonly reason: string) {} }
const MAX_DEPTH = 3;
const MARKERS = new Set(['*', '+', '$', '%', '^']);

/**
 * `% HAVE *` (a compound subject: "Peru and Chile have ...") or `* WITH %` (a compound
 * object); a pattern with more than one `%` is dropped.
 */
export function compoundOf(body: string): EventPattern['compound'] | undefined {
  const at = body.indexOf('%');
  if (at < 0) return undefined;
  if (body.indexOf('%', at + 1) >= 0) throw new Drop('two compound markers %');
  const star = body.indexOf('*');
  return star >= 0 && at < star ? 'source' : 'target';
}

/** A pattern body as slots of alternatives: `{A | B}`, `TO/FOR` and `&SYNSET` give several; `(...)`, `{...}` and `_` only group words. */
export function slotsOf(body: string, ctx: Ctx, depth: number): Slot[] {
  const out: Slot[] = [];
  for (const m of body.replace(/[()]/g, ' ').matchAll(/\{[^}]*\}|[^\s{}]+/g)) {
    const seg = m[0];
    if (seg.startsWith('{')) {
      const inner = seg.slice(1, -1);
      if (inner.includes('|')) out.push(inner.split('|').flatMap((alt) => expand(slotsOf(alt, ctx, depth), ctx.max)));
      else out.push(...slotsOf(inner, ctx, depth));
      continue;
    }
    // Words joined by "_" (and the words of a synset member) must touch: a JOIN slot says so.
    if (depth > 0 && out.length) out.push(JOIN_SLOT);
    seg.split('_').filter(Boolean).forEach((part, k) => {
      if (k > 0) out.push(JOIN_SLOT);
      out.push(partSlot(part, ctx, depth));
    });
  }
  return out;
}

export const JOIN = '_';
const SKIP = '~S';
const JOIN_SLOT: Slot = [[JOIN]];

function partSlot(part: string, ctx: Ctx, depth: number): Slot {
  if (part.startsWith('&')) {
    const members = ctx.synsets.get(part.slice(1).toUpperCase());
    if (!members) throw new Drop('synset not defined in the file');
    if (depth >= MAX_DEPTH) throw new Drop(`synsets nested more than ${MAX_DEPTH} deep`);
    return members.flatMap((m) => expand(slotsOf(m, ctx, depth + 1), ctx.max));
  }
  if (MARKERS.has(part)) return [[part]];
  const alts = part.split('/').map(word).filter(Boolean);
  if (!alts.length) throw new Drop(`token "${part}" has no word in it`);
  return alts.map((w) => [w]);
}

/** All token sequences of the slots, at most `max`. */
export function expand(slots: Slot[], max: number): string[][] {
  let out: string[][] = [[]];
  for (const slot of slots) {
    out = out.flatMap((pre) => slot.map((alt) => [...pre, ...alt]));
    if (out.length > max) throw new Drop(`synset expansion over ${max} variants`);
  }
  return out;
}

/**
 * The variants of a pattern as words: a variant that cannot be expressed (a synset member
 * "PESO_$" puts a source after the verb) is left out and counted; the pattern is dropped only
 * when no variant is left.
 */
export function wordVariants(tokens: string[][], approximated: Record<string, number>): Variant[] {
  const out: Variant[] = [];
  let lost: Drop | null = null;
  for (const t of tokens) {
    try {
      out.push(toWords(t));
    } catch (e) {
      if (!(e instanceof Drop)) throw e;
      lost = e;
    }
  }
  if (!out.length) throw lost!;
  if (lost) bump(approximated, `synset variant left out: ${lost.reason}`);
  return out;
}

/**
 * Tokens around `*` to the words after the head (`+` → ~T, `^` dropped) and the words before
 * it (`$`, the source, dropped; JOIN kept between words that must touch).
 */
function toWords(tokens: string[]): Variant {
  const star = tokens.indexOf('*');
  if (star < 0) throw new Drop('no verb marker *');
  if (tokens.indexOf('*', star + 1) >= 0) throw new Drop('two verb markers *');
  let before = tokens.slice(0, star).filter((t) => t !== '$' && t !== '^');
  // "+ WAS * DEAD IN $": the subject is the target and the source comes after the verb.
  const reversed = before.includes('+') && tokens.slice(star + 1).includes('$') && !tokens.slice(star + 1).includes('+');
  if (reversed) {
    before = before.filter((t) => t !== '+');
    tokens = [...tokens.slice(0, star + 1), ...tokens.slice(star + 1).map((t) => (t === '$' ? '+' : t))];
  }
  if (before.includes('+')) throw new Drop('target (+) before the verb, with no source ($) after it');
  // "^" skips one noun phrase ("* EID AT ^ WITH +"): the skip word ~S, unless nothing follows it.
  const rest = tokens.slice(star + 1);
  // "* REAL_PLEASANT": a JOIN between two words says they touch; next to a marker it joins nothing.
  const after = rest.filter((t, k) => t !== JOIN || (isWord(rest[k - 1]) && isWord(rest[k + 1]))).map((t) => (t === '^' ? SKIP : t)).filter((t, k, a) => t !== SKIP || (k < a.length - 1 && a[k + 1] !== SKIP));
  if (after.includes('$')) throw new Drop('source ($) after the verb');
  if (after.filter((t) => t === '+').length > 1) throw new Drop('two target markers +');
  // A JOIN at either end, or two in a row, is left over from a dropped marker: it joins nothing.
  const pre = before.filter((t, k) => t !== JOIN || (k > 0 && k < before.length - 1 && before[k - 1] !== JOIN));
  while (pre[0] === JOIN) pre.shift();
  while (pre[pre.length - 1] === JOIN) pre.pop();
  // "RECENTLY_*": the word before the verb touches it.
  if (tokens[star - 1] === JOIN && isWord(tokens[star - 2]) && pre.length) pre.push(JOIN);
  return { before: pre, after: after.map((t) => (t === '+' ? '~T' : t)), ...(reversed ? { reversed } : {}) };
}

/** A pattern word, not a marker ($ + ^ * %) nor a JOIN. */
const isWord = (t: string | undefined): boolean => t !== undefined && !['$', '+', '^', '*', '%', JOIN, SKIP].includes(t);

export interface Variant {
  before: string[];
  after: string[];
  reversed?: boolean;
}

/** One dictionary word as a canonical lemma: `RESOLUTION_`, `NEAT~`, `BAN=` → "resolution", "neat", "ban". */
export function word(w: string): string {
  return canon(w.replace(/[~=]/g, '').replace(/_+$/, ''));
}
