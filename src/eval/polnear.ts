// PolNeAR test split: does newsgraph find who said what? Source (speaker), cue and content
// spans of attribution relations, scored exact and overlapping (after Citron's metrics).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { claimsComponent } from '../components/claims/claims.js';
import { datesComponent } from '../components/dates/dates.js';
import { entitiesComponent } from '../components/entities/entities.js';
import { createPipeline } from '../components/pipeline.js';
import { quotesComponent } from '../components/quotes/quotes.js';
import { toRecord } from '../record/to-record.js';
import type { RecordQuote } from '../record/types.js';
import { articleId } from '../sources/article.js';
import { Counter, type Span } from './metrics.js';
import { goldPath, type EvalSuite } from './suite.js';

/** One attribution relation; each role is a list of pieces (brat allows discontinuous spans). */
export interface Relation {
  source: Span[];
  cue: Span[];
  content: Span[];
}

type Role = keyof Relation;

/** Reads one brat .ann file of PolNeAR into relations, pieces tidied against the text. */
export function readBrat(ann: string, text: string): Relation[] {
  const spans = new Map<string, { type: string; pieces: Span[] }>();
  const out: Relation[] = [];
  for (const line of ann.split('\n')) {
    const cells = line.split('\t');
    if (line.startsWith('T') && cells.length >= 2) {
      const [type, ...rest] = cells[1]!.split(' ');
      const pieces = rest.join(' ').split(';').map((p) => p.trim().split(' ').map(Number)).map(([start, end]) => ({ start: start!, end: end! }));
      spans.set(cells[0]!, { type: type!, pieces });
    } else if (line.startsWith('E') && cells.length >= 2) {
      const rel: Relation = { source: [], cue: [], content: [] };
      for (const arg of cells[1]!.split(' ').slice(1)) {
        const [role, id] = arg.split(':');
        const t = spans.get(id ?? '');
        const key = role?.replace(/\d+$/, '').toLowerCase();
        if (t && (key === 'source' || key === 'cue' || key === 'content')) rel[key].push(...t.pieces);
      }
      out.push(tidy(rel, text));
    }
  }
  return out;
}

