// A cheap language check: English or not, from common English function words and the script.
import type { SourceItem } from './article.js';
import { skipped } from './source-items.js';

export interface LanguageGuess {
  /** 'en', an ISO 639-1 code for a script that names one language, or 'und'. */
  lang: string;
  /** 0..1: how sure the guess is. */
  confidence: number;
  /** In words, why: for the ledger when an article is skipped. */
  reason: string;
}

/**
 * Very common English words that are rare as words in other Latin-script languages. Left
 * out on purpose: a, an, in, on, die, is shared with French, Spanish, German, Dutch, Italian.
 */
const FUNCTION_WORDS = new Set(
  ('the of and to that for with was were said by at from it its he she they his her their ' +
    'has have had been be are this which who will would not but or after about than there ' +
    'into more also we you our when what could should can these those over against between').split(' '),
);
/** In English news text these words are 25–40% of word tokens; in French, German or Spanish, under 5%. */
const MIN_FUNCTION_SHARE = 0.12;
/** Fewer words than this are too few to judge; they are taken for English. */
const MIN_WORDS = 12;
/** Only the start of a long article is read: the language does not change halfway. */
const SAMPLE_CHARS = 20_000;
const LETTER = /\p{L}/u;

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'hangul' | 'kana' | 'han' | 'other';

/** Scripts whose use names one language well enough to say so; the rest are 'und'. */
const SCRIPT_LANG: Partial<Record<Script, string>> = { greek: 'el', hebrew: 'he', thai: 'th', hangul: 'ko', kana: 'ja', han: 'zh' };

function scriptOf(c: number): Script | null {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 'latin';
  if (c < 0xc0) return null;
  if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) return c === 0xd7 || c === 0xf7 ? null : 'latin';
  if (c >= 0x370 && c <= 0x3ff) return 'greek';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0xe00 && c <= 0xe7f) return 'thai';
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0xac00 && c <= 0xd7af)) return 'hangul';
  if (c >= 0x3040 && c <= 0x30ff) return 'kana';
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) return 'han';
  return LETTER.test(String.fromCodePoint(c)) ? 'other' : null;
}

/** Letters per script, in one pass over the sample. */
function countScripts(sample: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const ch of sample) {
    const s = scriptOf(ch.codePointAt(0)!);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

function nonLatinGuess(counts: Map<Script, number>, letters: number): LanguageGuess {
  let top: Script = 'other';
  for (const [s, n] of counts) if (s !== 'latin' && n > (counts.get(top) ?? 0)) top = s;
  // Japanese mixes kana with kanji; any real share of kana means Japanese, not Chinese.
  if (top === 'han' && (counts.get('kana') ?? 0) > letters * 0.05) top = 'kana';
  const own = (counts.get(top) ?? 0) + (top === 'kana' ? counts.get('han') ?? 0 : 0);
  const share = own / letters;
  const pct = Math.round(((counts.get('latin') ?? 0) / letters) * 100);
  return { lang: SCRIPT_LANG[top] ?? 'und', confidence: round(share), reason: `mostly ${top} script, ${pct}% Latin letters` };
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}

function latinGuess(sample: string): LanguageGuess {
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  if (words.length < MIN_WORDS) return { lang: 'en', confidence: 0.3, reason: `only ${words.length} words, too few to judge; taken as English` };
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  const share = hits / words.length;
  const pct = `${Math.round(share * 100)}% of ${words.length} words are common English function words`;
  if (share >= MIN_FUNCTION_SHARE) return { lang: 'en', confidence: round(0.5 + share * 2), reason: pct };
  return { lang: 'und', confidence: round(1 - share / MIN_FUNCTION_SHARE), reason: `${pct} (English text has over ${MIN_FUNCTION_SHARE * 100}%)` };
}

/**
 * Guesses whether a text is English; linear in the text, and reads at most its first 20k chars.
 * @example detectLanguage('The minister said on Monday that the talks would go on.').lang // 'en'
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = countScripts(sample);
  let letters = 0;
  for (const n of counts.values()) letters += n;
  if (letters === 0) return { lang: 'und', confidence: 1, reason: 'no letters at all' };
  if ((counts.get('latin') ?? 0) < letters * 0.5) return nonLatinGuess(counts, letters);
  return latinGuess(sample);
}

/** Lets English articles through with `lang` set, and skips the rest with NG_E019. */
export function languageGate(item: SourceItem): SourceItem {
  if (item.kind !== 'article') return item;
  const { article } = item;
  const guess = detectLanguage(`${article.title}\n${article.text}`);
  if (guess.lang === 'en') return { ...item, article: { ...article, lang: 'en' } };
  const found = guess.lang === 'und' ? 'an undetermined language' : `'${guess.lang}'`;
  return skipped(item.origin, 'NG_E019', `expected English, found ${found} (${guess.reason}); only English articles are read`);
}
