// What every part of the event coder shares: the document, the lexicon, the actor index and
// the per-document context, and the small word tests used by verbs, nouns and targets alike.
import type { Doc } from '../../doc/doc.js';
import { patternLength, type EventLexicon, type EventPattern } from '../../lexicon/event-lexicon.js';
import type { ActorIndex, ActorMention } from './actor-index.js';
import type { DocContext } from './context.js';
import type { Forms, PatternMatch } from './match-pattern.js';
import { isIrregularPast } from './word-forms.js';

export interface Coder {
  doc: Doc;
  lex: EventLexicon;
  actors: ActorIndex;
  ctx: DocContext;
  forms: Forms;
}

/** The patterns of every base form of the token, longest first ("left": LEAVE and LEFT). */
export function headPatterns(c: Coder, index: Map<string, EventPattern[]>, i: number): EventPattern[] | null {
  const forms = c.forms(i);
  if (forms.length === 0) return null;
  // A word's forms are one cached array (word-forms.ts), so its patterns are looked up once per index.
  let byForms = HEADS.get(index);
  if (!byForms) HEADS.set(index, (byForms = new WeakMap()));
  let found = byForms.get(forms);
  if (found === undefined) byForms.set(forms, (found = patternsOf(index, forms)));
  return found;
}

function patternsOf(index: Map<string, EventPattern[]>, forms: readonly string[]): EventPattern[] | null {
  let found: EventPattern[] | null = null;
  let merged = false;
  for (const f of forms) {
    const list = index.get(f);
    if (!list || list === found) continue;
    if (!found) found = list;
    else {
      found = [...found, ...list];
      merged = true;
    }
  }
  if (merged) found!.sort((a, b) => patternLength(b) - patternLength(a));
  return found;
}

const HEADS = new WeakMap<Map<string, EventPattern[]>, WeakMap<readonly string[], EventPattern[] | null>>();

/** Words that end the clause of a verb for the target search: another clause begins. */
export const CLAUSE_END = new Set([';', ':', '—', '(', 'after', 'before', 'while', 'when', 'because', 'although', 'though', 'since', 'until', 'unless', 'if', 'as', 'who', 'which', 'whom', 'where', 'but']);

/** The first demonym inside a token span, as the actor it stands for ("Danish" in "two seized Danish trawlers"). */
export function demonymIn(c: Coder, [a, b]: [number, number]): ActorMention | undefined {
  for (let k = a; k <= b; k++) {
    const d = c.actors.demonymAt(k);
    if (d) return d;
  }
  return undefined;
}

const ABSTRACT_FOES = new Set([
  'epidemic', 'pandemic', 'disease', 'virus', 'outbreak', 'cholera', 'ebola', 'malaria', 'polio', 'aids', 'hiv', 'cancer', 'poverty',
  'hunger', 'famine', 'malnutrition', 'corruption', 'inflation', 'unemployment', 'drought', 'fire', 'wildfire', 'blaze', 'flood',
  'flame', 'cause', 'climate', 'change', 'illiteracy', 'crime', 'drug', 'trafficking', 'smuggling', 'fraud', 'misinformation',
  'disinformation', 'extremism', 'radicalization', 'racism', 'discrimination', 'inequality', 'impunity', 'erosion', 'pollution',
]);

/** "fighting the epidemic", "combat poverty": force (roots 17–20) against a plague or a social ill is no event. */
export function againstPlague(c: Coder, m: PatternMatch): boolean {
  return !m.targets.length && !!m.phrase && /^(1[789]|20)/.test(m.pattern.code) && ABSTRACT_FOES.has(c.doc.tokens.lemma[m.phrase[1]]!.toLowerCase());
}

/** "20 kidnapped students", "the armed forces": a participle between a determiner or number and its noun, or inside an actor's name, modifies it. */
export function adjectival(c: Coder, i: number): boolean {
  const t = c.doc.tokens;
  // Inside an actor's own name ("British armed forces") a verb form is no predicate.
  if (c.actors.covering(i).length) return true;
  if (!/(ed|en)$/.test(t.value[i]!) && !isIrregularPast(t.value[i]!)) return false;
  // "the affected Ithilen villages", "against besieged Osgiliath": after an article or a
  // preposition even an actor's name may follow.
  if ((t.pos[i - 1] === 'DET' || t.pos[i - 1] === 'ADP') && (t.pos[i + 1] === 'NOUN' || t.pos[i + 1] === 'PROPN')) return true;
  return (t.pos[i + 1] === 'NOUN' || (t.pos[i + 1] === 'PROPN' && !c.actors.covering(i + 1).length)) &&
    (['DET', 'NUM', 'ADJ'].includes(t.pos[i - 1] ?? '') || c.doc.words[i - 1] === "'s" || c.actors.isAmount(i - 1));
}
