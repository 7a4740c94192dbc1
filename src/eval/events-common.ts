// Shared by the event suites: the event a sentence is judged by, CAMEO's five classes, and triple matching.
import type { Engine } from '../engine.js';
import { TRANSNATIONAL } from '../lexicon/petrarch-actors.js';
import type { RecordEntity, RecordEvent } from '../record/types.js';
import { makeArticle } from '../sources/article.js';
import { Counter, type Prf } from './metrics.js';

export interface Triple {
  source: string;
  target: string;
  code: string;
}

/**
 * The most confident asserted, non-negated event (the earliest on a tie), or null. With
 * `withReported`, events inside reported speech count as well (a figure shown beside the score).
 */
export function topAsserted(events: readonly RecordEvent[], withReported = false): RecordEvent | null {
  let best: RecordEvent | null = null;
  for (const e of events) {
    if (e.negated || !(e.modality === 'asserted' || (withReported && e.modality === 'reported'))) continue;
    if (!best || e.confidence > best.confidence) best = e;
  }
  return best;
}

export const PENTA_NAMES = ['statement/appeal', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'] as const;

/** CAMEO's five classes by root: 0 = 01–02, 1 = 03–05, 2 = 06–08, 3 = 09–13, 4 = 14–20; null for a root outside 01–20. */
export function pentaClass(root: string): 0 | 1 | 2 | 3 | 4 | null {
  const r = Number(root.slice(0, 2));
  if (!/^\d{2}/.test(root) || r < 1 || r > 20) return null;
  return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

/**
 * The events a dyadic coder would print: not negated, with a coded source and a coded target
 * (PETRARCH's require_dyad). The others are counted apart.
 */
export function dyadic(events: readonly RecordEvent[], nulls?: NullActors): { triples: Triple[]; other: number } {
  const triples: Triple[] = [];
  for (const e of events) {
    if (e.negated) continue;
    const source = nulls ? nulls.code(e.source) : e.source?.code;
    const target = nulls ? nulls.code(e.target) : e.target?.code;
    if (source && target && (!nulls || source !== NULL_CODE || target !== NULL_CODE)) triples.push({ source, target, code: e.cameo });
  }
  return { triples, other: events.filter((e) => !e.negated).length - triples.length };
}

const NULL_CODE = '---';

/**
 * PETRARCH's way of printing actors it could not place: "---" for a missing target, and
 * "---GOV" for an agent with no country ("officials said"). Used by the suites whose gold was
 * written by PETRARCH itself, so that such events are scored rather than dropped.
 */
export class NullActors {
  private readonly agents: Set<string>;

  constructor(entities: readonly RecordEntity[]) {
    this.agents = new Set(entities.filter((x) => x.type === 'GROUP' && !x.country).map((x) => x.id));
  }

  code(a: RecordEvent['source']): string {
    if (!a?.code) return NULL_CODE;
    // members of a transnational group (NGMOPP): a transnational body owns the agent; no country is missing.
    const owned = a.code.length > 3 && TRANSNATIONAL.test(a.code);
    return a.entity && this.agents.has(a.entity) && !owned ? NULL_CODE + a.code : a.code;
  }
}

/** Multiset match of gold and system triples under a key: [tp, fp, fn]. */
export function matchTriples(gold: readonly Triple[], sys: readonly Triple[], key: (t: Triple) => string): [number, number, number] {
  const fp = unmatched(gold, sys, key).length;
  const tp = sys.length - fp;
  return [tp, fp, gold.length - tp];
}

/** The system triples left over after matching the gold as a multiset under `key`. */
function unmatched(gold: readonly Triple[], sys: readonly Triple[], key: (t: Triple) => string = exact): Triple[] {
  const left = new Map<string, number>();
  for (const g of gold) left.set(key(g), (left.get(key(g)) ?? 0) + 1);
  return sys.filter((t) => {
    const n = left.get(key(t)) ?? 0;
    if (n > 0) left.set(key(t), n - 1);
    return n === 0;
  });
}

export const exact = (t: Triple): string => `${t.source}|${t.target}|${t.code}`;
export const countryRoot = (t: Triple): string => `${t.source.slice(0, 3)}|${t.target.slice(0, 3)}|${t.code.slice(0, 2)}`;

export interface GoldSentence {
  id: string;
  /** YYYY-MM-DD. */
  date: string | null;
  text: string;
  gold: Triple[];
}

/** Counters over a run of sentences: exact triples, dyads, codes alone, and the sentences coded exactly right. */
export class TripleScore {
  readonly exact = new Counter();
  readonly dyad = new Counter();
  readonly code = new Counter();
  readonly countryRoot = new Counter();
  sentences = 0;
  allRight = 0;
  /** Extra events with an unplaced actor ("---GOV", "---"), when those are scored. */
  extraWithNull = 0;
  notDyadic = 0;

  /** `petrarchNulls`: score events with an unplaced actor as PETRARCH prints them (see NullActors). */
  constructor(private readonly petrarchNulls = false) {}

  add(gold: readonly Triple[], events: readonly RecordEvent[], entities: readonly RecordEntity[] = []): Triple[] {
    const { triples, other } = dyadic(events, this.petrarchNulls ? new NullActors(entities) : undefined);
    const e = matchTriples(gold, triples, exact);
    this.exact.add(...e);
    if (this.petrarchNulls) this.extraWithNull += unmatched(gold, triples).filter((t) => t.source.startsWith(NULL_CODE) || t.target === NULL_CODE).length;
    this.dyad.add(...matchTriples(gold, triples, (t) => `${t.source}|${t.target}`));
    this.code.add(...matchTriples(gold, triples, (t) => t.code));
    this.countryRoot.add(...matchTriples(gold, triples, countryRoot));
    this.sentences++;
    if (e[1] === 0 && e[2] === 0) this.allRight++;
    this.notDyadic += other;
    return triples;
  }
}

/** Runs `engine` on each sentence as an article of its own, dated by the sentence. */
export function codeSentences(engine: Engine, sentences: readonly GoldSentence[], score: TripleScore, source: string): void {
  for (const s of sentences) {
    const record = engine.extract(makeArticle({ source: `${source}#${s.id}`, date: s.date, text: s.text }));
    score.add(s.gold, record.events, record.entities);
  }
}

/** YYYYMMDD or YYMMDD (00–30 → 20YY) to YYYY-MM-DD; null when it is not a date. */
export function isoDate(s: string): string | null {
  const d = s.trim();
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (!/^\d{6}$/.test(d)) return null;
  const yy = Number(d.slice(0, 2));
  return `${yy <= 30 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
}

/** The rows of a triple-scored suite, each label prefixed (e.g. by the lexicon used). */
export function tripleFields(s: TripleScore, prefix = ''): Record<string, Prf> {
  return {
    [`${prefix}event (source, target, code)`]: s.exact.result(),
    [`${prefix}event (src country, tgt country, root)`]: s.countryRoot.result(),
    [`${prefix}dyad (source, target)`]: s.dyad.result(),
    [`${prefix}code alone`]: s.code.result(),
  };
}

/** Shares and counts that the P/R/F1 rows do not show at a glance. */
export function tripleFigures(s: TripleScore, prefix = ''): Record<string, number> {
  const e = s.exact.result();
  return {
    [`${prefix}sentences scored`]: s.sentences,
    [`${prefix}gold events`]: e.tp + e.fn,
    [`${prefix}gold events reproduced exactly (share)`]: e.tp + e.fn ? e.tp / (e.tp + e.fn) : 0,
    [`${prefix}extra events (coded, not in the gold)`]: e.fp,
    ...(s.extraWithNull ? { [`${prefix}  of which with an unplaced actor ("---", "---GOV")`]: s.extraWithNull } : {}),
    [`${prefix}sentences coded exactly right (share)`]: s.sentences ? s.allRight / s.sentences : 0,
    [`${prefix}events without a coded source and target (not scored)`]: s.notDyadic,
  };
}
