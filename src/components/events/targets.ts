// The target of a verb whose pattern slot holds no actor: the first actor later in its clause,
// or, for coordinated subjects of a joint act, each other.
import type { ActorMention } from './actor-index.js';
import { adjectival, CLAUSE_END, type Coder } from './coder.js';
import { coordinatedRight, POSSESSIVES, targetsAt } from './match-pattern.js';
import { isIrregularPast } from './word-forms.js';

const TARGET_REACH = 16;

/**
 * The first actor (with those coordinated with it) after the pattern in the verb's clause:
 * across objects and prepositional phrases, and into a that-clause or an infinitive, up to a
 * comma, another finite verb or a clause opener. A city after a place preposition says where,
 * not whom, and is passed over.
 */
export function clauseTarget(c: Coder, from: number, limit: number, sources: ActorMention[], peer = false): { targets: ActorMention[]; viaInfinitive: boolean } | null {
  const t = c.doc.tokens;
  const own = new Set(sources.map((a) => a.entity.id));
  let viaInfinitive = false;
  for (let k = from; k <= limit && k - from < TARGET_REACH; k++) {
    const w = t.value[k]!.toLowerCase();
    if (w === ',' || CLAUSE_END.has(w)) return null;
    if (t.pos[k] === 'VERB' && t.value[k - 1]?.toLowerCase() === 'to') viaInfinitive = true;
    // "the roads leading into Peru", "memos sent by Chile": a participle after its noun starts no clause.
    const reducedRelative = t.pos[k - 1] === 'NOUN' && (/(ed|ing)$/.test(w) || isIrregularPast(w));
    // "asked for the rebuilding of bridges": an -ing word after a determiner is a noun.
    const gerund = /ing$/.test(w) && (t.pos[k - 1] === 'DET' || POSSESSIVES.has(t.value[k - 1]?.toLowerCase() ?? ''));
    if (t.pos[k] === 'VERB' && t.value[k - 1]?.toLowerCase() !== 'to' && !reducedRelative && !gerund && !adjectival(c, k)) return null;
    if (c.actors.isDate(k)) continue;
    const here = targetsAt(c.doc, c.actors, k).filter((a) => a.first === k && !own.has(a.entity.id));
    if (!here.length) continue;
    const place = here.every((a) => a.entity.lat != null) && PLACE_WORDS.has(t.value[k - 1]?.toLowerCase() ?? '');
    // A peer dictionary's pattern takes a place too, as PETRARCH does ("the rebuilding of bridges in Chile").
    if (place && !peer) continue;
    const found = coordinatedRight(c.doc, c.actors, here, limit);
    // "said Russia attacked", "hoped Japan's aid would come": an actor in the subject of the next
    // clause is not the target, unless a peer dictionary's pattern reads it so.
    if (peer) return { targets: found, viaInfinitive };
    let after = Math.max(...found.map((a) => a.last)) + 1;
    for (let n = 0; n < 4 && (c.doc.words[after] === "'s" || ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(t.pos[after]!)); n++) after++;
    return t.pos[after] === 'VERB' || t.pos[after] === 'AUX' ? null : { targets: found, viaInfinitive };
  }
  return null;
}

const PLACE_WORDS = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'along', 'into', 'within', 'throughout', 'from', 'to']);
const RECIPROCAL_VERBS = new Set(['exchange', 'trade', 'swap', 'clash']);
const JOINT_WORDS = new Set(['joint', 'bilateral', 'mutual', 'each', 'one', 'their']);
// "their meeting", "their ties": what two parties share; "their populations" is not.
const SHARED_NOUNS = new Set(['meeting', 'meetings', 'talks', 'ties', 'relations', 'summit', 'agreement', 'accord', 'cooperation', 'partnership', 'friendship', 'dispute', 'differences', 'alliance', 'negotiations', 'dialogue', 'exercises', 'trade']);

/**
 * A joint act of coordinated subjects: a meeting, talks, ties or an agreement between them
 * (CAMEO 030, roots 04–06), or any act on "joint" / "bilateral" things or on "their" talks, ties ….
 */
export function isJoint(c: Coder, trigger: number, end: number, limit: number, code: string): boolean {
  if (code === '030' || /^0[456]/.test(code)) return true;
  // "India and Pakistan traded fire", "exchanged prisoners": each does it to the other.
  if (c.forms(trigger).some((f) => RECIPROCAL_VERBS.has(f))) return true;
  const t = c.doc.tokens;
  for (let k = trigger + 1; k <= Math.min(limit, end + 3); k++) {
    const w = t.value[k]!.toLowerCase();
    const next = t.value[k + 1]?.toLowerCase() ?? '';
    if (!JOINT_WORDS.has(w) || (w === 'each' && next !== 'other') || (w === 'one' && next !== 'another')) continue;
    if (w !== 'their' || SHARED_NOUNS.has(next) || SHARED_NOUNS.has(t.value[k + 2]?.toLowerCase() ?? '')) return true;
  }
  return false;
}
