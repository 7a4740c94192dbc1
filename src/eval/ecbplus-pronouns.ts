// ECB+ test topics: does newsgraph resolve "he", "she", "his", "her" to the right person, and
// "it", "its", "they" to the right body? The gold is ECB+'s coreference of human participants:
// a pronoun is resolved right when the entity newsgraph gives it has a mention on a non-pronoun
// mention of the pronoun's gold chain.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../engine.js';
import type { ExtractionRecord } from '../record/types.js';
import { articleId } from '../sources/article.js';
import { Counter, overlaps, type Span } from './metrics.js';
import { goldPath, type EvalSuite } from './suite.js';
import { attr, decode } from './timeml.js';

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers']);
const OTHERS = new Set(['it', 'its', 'they', 'them', 'their']);
const PRONOUNS = new Set([...PERSONAL, ...OTHERS]);
/** Tokens written against the word before them: "Smith ,", "Smith 's", "do n't". */
const CLOSES = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const OPENS = /^[([{$]$/;

export interface EcbMention extends Span {
  text: string;
  /** The id of the chain's instance, or null when no relation links the mention. */
  chain: string | null;
}

export interface EcbDoc {
  /** The tokens joined as written, one sentence a line. */
  text: string;
  /** Markables of human participants (HUMAN_PART_*), with their chains. */
  humans: EcbMention[];
}


/** Reads one ECB+ CAT XML file: the text rebuilt from its tokens, and the human markables with their chains. */
export function readEcb(xml: string): EcbDoc {
  const spans = new Map<string, Span>();
  let text = '';
  let sentence = -1;
  let prev = '';
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const tag = m[1]!;
    const value = decode(m[2]!);
    const s = Number(attr(tag, 'sentence'));
    if (s !== sentence) {
      if (text) text += '\n';
      sentence = s;
    } else if (!CLOSES.test(value) && !OPENS.test(prev)) {
      text += ' ';
    }
    spans.set(attr(tag, 't_id'), { start: text.length, end: text.length + value.length });
    text += value;
    prev = value;
  }
  // CROSS_DOC_COREF and INTRA_DOC_COREF: source mentions point at the instance markable (the target).
  const chainOf = new Map<string, string>();
  for (const r of xml.matchAll(/<(?:CROSS|INTRA)_DOC_COREF\b[^>]*>([\s\S]*?)<\/(?:CROSS|INTRA)_DOC_COREF>/g)) {
    const target = /<target m_id="([^"]+)"/.exec(r[1]!)?.[1];
    if (!target) continue;
    for (const s of r[1]!.matchAll(/<source m_id="([^"]+)"/g)) chainOf.set(s[1]!, target);
  }
  const humans: EcbMention[] = [];
  for (const m of xml.matchAll(/<(HUMAN_PART\w*)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const ids = [...m[3]!.matchAll(/t_id="([^"]+)"/g)].map((a) => spans.get(a[1]!)).filter((x) => x !== undefined);
    if (!ids.length) continue;
    const start = Math.min(...ids.map((x) => x.start));
    const end = Math.max(...ids.map((x) => x.end));
    humans.push({ start, end, text: text.slice(start, end), chain: chainOf.get(attr(m[2]!, 'm_id')) ?? null });
  }
  return { text, humans };
}

/**
 * Scores the pronouns of one document: each gold pronoun (in a chain that also holds a name or
 * a description) is resolved by the system when an entity has a
 * pronoun mention on it, and resolved right when that entity also has a mention on one of the
 * chain's other mentions. Returns [right, wrong, unresolved].
 */
export function scorePronouns(doc: EcbDoc, rec: ExtractionRecord, which: ReadonlySet<string> = PERSONAL): [number, number, number] {
  let right = 0;
  let wrong = 0;
  let missed = 0;
  for (const p of doc.humans) {
    if (!which.has(p.text.toLowerCase()) || !p.chain) continue;
    const others = doc.humans.filter((h) => h.chain === p.chain && !PRONOUNS.has(h.text.toLowerCase()));
    if (!others.length) continue;
    const entity = rec.entities.find((e) => e.mentions.some((m) => m.kind === 'pronoun' && overlaps(m, p)));
    if (!entity) missed++;
    else if (entity.mentions.some((m) => m.kind !== 'pronoun' && others.some((o) => overlaps(m, o)))) right++;
    else wrong++;
  }
  return [right, wrong, missed];
}

export const ecbplusPronouns: EvalSuite = {
  name: 'ecbplus-pronouns',
  description: 'ECB+ test topics 36-45 (210 news texts): he/she/his/her and it/they resolved to the right person or body of the gold chain',
  async run(shared) {
    const root = goldPath(shared, 'datasets/ecbplus-test');
    const engine = createEngine({ components: ['entities'] });
    const counter = new Counter();
    const others = new Counter();
    let documents = 0;
    for (const topic of readdirSync(join(root, 'ECB+')).sort()) {
      for (const file of readdirSync(join(root, 'ECB+', topic)).filter((f) => f.endsWith('.xml')).sort()) {
        const doc = readEcb(readFileSync(join(root, 'ECB+', topic, file), 'utf8'));
        const rec = engine.extract({ id: articleId(doc.text), title: '', date: null, source: file, url: null, lang: 'en', text: doc.text });
        const [right, wrong, missed] = scorePronouns(doc, rec);
        counter.add(right, wrong, wrong + missed);
        const [r2, w2, m2] = scorePronouns(doc, rec, OTHERS);
        others.add(r2, w2, w2 + m2);
        documents++;
      }
    }
    const result = counter.result();
    const bodies = others.result();
    return {
      suite: 'ecbplus-pronouns',
      gold: root,
      items: result.tp + result.fn + bodies.tp + bodies.fn,
      fields: { 'he/she/his/her -> person': result, 'it/its/they/them/their -> actor': bodies },
      figures: { documents },
      notes: [
        'gold: he, she, him, her, his, hers (and it, its, they, them, their) marked as human participants, people, bodies or states (in any sentence; ECB+ marks and links people beyond the sentences it lists for event coreference), whose coreference chain also holds a name or a description',
        'tp: the entity newsgraph gives the pronoun also covers a non-pronoun mention of its chain; fp: it covers none; fn: wrong or unresolved',
        'text rebuilt from the tokens, one sentence a line; no publication date',
      ],
    };
  },
};
