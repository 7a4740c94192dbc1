// Candidate base forms of a token for pattern matching: wink's lemma is often wrong on news
// verbs ("staged" → "stag", "shot" → "shot"), so the raw word's regular and irregular
// inflections are tried as well, all in canonical spelling.
import { canon } from '../../lexicon/event-lexicon.js';

const IRREGULAR: Record<string, string> = {
  met: 'meet', held: 'hold', shot: 'shoot', fought: 'fight', sought: 'seek', took: 'take', taken: 'take', gave: 'give',
  given: 'give', struck: 'strike', sent: 'send', led: 'lead', won: 'win', told: 'tell', threw: 'throw', thrown: 'throw',
  broke: 'break', broken: 'break', spoke: 'speak', spoken: 'speak', withdrew: 'withdraw', withdrawn: 'withdraw', began: 'begin',
  begun: 'begin', bought: 'buy', sold: 'sell', paid: 'pay', kept: 'keep', left: 'leave', brought: 'bring', forbade: 'forbid',
  swore: 'swear', sworn: 'swear', overthrew: 'overthrow', overthrown: 'overthrow', wrote: 'write', written: 'write', drove: 'drive',
  driven: 'drive', flew: 'fly', flown: 'fly', fled: 'flee', stood: 'stand', said: 'say', made: 'make', came: 'come', went: 'go',
  gone: 'go', saw: 'see', seen: 'see', felt: 'feel', found: 'find', got: 'get', lost: 'lose', set: 'set', hit: 'hit', put: 'put',
  cut: 'cut', shut: 'shut', beat: 'beat', beaten: 'beat', bore: 'bear', borne: 'bear', hung: 'hang', lent: 'lend', meant: 'mean',
  undertook: 'undertake', forgave: 'forgive', forgiven: 'forgive', froze: 'freeze', frozen: 'freeze', rose: 'rise', risen: 'rise',
  slew: 'slay', slain: 'slay', bled: 'bleed', fed: 'feed', upheld: 'uphold', withheld: 'withhold', overrode: 'override', dealt: 'deal',
  taught: 'teach', caught: 'catch', thought: 'think', built: 'build', spent: 'spend', ran: 'run', sank: 'sink', sunk: 'sink',
  blew: 'blow', blown: 'blow', tore: 'tear', torn: 'tear', wore: 'wear', hid: 'hide', hidden: 'hide', bit: 'bite', bitten: 'bite',
  stole: 'steal', stolen: 'steal', swept: 'sweep', sped: 'speed', drew: 'draw', drawn: 'draw', grew: 'grow', grown: 'grow',
};

/** "forgave", "shot", "blew": an irregular past form (wink often tags them as nouns). */
export const isIrregularPast = (word: string): boolean => Object.hasOwn(IRREGULAR, word.toLowerCase());

// News vocabulary is small next to the text: forms are computed once per (word, lemma) per
// process. The cache is emptied when it grows past a bound, so memory stays flat.
// Keyed by the word, then (rarely more than one) by its lemma.
const cache = new Map<string, Map<string, string[]>>();
const CACHE_LIMIT = 200_000;

/**
 * Base forms to try for `word` (with wink's `lemma`), canonical spelling: the word as written
 * first (a dictionary's entry for "left" is more specific than "leave"), then the lemma.
 */
export function wordForms(word: string, lemma: string): string[] {
  let byLemma = cache.get(word);
  if (!byLemma) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, (byLemma = new Map()));
  }
  let forms = byLemma.get(lemma);
  if (!forms) {
    forms = computeForms(word, lemma);
    byLemma.set(lemma, forms);
  }
  return forms;
}

function computeForms(word: string, lemma: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>([canon(w), canon(lemma)]);
  const irregular = IRREGULAR[w];
  if (irregular) out.add(irregular);
  for (const base of regularBases(w)) out.add(canon(base));
  // "cease-fire" is the lexicon's "ceasefire", "long-standing" its "longstanding".
  if (w.includes('-') && /^[a-z]+(-[a-z]+)+$/.test(w)) for (const f of [...out]) out.add(f.replace(/-/g, ''));
  return [...out];
}

function regularBases(w: string): string[] {
  const out: string[] = [];
  if (w.endsWith('ies') || w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  for (const suffix of ['ed', 'ing']) {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 2) continue;
    const stem = w.slice(0, -suffix.length);
    out.push(stem, stem + 'e');
    // Doubled final consonant: "shelled" → "shell" is in stem already; "stopped" → "stop".
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  }
  if (w.endsWith('d') && w.length > 3) out.push(w.slice(0, -1));
  return out;
}
