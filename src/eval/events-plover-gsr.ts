// PLOVER's gold standard (CAMEO-manual sentences recoded in PLOVER 0.5b1): event type and actor countries of the top event.
import { readFileSync } from 'node:fs';
import { createEngine } from '../engine.js';
import type { EventActor } from '../record/types.js';
import { makeArticle } from '../sources/article.js';
import { topAsserted } from './events-common.js';
import { Counter, type Prf } from './metrics.js';
import { goldPath, type EvalSuite } from './suite.js';

interface PloverActor {
  code?: string;
}

export interface PloverRecord {
  id: string;
  date?: string;
  event: string;
  text?: string;
  source?: PloverActor[] | string | null;
  target?: PloverActor[] | string | null;
}

/** The GSR's older event names in today's PLOVER. */
export const OLD_PLOVER: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };

export const ploverEvent = (e: string): string => OLD_PLOVER[e] ?? e;

/** The actor codes of a gold `source` or `target`; `""` and null are no actor. */
export const ploverCodes = (a: PloverRecord['source']): string[] => (Array.isArray(a) ? a.map((x) => (x.code ?? '').trim()).filter(Boolean) : []);

/** A gold code matches our actor by its country, or by the code's start for IGO, NGO and the like. */
export const sameActor = (gold: string, a: EventActor | null): boolean => !!a && (a.country === gold || !!a.code?.startsWith(gold));

interface Tally {
  records: number;
  right: number;
  withEvent: number;
  source: [number, number];
  target: [number, number];
  types: Map<string, Counter>;
  /** Right when events inside reported speech may be the judged event too. */
  rightWithReported: number;
}

/** Codes every record and tallies the judged event against the gold: type, source country, target country. */
function tally(records: readonly PloverRecord[]): Tally {
  const engine = createEngine();
  const t: Tally = { records: records.length, right: 0, withEvent: 0, source: [0, 0], target: [0, 0], types: new Map(), rightWithReported: 0 };
  const counter = (k: string): Counter => t.types.get(k) ?? t.types.set(k, new Counter()).get(k)!;
  for (const r of records) {
    const events = engine.extract(makeArticle({ source: `plover-gsr#${r.id}`, date: r.date ?? null, text: r.text! })).events;
    const top = topAsserted(events);
    const gold = ploverEvent(r.event);
    if ((topAsserted(events, true)?.plover ?? 'none') === gold) t.rightWithReported++;
    const got = top?.plover ?? 'none';
    const ok = got === gold;
    if (top) t.withEvent++;
    if (ok) t.right++;
    counter(gold).add(ok ? 1 : 0, 0, ok ? 0 : 1);
    if (!ok && got !== 'none') counter(got).add(0, 1, 0);
    for (const [side, codes, actor] of [[t.source, ploverCodes(r.source), top?.source], [t.target, ploverCodes(r.target), top?.target]] as const) {
      if (!codes.length) continue;
      side[0]++;
      if (codes.some((c) => sameActor(c, actor ?? null))) side[1]++;
    }
  }
  return t;
}

const share = ([n, ok]: [number, number]): number => (n ? ok / n : 0);

export const ploverGsr: EvalSuite = {
  name: 'plover-gsr',
  description: 'PLOVER_GSR_CAMEO (322 records): PLOVER type, source and target country of the most confident asserted event',
  async run(shared) {
    const file = goldPath(shared, 'peers/plover/PLOVER_GSR_CAMEO.txt');
    const records = (JSON.parse(readFileSync(file, 'utf8')) as PloverRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
    const t = tally(records);
    const fields: Record<string, Prf> = {};
    for (const k of [...t.types.keys()].sort()) fields[`type ${k}`] = t.types.get(k)!.result();
    const gold = new Set(records.map((r) => ploverEvent(r.event)));
    return {
      suite: 'plover-gsr',
      gold: file,
      items: records.length,
      fields,
      figures: {
        'event-type accuracy': t.right / t.records,
        'event-type accuracy if events inside reported speech counted too (not the score)': t.rightWithReported / t.records,
        'macro-F1 over gold types': [...gold].reduce((s, k) => s + t.types.get(k)!.result().f1, 0) / gold.size,
        'records with an asserted event': t.withEvent,
        'source country accuracy': share(t.source),
        'records with a gold source': t.source[0],
        'target country accuracy': share(t.target),
        'records with a gold target': t.target[0],
      },
      notes: [
        'judged event: the most confident asserted, non-negated event of the sentence; none counts as wrong',
        "gold names mapped to today's PLOVER: DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT; the DOCUMENT record is skipped",
        'CAMEO 01 and 02 have no PLOVER type, so a statement or appeal judged event is wrong for every gold type',
        "a gold actor code matches when it equals our actor's country or starts its code (IGO, NGO ...); article date 2000-01-01 as in the file",
      ],
    };
  },
};
