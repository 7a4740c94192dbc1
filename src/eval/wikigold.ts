// wikigold: does newsgraph find the people, organisations and places of 145 Wikipedia articles
// (CoNLL IOB1 gold), with the same span and type? An out-of-domain check: not news.
import { readFileSync } from 'node:fs';
import { createEngine } from '../engine.js';
import { articleId } from '../sources/article.js';
import { EntityScore, systemSpans, type GoldEntity, type Kind } from './re3d-entities.js';
import { goldPath, type EvalSuite } from './suite.js';

export interface ConllDoc {
  /** The tokens joined with spaces, one sentence a line. */
  text: string;
  /** Gold entities; MISC has kind null (not scored, but kept for counts). */
  gold: Array<GoldEntity & { label: string }>;
}

const KIND: Record<string, Kind> = { PER: 'person', ORG: 'organisation', LOC: 'location' };

/**
 * Splits a CoNLL file (`token LABEL` lines, blank lines between sentences, `-DOCSTART-`
 * between documents) into documents, rebuilding each text and the character offsets of its
 * entities. IOB1: `I-X` continues an entity of type X, `B-X` starts a new one next to it.
 */
export function readConll(text: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc = newDoc();
  let open: { label: string; start: number; end: number } | null = null;
  let lineStart = true;
  const close = (): void => {
    if (open) doc.gold.push({ start: open.start, end: open.end, label: open.label, kinds: new Set(KIND[open.label] ? [KIND[open.label]!] : []) });
    open = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      close();
      if (doc.text) docs.push(doc);
      doc = newDoc();
      lineStart = true;
      continue;
    }
    if (!line) {
      close();
      if (doc.text && !lineStart) doc.text += '\n';
      lineStart = true;
      continue;
    }
    const cut = line.lastIndexOf(' ');
    const [token, tag] = cut < 0 ? [line, 'O'] : [line.slice(0, cut), line.slice(cut + 1)];
    if (!lineStart) doc.text += ' ';
    lineStart = false;
    const start = doc.text.length;
    doc.text += token;
    const m = /^([IB])-(\w+)$/.exec(tag);
    if (!m) close();
    else if (open && m[1] === 'I' && open.label === m[2]) open.end = doc.text.length;
    else {
      close();
      open = { label: m[2]!, start, end: doc.text.length };
    }
  }
  close();
  if (doc.text) docs.push(doc);
  for (const d of docs) d.text = d.text.trimEnd();
  return docs;
}

function newDoc(): ConllDoc {
  return { text: '', gold: [] };
}

export const wikigold: EvalSuite = {
  name: 'wikigold',
  description: 'wikigold (145 Wikipedia articles, CoNLL): PER, ORG, LOC; exact span and type, and overlap',
  async run(shared) {
    const file = goldPath(shared, 'datasets/wikigold/wikigold.conll.txt');
    const engine = createEngine({ components: ['entities'] });
    const score = new EntityScore(['person', 'organisation', 'location']);
    let items = 0;
    let misc = 0;
    const docs = readConll(readFileSync(file, 'utf8'));
    for (const [i, d] of docs.entries()) {
      const rec = engine.extract({ id: articleId(d.text), title: '', date: null, source: `wikigold#${i + 1}`, url: null, lang: 'en', text: d.text });
      const gold = d.gold.filter((g) => g.kinds.size > 0);
      items += gold.length;
      misc += d.gold.length - gold.length;
      score.add(gold, systemSpans(rec).filter((s) => s.kind !== 'nationality'));
    }
    return {
      suite: 'wikigold',
      gold: file,
      items,
      fields: score.rows(),
      figures: { documents: docs.length, 'MISC entities (not scored)': misc },
      notes: [
        'text rebuilt by joining the tokens with spaces, one sentence a line; no publication date',
        'types: PERSON -> PER; ORG -> ORG; GPE, LOC, FAC -> LOC; NORP and GROUP are not scored; a system span on a MISC entity counts as wrong',
      ],
    };
  },
};
