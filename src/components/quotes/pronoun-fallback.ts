// A stop-gap resolver for speaker pronouns that no entity mention covers: he/she to the
// nearest earlier person whose gender, when the text marks it, agrees; they to the nearest
// coordinated pair or group; it to the nearest state or body. Kept apart so it can go once the
// entities layer resolves every pronoun.
import type { Doc } from '../../doc/doc.js';
import type { EntityLayer, MentionSpan } from '../../doc/layers.js';
import type { EntityType } from '../../record/types.js';

const LOOKBACK_MENTIONS = 15;
const MAX_SENTENCES_BACK = 3;
const SINGULAR = new Set(['he', 'him', 'she', 'her']);
const FEMININE = new Set(['she', 'her']);
const PLURAL = new Set(['they', 'them', 'we']);
const BODY = new Set(['it']);
const GROUP_TYPES = new Set<EntityType>(['GROUP', 'NORP']);
const BODY_TYPES = new Set<EntityType>(['ORG', 'GPE']);

/** The entities a pronoun at token `tok` stands for; empty when none is found. */
export function fallbackPronoun(doc: Doc, layer: EntityLayer, types: Map<string, EntityType>, tok: number): string[] {
  const w = doc.tokens.value[tok]!.toLowerCase();
  if (!SINGULAR.has(w) && !PLURAL.has(w) && !BODY.has(w)) return [];
  const mentions = layer.mentions;
  const minSentence = doc.sentenceOfToken(tok) - MAX_SENTENCES_BACK;
  for (let k = lastMentionBefore(mentions, tok), seen = 0; k >= 0 && seen < LOOKBACK_MENTIONS; k--, seen++) {
    const m = mentions[k]!;
    if (doc.sentenceOfToken(m.first) < minSentence) break;
    const type = types.get(m.entity);
    if (!type) continue;
    // "she" is not a person whose name or title says he is a man.
    if (SINGULAR.has(w) && type === 'PERSON' && layer.genders?.get(m.entity) !== (FEMININE.has(w) ? 'm' : 'f')) return [m.entity];
    if (BODY.has(w) && BODY_TYPES.has(type)) return [m.entity];
    if (PLURAL.has(w)) {
      const pair = coordinated(doc, mentions, k, types);
      if (pair.length > 1) return pair;
      if (GROUP_TYPES.has(type)) return [m.entity];
    }
  }
  return [];
}

/** Index of the last mention that ends before token `tok` (binary search). */
export function lastMentionBefore(mentions: MentionSpan[], tok: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.first < tok) lo = mid + 1;
    else hi = mid;
  }
  let k = lo - 1;
  while (k >= 0 && mentions[k]!.last >= tok) k--;
  return k;
}

/** "China and Russia", "Modi and South African leader Ramaphosa": mention k and the one joined to it by "and". */
export function coordinated(doc: Doc, mentions: MentionSpan[], k: number, types: Map<string, EntityType>): string[] {
  const m = mentions[k]!;
  // A demonym modifies the name after it ("Chinese leader Xi"); it is never one of the pair.
  if (types.get(m.entity) === 'NORP') return [];
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const prev = mentions[j]!;
    if (prev.entity === m.entity || prev.last >= m.first || types.get(prev.entity) === 'NORP') continue;
    let and = 0;
    for (let i = prev.last + 1; i < m.first; i++) {
      const v = doc.tokens.value[i]!.toLowerCase();
      if (v === 'and') and++;
      else if (doc.tokens.pos[i] !== 'ADJ' && doc.tokens.pos[i] !== 'NOUN' && doc.tokens.pos[i] !== 'PROPN' && v !== ',') return [];
    }
    return and === 1 ? [prev.entity, m.entity] : [];
  }
  return [];
}
