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

export const ploverGsr: EvalSuite = {
  name: 'plover-gsr',
  description: 'PLOVER_GSR_CAMEO (322 records): PLOVER type, source and target country of the most confident asserted event',
  async run(shared) {
    const file = goldPath(shared, 'peers/plover/PLOVER_GSR_CAMEO.txt');
    const records = (JSON.parse(readFileSync(file, 'utf8')) as PloverRecord[]).filter((r) => r.event !== 'DOCUMENT' && r.text);
    const engine = createEngine();
    const types = new Map<string, Counter>();
    const counter = (t: string): Counter => types.get(t) ?? types.set(t, new Counter()).get(t)!;
    let right = 0, withEvent = 0, srcN = 0, srcOk = 0, tgtN = 0, tgtOk = 0;
    for (const r of records) {
      const top = topAsserted(engine.extract(makeArticle({ source: `plover-gsr#${r.id}`, date: r.date ?? null, text: r.text! })).events);
      const gold = ploverEvent(r.event);
      const got = top?.plover ?? 'none';
      if (top) withEvent++;
      if (got === gold) right++;
      counter(gold).add(got === gold ? 1 : 0, 0, got === gold ? 0 : 1);
      if (got !== gold && got !== 'none') counter(got).add(0, 1, 0);
      const src = ploverCodes(r.source);
      const tgt = ploverCodes(r.target);
      if (src.length) [srcN, srcOk] = [srcN + 1, srcOk + (src.some((c) => sameActor(c, top?.source ?? null)) ? 1 : 0)];
      if (tgt.length) [tgtN, tgtOk] = [tgtN + 1, tgtOk + (tgt.some((c) => sameActor(c, top?.target ?? null)) ? 1 : 0)];
    }
    const fields: Record<string, Prf> = {};
    for (const t of [...types.keys()].sort()) fields[`type ${t}`] = types.get(t)!.result();
    const gold = [...types.keys()].filter((t) => records.some((r) => ploverEvent(r.event) === t));
    return {
      suite: 'plover-gsr',
      gold: file,
      items: records.length,
      fields,
      figures: {
        'event-type accuracy': right / records.length,
        'macro-F1 over gold types': gold.reduce((s, t) => s + types.get(t)!.result().f1, 0) / gold.length,
        'records with an asserted event': withEvent,
        'source country accuracy': srcN ? srcOk / srcN : 0,
        'records with a gold source': srcN,
        'target country accuracy': tgtN ? tgtOk / tgtN : 0,
        'records with a gold target': tgtN,
      },
      notes: [
        'judged event: the most confident asserted, non-negated event of the sentence; none counts as wrong',
        'gold names mapped to today\'s PLOVER: DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE, FIGHT→ASSAULT; the DOCUMENT record is skipped',
        'CAMEO 01 and 02 have no PLOVER type, so a statement or appeal judged event is wrong for every gold type',
        'a gold actor code matches when it equals our actor\'s country or starts its code (IGO, NGO ...); article date 2000-01-01 as in the file',
      ],
    };
  },
};