/** Trims whitespace at piece edges and joins pieces that only whitespace separates. */
export function tidyPieces(pieces: Span[], text: string): Span[] {
  const sorted = pieces
    .map((p) => {
      let { start, end } = p;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (prev && text.slice(prev.end, p.start).trim() === '') prev.end = Math.max(prev.end, p.end);
    else out.push({ ...p });
  }
  return out;
}

function tidy(rel: Relation, text: string): Relation {
  return { source: tidyPieces(rel.source, text), cue: tidyPieces(rel.cue, text), content: tidyPieces(rel.content, text) };
}

const QUOTE_CHARS = /["'`\u2018\u2019\u201C\u201D\u00AB\u00BB]/;

/**
 * newsgraph's quotations as relations: pieces of one utterance (linked by `continues`) are one
 * relation; a direct piece takes in its quotation marks, as PolNeAR's content spans do; the
 * source is the speaker with the appositive or relative clause that describes it.
 */
export function quoteRelations(quotes: RecordQuote[], text: string): Relation[] {
  const byId = new Map<string, Relation>();
  const out: Relation[] = [];
  for (const q of quotes) {
    if (!q.cueSpan) continue;
    const content = q.kind === 'direct' ? withMarks(q, text) : { start: q.start, end: q.end };
    const owner = q.continues ? byId.get(q.continues) : undefined;
    if (owner) {
      owner.content.push(content);
      byId.set(q.id, owner);
      continue;
    }
    const rel: Relation = { source: [], cue: [q.cueSpan], content: [content] };
    if (q.speaker) rel.source.push(sourceSpan(q, text));
    byId.set(q.id, rel);
    out.push(rel);
  }
  return out.map((r) => tidy(r, text));
}

/** The speaker and its description; "X, a professor at Y, said" keeps its second comma, as PolNeAR's annotators mostly did. */
function sourceSpan(q: RecordQuote, text: string): Span {
  const sp = q.speaker!;
  const d = sp.description;
  const span = { start: Math.min(sp.start, d?.start ?? Infinity), end: Math.max(sp.end, d?.end ?? 0) };
  const cue = q.cueSpan!.start;
  if (d && d.end <= cue && text.slice(d.end, cue).trim() === ',') span.end = text.indexOf(',', d.end) + 1;
  return span;
}

function withMarks(q: RecordQuote, text: string): Span {
  let { start, end } = q;
  if (start > 0 && QUOTE_CHARS.test(text[start - 1]!)) start--;
  if (start > 0 && text[start - 1] === text[start] && QUOTE_CHARS.test(text[start]!)) start--;
  let k = end;
  while (k < text.length && k - end < 2 && /[,.]/.test(text[k]!)) k++;
  if (k < text.length && QUOTE_CHARS.test(text[k]!)) end = text[k + 1] === text[k] ? k + 2 : k + 1;
  return { start, end };
}

const overlapsAny = (a: Span[], b: Span[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
const same = (a: Span[], b: Span[]): boolean => a.length === b.length && a.every((x, i) => x.start === b[i]!.start && x.end === b[i]!.end);

/** One-to-one matching of relations (greedy, in order) under `match`; counts tp, fp, fn. */
function score(gold: Relation[], sys: Relation[], role: Role, match: (g: Relation, s: Relation) => boolean): [number, number, number] {
  const g = gold.filter((r) => r[role].length > 0);
  const s = sys.filter((r) => r[role].length > 0);
  const used = new Uint8Array(s.length);
  let tp = 0;
  for (const x of g) {
    const k = s.findIndex((y, i) => !used[i] && match(x, y));
    if (k >= 0) {
      used[k] = 1;
      tp++;
    }
  }
  return [tp, s.length - tp, g.length - tp];
}

/** Citron's overlap measure: characters (not spaces) inside both a gold and a system span of the role. */
function shareCounts(gold: Relation[], sys: Relation[], role: Role, text: string): [number, number, number] {
  const mark = (rels: Relation[]): Uint8Array => {
    const m = new Uint8Array(text.length);
    for (const r of rels) for (const p of r[role]) m.fill(1, p.start, p.end);
    return m;
  };
  const g = mark(gold);
  const s = mark(sys);
  let both = 0;
  let onlyS = 0;
  let onlyG = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    if (g[i] && s[i]) both++;
    else if (s[i]) onlyS++;
    else if (g[i]) onlyG++;
  }
  return [both, onlyS, onlyG];
}

/** Every annotator's file for each article, in name order (the two agreement articles have six). */
function annotationFiles(dir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ann')).sort()) {
    const base = f.replace(/_[0-9a-f]+\.ann$/, '');
    const list = out.get(base);
    if (list) list.push(f);
    else out.set(base, [f]);
  }
  return out;
}

function publicationDates(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    if (c[0] === 'test' && c[1] && /^\d{4}-\d{2}-\d{2}$/.test(c[5] ?? '')) out.set(c[1], c[5]!);
  }
  return out;
}

export const ROWS: Array<[string, Role, 'exact' | 'overlap']> = [
  ['source (exact)', 'source', 'exact'], ['source (overlap)', 'source', 'overlap'],
  ['cue (exact)', 'cue', 'exact'], ['cue (overlap)', 'cue', 'overlap'],
  ['content (exact)', 'content', 'exact'], ['content (overlap)', 'content', 'overlap'],
];

type Matcher = (g: Relation, s: Relation) => boolean;

/** The match of a row: the role's pieces the same (exact) or sharing a character (overlap), and the cues overlapping. */
function matcher(role: Role, how: 'exact' | 'overlap'): Matcher {
  const fit = how === 'exact' ? same : overlapsAny;
  return (g, s) => (role === 'cue' || overlapsAny(g.cue, s.cue)) && fit(g[role], s[role]);
}

/**
 * The ceiling the gold set allows: on the articles several people annotated, each annotator
 * scored against each other one (every ordered pair, so precision equals recall), and the
 * system scored against each annotator on the same articles.
 */
export function agreement(annotations: Relation[][], sys: Relation[], humans: Map<string, Counter>, system: Map<string, Counter>): void {
  for (const [name, role, how] of ROWS) {
    const match = matcher(role, how);
    annotations.forEach((a, i) => {
      system.get(name)!.add(...score(a, sys, role, match));
      annotations.forEach((b, j) => {
        if (i !== j) humans.get(name)!.add(...score(a, b, role, match));
      });
    });
  }
}

export const polnear: EvalSuite = {
  name: 'polnear',
  description: 'PolNeAR test (84 articles): attribution source, cue and content spans, exact and overlapping',
  async run(shared) {
    const root = goldPath(shared, 'datasets/polnear-test');
    const dates = publicationDates(join(root, 'metadata.tsv'));
    const pipeline = createPipeline([entitiesComponent(), datesComponent(), quotesComponent(), claimsComponent()]);
    const counters = new Map(ROWS.map(([name]) => [name, new Counter()]));
    const shares = { source: new Counter(), cue: new Counter(), content: new Counter() };
    const humans = new Map(ROWS.map(([name]) => [name, new Counter()]));
    const system = new Map(ROWS.map(([name]) => [name, new Counter()]));
    let items = 0;
    let agreed = 0;
    for (const [base, files] of annotationFiles(join(root, 'attributions'))) {
      const text = readFileSync(join(root, 'text', `${base}.txt`), 'utf8');
      const annotations = files.map((f) => readBrat(readFileSync(join(root, 'attributions', f), 'utf8'), text));
      const gold = annotations[0]!;
      const article = { id: articleId(text), title: '', date: dates.get(base) ?? null, source: base, url: null, lang: 'en', text };
      const sys = quoteRelations(toRecord(pipeline.process(article)).quotes, text);
      items += gold.length;
      for (const [name, role, how] of ROWS) counters.get(name)!.add(...score(gold, sys, role, matcher(role, how)));
      for (const role of ['source', 'cue', 'content'] as const) shares[role].add(...shareCounts(gold, sys, role, text));
      if (annotations.length > 1) {
        agreement(annotations, sys, humans, system);
        agreed++;
      }
    }
    const fields = Object.fromEntries(ROWS.map(([name]) => [name, counters.get(name)!.result()]));
    for (const role of ['source', 'cue', 'content'] as const) fields[`${role} (overlap, characters)`] = shares[role].result();
    if (agreed) {
      for (const [name] of ROWS) fields[`agreement: ${name}, annotator vs annotator`] = humans.get(name)!.result();
      for (const [name] of ROWS) fields[`agreement: ${name}, system vs annotator`] = system.get(name)!.result();
    }
    return {
      suite: 'polnear',
      gold: root,
      items,
      fields,
      notes: [
        'one annotator per article (the first file of the two six-annotator agreement articles); gold and system pieces are trimmed of spaces and joined across gaps of spaces only',
        'source and content rows need the cue to overlap too, as Citron scores them; exact = the same pieces, overlap = any shared character, matched one to one',
        'the source is the speaker with its appositive or relative clause; a direct quotation takes in its quotation marks; scare quotes and quotations without a cue are not attributions and are left out',
        '"characters" rows: non-space characters inside a gold and a system span of the role (tp), only a system span (fp), only a gold span (fn)',
        '"agreement" rows: on the articles several people annotated (two articles, six annotators each), every annotator scored against every other one, and the system against every annotator, with the same matching: how far two people agree on this gold set, and the system beside them on the same articles',
      ],
    };
  },
};
