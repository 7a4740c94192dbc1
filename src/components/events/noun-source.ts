// Sources that are not subjects: the possessor or modifier of a nominal event ("Russia's
// invasion", "Western sanctions", "their summit") and the agent of a passive ("by the West").
import type { Doc } from '../../doc/doc.js';
import type { ActorIndex, ActorMention } from './actor-index.js';
import { unique } from './clause.js';

const MODIFIER_POS = new Set(['ADJ', 'ADV', 'NUM', 'VERB']);

export function nounSource(doc: Doc, actors: ActorIndex, noun: number, sentenceFirst: number): ActorMention[] {
  const t = doc.tokens;
  let k = noun - 1;
  // A verb is a modifier only as a participle after a determiner or adjective ("Russia's renewed
  // offensive"); "Peru resumed talks" has a finite verb, whose subject is not the noun's owner.
  const modifier = (j: number): boolean =>
    MODIFIER_POS.has(t.pos[j]!) && (t.pos[j] !== 'VERB' || ['DET', 'ADJ', 'ADV', 'PART'].includes(t.pos[j - 1] ?? '') || /^['’]s$/.test(t.value[j - 1] ?? ''));
  for (let steps = 0; k >= sentenceFirst && steps < 3 && modifier(k) && !actors.covering(k).length; steps++) k--;
  if (k >= sentenceFirst && /^['’]s?$/.test(t.value[k]!)) k--;
  if (k < sentenceFirst) return [];
  const here = actors.covering(k);
  if (here.length) return unique(here);
  // "the Israeli raid", "Western sanctions": a demonym with a country or region code owns the act.
  const demonym = actors.demonymAt(k);
  return demonym ? [demonym] : [];
}

/** The actors after "by" within a few tokens of the end of the verb phrase. */
export function passiveAgent(doc: Doc, actors: ActorIndex, from: number, limit: number): ActorMention[] {
  const t = doc.tokens;
  for (let k = from; k <= limit && k - from <= 8; k++) {
    if (t.value[k]!.toLowerCase() !== 'by') continue;
    const out: ActorMention[] = [];
    for (let j = k + 1; j <= limit && j - k <= 12; j++) {
      const here = actors.covering(j);
      if (here.length) {
        for (const a of here) if (!out.some((o) => o.entity === a.entity)) out.push(a);
        j = Math.max(...here.map((a) => a.last));
        continue;
      }
      const w = t.value[j]!.toLowerCase();
      // "by Iranian Revolutionary Guards": a demonym before the agent's name is passed over.
      if (!(w === 'and' || w === ',' || w === 'both' || t.pos[j] === 'DET' || t.pos[j] === 'ADJ' || actors.demonymAt(j))) break;
    }
    return out;
  }
  return [];
}

/** The noun phrase right before a verb group, for a passive whose subject is no actor. */
export function subjectPhrase(doc: Doc, groupStart: number, sentenceFirst: number): [number, number] | undefined {
  const t = doc.tokens;
  const last = groupStart - 1;
  if (last < sentenceFirst || (t.pos[last] !== 'NOUN' && t.pos[last] !== 'PROPN')) return undefined;
  let first = last;
  while (first - 1 >= sentenceFirst && last - first < 5 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM'].includes(t.pos[first - 1]!)) first--;
  return [first, last];
}
