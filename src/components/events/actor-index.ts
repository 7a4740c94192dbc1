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
  /** "tanks", "drones" with no country: weapons that act for their forces as subjects, but as objects are what is sent or sold. */
  hardware?: boolean;
}

const HARDWARE = /^(tanks?|helicopters?|gunships?|drones?|warships?|warplanes?|jets?|aircraft|submarines?|frigates?|destroyers?|gunboats?|bombers?|missiles?|fighter jets?|planes?|vessels?|artillery|air defen[cs]es)$/i;

export class ActorIndex {
  /** Actor mentions covering each token (a plural pronoun covers two actors). */
  private readonly at = new Map<number, ActorMention[]>();
  private readonly dates: Uint8Array;
  private readonly amounts: Uint8Array;
  /** Demonyms with a country ("Israeli"): no actors, but the owner of an event noun they modify. */
  private readonly demonyms = new Map<number, ActorMention>();

  constructor(doc: Doc) {
    this.dates = new Uint8Array(doc.size);
    for (const e of doc.tokens.entities) if (e.type === 'DATE' || e.type === 'TIME') this.dates.fill(1, e.first, e.last + 1);
    this.amounts = amountTokens(doc);
    const layer = doc.get('entities');
    const towns = layer.towns;
    const byId = new Map(layer.entities.map((e) => [e.id, e]));
    const all: ActorMention[] = [];
    for (const m of layer.mentions) {
      const entity = byId.get(m.entity);
      if (entity?.type === 'NORP' && entity.code) {
        const a: ActorMention = { entity, first: m.first, last: m.last, start: m.start, end: m.end, kind: m.kind, ...actorCode(entity, towns) };
        for (let t = m.first; t <= m.last; t++) this.demonyms.set(t, a);
      }
      if (!entity || !(canAct(entity) || standsAlone(doc, entity, m))) continue;
      // With a country ("Ukrainian drones") they stand for those forces as targets too.
      const hardware = m.kind === 'agent' && !entity.country && HARDWARE.test(doc.tokens.value[m.last]!);
      all.push({ entity, first: m.first, last: m.last, start: m.start, end: m.end, kind: m.kind, ...actorCode(entity, towns), ...(hardware ? { hardware } : {}) });
    }
    all.push(...speakerPronouns(doc, byId, towns));
    for (const a of distributeSectors(doc, all)) {
      for (let t = a.first; t <= a.last; t++) {
        const list = this.at.get(t);
        if (list) list.push(a);
        else this.at.set(t, [a]);
      }
    }
    // "soldiers from Gondor": the country inside the agent phrase is not an actor of its own.
    for (const [t, list] of this.at) {
      if (list.length > 1) this.at.set(t, list.filter((a) => !list.some((b) => b !== a && b.first <= a.first && a.last <= b.last && b.last - b.first > a.last - a.first)));
    }
  }

  /** A token inside an amount ("$2 million", "13 tonnes"): passed over between pattern words. */
  isAmount(token: number): boolean {
    return this.amounts[token] === 1;
  }

  /** A token inside a temporal expression ("last week"): never an actor nor a target. */
  isDate(token: number): boolean {
    return this.dates[token] === 1;
  }

  covering(token: number): ActorMention[] {
    return this.at.get(token) ?? [];
  }

  /** "the Israeli raid": the demonym at `token` as the actor it stands for, if any. */
  demonymAt(token: number): ActorMention | undefined {
    return this.demonyms.get(token);
  }

  startingAt(token: number): ActorMention[] {
    return this.covering(token).filter((a) => a.first === token);
  }
}

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);

/**
 * '"We demand that Russia withdraw," Zelensky said': inside a quotation, "I" and "we" are its
 * speaker (or a collective speaker's members). One pass over the quotations' tokens.
 */
