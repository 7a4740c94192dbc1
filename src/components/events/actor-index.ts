// Which actors stand where in a Doc: entity mentions that can be event actors, indexed by
// token, with the event code each stands for ("Moscow" acting is RUSGOV).
import type { Doc } from '../../doc/doc.js';
import type { MentionSpan } from '../../doc/layers.js';
import type { EventActor, RecordEntity } from '../../record/types.js';

export interface ActorMention {
  entity: RecordEntity;
  first: number;
  last: number;
  start: number;
  end: number;
  kind: MentionSpan['kind'];
  code: string | null;
  country: string | null;
}

export class ActorIndex {
  /** Actor mentions covering each token (a plural pronoun covers two actors). */
  private readonly at = new Map<number, ActorMention[]>();
  private readonly dates: Uint8Array;

  constructor(doc: Doc) {
    this.dates = new Uint8Array(doc.size);
    for (const e of doc.tokens.entities) if (e.type === 'DATE' || e.type === 'TIME') this.dates.fill(1, e.first, e.last + 1);
    const layer = doc.get('entities');
    const byId = new Map(layer.entities.map((e) => [e.id, e]));
    for (const m of layer.mentions) {
      const entity = byId.get(m.entity);
      if (!entity || !(canAct(entity) || standsAlone(doc, entity, m))) continue;
      const a: ActorMention = { entity, first: m.first, last: m.last, start: m.start, end: m.end, kind: m.kind, ...actorCode(entity) };
      for (let t = m.first; t <= m.last; t++) {
        const list = this.at.get(t);
        if (list) list.push(a);
        else this.at.set(t, [a]);
      }
    }
  }

  /** A token inside a temporal expression ("last week"): never an actor nor a target. */
  isDate(token: number): boolean {
    return this.dates[token] === 1;
  }

  covering(token: number): ActorMention[] {
    return this.at.get(token) ?? [];
  }

  startingAt(token: number): ActorMention[] {
    return this.covering(token).filter((a) => a.first === token);
  }
}

/** "Armenians commemorated": a people named on its own (not modifying a noun) acts. */
function standsAlone(doc: Doc, e: RecordEntity, m: MentionSpan): boolean {
  const next = doc.tokens.pos[m.last + 1];
  return e.type === 'NORP' && e.code !== null && /s$/.test(doc.tokens.value[m.last]!) && next !== 'NOUN' && next !== 'PROPN';
}

function canAct(e: RecordEntity): boolean {
  if (e.type === 'FAC' || e.type === 'NORP') return false;
  if (e.type === 'GPE' || e.type === 'LOC') return e.code !== null;
  return true;
}

/** A city or capital that acts is its country's government: "Moscow presses ..." → RUSGOV. */
function actorCode(e: RecordEntity): { code: string | null; country: string | null } {
  if (e.type === 'GPE' && e.lat != null && e.code && e.code.length === 3) return { code: `${e.code}GOV`, country: e.country };
  return { code: e.code, country: e.country };
}

export function toEventActor(a: ActorMention, doc: Doc): EventActor {
  return { entity: a.entity.id, code: a.code, country: a.country, text: doc.slice(a.start, a.end), start: a.start, end: a.end };
}