function speakerPronouns(doc: Doc, byId: Map<string, RecordEntity>, towns: ReadonlySet<string> | undefined): ActorMention[] {
  if (!doc.has('quotes')) return [];
  const t = doc.tokens;
  const out: ActorMention[] = [];
  const quotes = doc.get('quotes').filter((q) => (q.kind === 'direct' || q.kind === 'partial') && q.speaker);
  if (!quotes.length) return out;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const q of sorted) {
    const ids = q.speaker!.members?.length ? q.speaker!.members : q.speaker!.entity ? [q.speaker!.entity] : [];
    const speakers = ids.map((id) => byId.get(id)).filter((e): e is RecordEntity => !!e && canAct(e));
    while (k < doc.size && t.start[k]! < q.start) k++;
    for (let j = k; j < doc.size && t.end[j]! <= q.end; j++) {
      if (t.pos[j] !== 'PRON' || !FIRST_PERSON.has(t.value[j]!.toLowerCase())) continue;
      for (const entity of speakers) out.push({ entity, first: j, last: j, start: t.start[j]!, end: t.end[j]!, kind: 'pronoun', ...actorCode(entity, towns) });
    }
  }
  return out;
}

/** Tokens inside the amounts layer's spans (when the pipeline has one), by one pass over both in text order. */
function amountTokens(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.size);
  if (!doc.has('amounts')) return out;
  const t = doc.tokens;
  const spans = [...doc.get('amounts')].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const a of spans) {
    while (k < doc.size && t.end[k]! <= a.start) k++;
    for (let j = k; j < doc.size && t.start[j]! < a.end; j++) out[j] = 1;
  }
  return out;
}

/**
 * "envoys of Chile, Peru and Bolivia": an agent phrase that ends in a country gives its
 * sector to the countries listed right after it (CHLGOV, PERGOV, BOLGOV). Mentions come in
 * text order; each is looked at once.
 */
function distributeSectors(doc: Doc, all: ActorMention[]): ActorMention[] {
  const t = doc.tokens;
  const startingAt = new Map<number, ActorMention>();
  const endingAt = new Map<number, ActorMention[]>();
  for (const a of all) {
    if (!startingAt.has(a.first)) startingAt.set(a.first, a);
    const list = endingAt.get(a.last);
    if (list) list.push(a);
    else endingAt.set(a.last, [a]);
  }
  const replaced = new Map<ActorMention, ActorMention>();
  for (const m of all) {
    if (m.kind !== 'agent' || !m.code || m.code.length <= 3) continue;
    const inner = endingAt.get(m.last)?.find((a) => a !== m && a.first > m.first && a.code?.length === 3 && m.code === a.code + m.code!.slice(3));
    if (!inner) continue;
    const sector = m.code.slice(3);
    let k = m.last + 1;
    for (let n = 0; n < 60; n++) {
      if (t.value[k] !== ',' && t.value[k]?.toLowerCase() !== 'and') break;
      k++;
      if (t.value[k]?.toLowerCase() === 'and') k++;
      const next = startingAt.get(k);
      if (!next || next.code?.length !== 3 || next.kind !== 'name') break;
      replaced.set(next, { ...next, code: next.code + sector });
      k = next.last + 1;
    }
  }
  return replaced.size ? all.map((a) => replaced.get(a) ?? a) : all;
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

/**
 * A capital that acts is its country's government: "Moscow presses ..." → RUSGOV. Another city
 * ("shelled Kharkiv") is its country.
 */
function actorCode(e: RecordEntity, towns: ReadonlySet<string> | undefined): { code: string | null; country: string | null } {
  if (e.type === 'GPE' && e.lat != null && e.code && e.code.length === 3 && !towns?.has(e.id)) return { code: `${e.code}GOV`, country: e.country };
  return { code: e.code, country: e.country };
}

export function toEventActor(a: ActorMention, doc: Doc): EventActor {
  return { entity: a.entity.id, code: a.code, country: a.country, text: doc.slice(a.start, a.end), start: a.start, end: a.end };
}
