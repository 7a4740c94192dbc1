// The entities component: names from the actor gazetteer and capitalised runs, agent phrases
// ("Russian forces"), role descriptions ("the Russian leader") and pronouns, merged into one
// entity per actor with its code for the article date.
import type { Doc } from '../../doc/doc.js';
import type { EntityLayer, MentionSpan } from '../../doc/layers.js';
import { defaultActorLexicon, roleOn, type ActorLexicon } from '../../lexicon/actor-lexicon.js';
import { genderOfGivenName } from '../../lexicon/given-names.js';
import type { RecordEntity } from '../../record/types.js';
import { defineComponent, type Component } from '../component.js';
import { codeBefore, defaultAgents, findAgents, PERSON_ROLES, withSector, type AgentCandidate, type AgentEntry } from './agent-phrases.js';
import { latestAgent, latestPerson, latestPersonOf, latestState } from './antecedents.js';
import { resolvePronouns, type EntityInfo } from './coref.js';
import { findNames, type NameCandidate } from './find-names.js';

export function entitiesComponent(opts: { lexicon?: ActorLexicon; agents?: Map<string, AgentEntry> } = {}): Component {
  const lex = opts.lexicon ?? defaultActorLexicon();
  const agents = opts.agents ?? defaultAgents();
  return defineComponent({
    name: 'entities',
    requires: ['tokens', 'sentences', 'pos', 'numerics'],
    assigns: ['entities'],
    run(doc) {
      const names = findNames(doc, lex, (w) => agents.has(w));
      // A lone capitalised word with no cue ("Protesters" opening a sentence) may be an agent.
      const found = findAgents(doc, agents, names.filter((n) => !n.weak));
      const absorbed = new Set(found.map((a) => a.modifier).filter(Boolean));
      doc.set('entities', new Builder(doc, agents).build(names.filter((n) => !absorbed.has(n)), found));
    },
  });
}

class Builder {
  private readonly entities: RecordEntity[] = [];
  readonly mentions: MentionSpan[] = [];
  private readonly byKey = new Map<string, RecordEntity>();
  private readonly bySurname = new Map<string, RecordEntity>();
  readonly info = new Map<string, EntityInfo>();
  private readonly compound = new Map<string, string[]>();
  private readonly towns = new Set<string>();

  private previous: NameCandidate | null = null;

  constructor(readonly doc: Doc, private readonly agents: Map<string, AgentEntry>) {}

  build(names: NameCandidate[], agents: AgentCandidate[]): EntityLayer {
    const all: Array<NameCandidate | AgentCandidate> = [...names, ...agents].sort((a, b) => a.first - b.first);
    for (const c of all) {
      if ('sector' in c) this.addAgent(c);
      else {
        this.addName(c);
        this.previous = c;
      }
    }
    this.mentions.sort((a, b) => a.first - b.first);
    const pronouns = resolvePronouns(this.doc, this.mentions, this.info);
    const mentions = [...this.mentions, ...pronouns].sort((a, b) => a.first - b.first || a.entity.localeCompare(b.entity));
    for (const e of this.entities) e.mentions.sort((a, b) => a.start - b.start);
    const genders = new Map<string, 'm' | 'f'>();
    for (const [id, i] of this.info) if (i.gender) genders.set(id, i.gender);
    return {
      entities: this.entities, mentions, ...(this.compound.size ? { compound: this.compound } : {}), ...(this.towns.size ? { towns: this.towns } : {}),
      ...(genders.size ? { genders } : {}),
    };
  }

  private addName(c: NameCandidate): void {
    const t = this.doc.tokens;
    const surface = this.doc.slice(t.start[c.first]!, t.end[c.last]!);
    let entity = c.type === 'PERSON' && !c.entry ? this.bySurname.get(surface.toLowerCase()) : undefined;
    if (!entity && c.weak) return;
    const name = c.entry ? c.entry.name : c.place ? c.place.name : surface;
    // A titled name coded by its country alone is that country's office-holder: its own entity.
    const titled = c.entry && c.entry.kind !== 'person' && c.role ? `:${c.role.sector}` : '';
    const key = `${c.entry ? c.entry.kind : c.type}:${name.toLowerCase()}${titled}`;
    entity ??= this.byKey.get(key);
    if (!entity) {
      const [code, country] = codeOf(this.doc, c);
      entity = c.entry || code ? this.create(key, name, c.type, code, country) : this.create(key, name, c.type, ...this.institutionCode(c));
      if (c.entry?.also && code && code === c.entry.code) this.compound.set(entity.id, [code, ...c.entry.also]);
      if (!c.entry && c.place) this.towns.add(entity.id);
      const at = c.entry ?? c.place;
      if (at?.lat !== undefined && at.lon !== undefined) Object.assign(entity, { lat: at.lat, lon: at.lon });
      this.info.set(entity.id, { entity, gender: c.entry?.gender ?? (c.type === 'PERSON' ? genderOf(this.doc, c) : null), plural: false, person: c.type === 'PERSON' });
      if (entity.type === 'PERSON') this.indexSurnames(entity);
    }
    this.mention(entity, c.first, c.last, 'name');
  }

  private addAgent(a: AgentCandidate): void {
    const t = this.doc.tokens;
    const possessive = this.doc.words[a.first - 1] ?? '';
    const personal = possessive === 'his' || possessive === 'her';
    if (!a.country && !a.body && !a.before && possessive === 'its') {
      // "Chile ..., its president said": the state named before owns the agent.
      const state = latestState(this, a.first - 1);
      if (state) a = { ...a, first: a.first - 1, country: state.country };
    } else if (!a.country && !a.body && !a.before && personal) {
      // "Modi ... His government", "Guterres ... his spokesman": the person the possessive stands for owns the agent.
      const owner = latestPersonOf(this, possessive === 'his' ? 'm' : 'f', a.first - 1);
      if (owner?.code && BODY.test(owner.code)) a = { ...a, first: a.first - 1, body: owner.code.slice(0, 6) };
      else if (owner?.country) a = { ...a, first: a.first - 1, country: owner.country };
    }
    // A group's members are the group (LBNREB); an international body's take the sector (IGOWSTNAT + MIL).
    const code = a.before ? codeBefore(a) : a.body ? (BODY.test(a.body) ? withSector(a.body, a.sector) : a.body) : withSector(a.base ?? a.country ?? '', a.sector);
    const headText = this.doc.slice(t.start[a.head]!, t.end[a.last]!).toLowerCase();
    // ("his spokesman" is someone else's office, not a description of the one it belongs to.)
    const described = !a.plural && !personal && PERSON_ROLES.has(headText) && a.country ? latestPerson(this, a.country, a.first) : undefined;
    if (described) {
      this.mention(described, a.first, a.last, 'description');
      return;
    }
    // "Chile's foreign ministry ... The ministry said": a definite agent with no owner is the one named before.
    const antecedent = !a.country && !a.body && !a.before && !a.plural && a.first === a.head && /^the$/i.test(t.value[a.first - 1] ?? '') ? latestAgent(this, headText, a.first) : undefined;
    if (antecedent) {
      this.mention(antecedent, a.first - 1, a.last, 'description');
      return;
    }
    const key = a.country || a.body ? `agent:${code}` : `agent:${headText}`;
    let entity = this.byKey.get(key);
    if (!entity) {
      entity = this.create(key, this.doc.slice(t.start[a.first]!, t.end[a.last]!), 'GROUP', code, a.country);
      // ("Doctor Who" is a name: a capitalised head inside a sentence names no one.)
      const lowerHead = /^\p{Ll}/u.test(t.value[a.head]!) || this.doc.sentences[this.doc.sentenceOfToken(a.head)]?.first === a.head;
      const person = !a.plural && lowerHead && PERSON_HEADS.has(headText.slice(headText.lastIndexOf(' ') + 1));
      this.info.set(entity.id, { entity, gender: person ? headGender(headText) : null, plural: a.plural, person });
      // "lawmakers in A and B": one mention, an actor for each country.
      if (a.also) this.compound.set(entity.id, [code, ...a.also.map((c) => withSector(c, a.sector))]);
    }
    this.mention(entity, a.first, a.last, 'agent');
  }

  /**
   * An unknown institution's code from its own words and its country: "Russia's Supreme Court"
   * → RUSJUD, "Afghan Interior Ministry" → AFGGOV, "the Hungarian Civil Liberties Union" → HUN….
   */
  private institutionCode(c: NameCandidate): [string | null, string | null] {
    if (c.role?.body) return [c.role.body, null];
    if (c.role) return [`${c.role.country ?? ''}${c.role.sector}`, c.role.country];
    if (c.type !== 'ORG' && c.type !== 'GROUP') return [null, c.country];
    const p = this.previous;
    const before = p && p.last === c.first - 1 && p.entry && ['demonym', 'country'].includes(p.entry.kind) ? p.entry.country : null;
    const sector = this.phraseSector(c) ?? this.wordSector(c);
    // A country the name opens with ("Dania Ministry of Roads") counts only with a sector: "Dania Daily" is no actor.
    const country = c.country ?? before ?? (sector ? c.lead ?? null : null);
    if (!country && !sector) return [null, null];
    return [`${country ?? ''}${sector ?? ''}` || null, country];
  }

  /** The sector of the last single word of the name that is an agent ("Council"). */
  private wordSector(c: NameCandidate): string | undefined {
    const t = this.doc.tokens;
    for (let k = c.last; k >= c.first; k--) {
      const sector = this.agents.get(t.value[k]!.toLowerCase())?.sector;
      if (sector) return sector;
    }
    return undefined;
  }

  /** The sector of the longest agent phrase of two to five words inside the name ("Ministry of Fair Weather"). */
  private phraseSector(c: NameCandidate): string | undefined {
    const t = this.doc.tokens;
    let best: { n: number; sector: string } | undefined;
    for (let k = c.first; k < c.last; k++) {
      for (let last = Math.min(c.last, k + 4); last > k && (!best || last - k + 1 > best.n); last--) {
        const entry = this.agents.get(this.doc.slice(t.start[k]!, t.end[last]!).toLowerCase());
        if (entry) best = { n: last - k + 1, sector: entry.sector };
      }
    }
    return best?.sector;
  }

  private create(key: string, name: string, type: RecordEntity['type'], code: string | null, country: string | null): RecordEntity {
    const entity: RecordEntity = { id: `E${this.entities.length + 1}`, name, type, code, country, mentions: [] };
    this.entities.push(entity);
    this.byKey.set(key, entity);
    return entity;
  }

  private indexSurnames(entity: RecordEntity): void {
    // Chinese and Korean names put the family name first: "Xi" after "Xi Jinping".
    const words = entity.name.toLowerCase().split(' ');
    if (words.length > 1 && !this.bySurname.has(words[0]!)) this.bySurname.set(words[0]!, entity);
    this.bySurname.set(words[words.length - 1]!, entity);
  }

  private mention(entity: RecordEntity, first: number, last: number, kind: MentionSpan['kind']): void {
    const t = this.doc.tokens;
    const start = t.start[first]!;
    const end = t.end[last]!;
    entity.mentions.push({ start, end, text: this.doc.slice(start, end), kind });
    this.mentions.push({ entity: entity.id, start, end, first, last, kind });
  }
}

/**
 * A known person with no role on the article's date: the role the text's title gives ("US
 * President George W. Bush" → USAGOV), else an elite of the country of their last office
 * before that date ("Obama" in 2018 → USAELI), as CAMEO codes former officials.
 */
function titledOrFormer(e: NonNullable<NameCandidate['entry']>, c: NameCandidate, date: string | null): string | null {
  if (c.role?.body) return c.role.body;
  if (c.role?.country) return c.role.country + c.role.sector;
  const past = (e.roles ?? []).filter((r) => r.to && (!date || r.to < date)).sort((a, b) => (a.to! < b.to! ? 1 : -1))[0];
  // A former official of an international body is that body's elite (IGOUNO → IGOUNOELI).
  if (past && BODY.test(past.code)) return `${past.code.slice(0, 6)}ELI`;
  if (past && /^[A-Z]{3}/.test(past.code)) return `${past.code.slice(0, 3)}ELI`;
  // Before any office the lexicon knows, a person is still of the country of the first ("Obama" in 2000: USA).
  const first = (e.roles ?? []).filter((r) => r.from && date && r.from > date).sort((a, b) => (a.from! < b.from! ? -1 : 1))[0];
  return first && /^[A-Z]{3}/.test(first.code) && !BODY.test(first.code) ? first.code.slice(0, 3) : null;
}

/** Codes of international and transnational bodies, which name no country in their first letters (NGM: a non-governmental movement). */
const BODY = /^(IGO|NGO|NGM|IMG)/;

function codeOf(doc: Doc, c: NameCandidate): [string | null, string | null] {
  const e = c.entry;
  // A country whose code changes over time (a dictionary's "[RHO <790606] [ZBW]") is coded as on the article date.
  const dated = e && e.kind !== 'person' && e.roles ? roleOn(e, doc.article.date)?.code : undefined;
  const [code, country] = e?.kind === 'person'
    ? [roleOn(e, doc.article.date)?.code ?? e.code ?? titledOrFormer(e, c, doc.article.date), null]
    : dated ? [dated, dated.slice(0, 3)] : [e?.code ?? c.place?.country ?? null, c.country];
  // "Prime Minister X", X coded by a country alone: the title gives the sector (BRE → BREGOV),
  // and the country the title names is the office's ("Dania's minister X" → DANGOV even if X is listed under another).
  const office = code && code.length === 3 && e && c.role ? (c.role.country ?? code) : null;
  const sectored = office ? office + c.role!.sector : code;
  return [sectored, e?.kind === 'person' ? (sectored ?? e.country ?? '').slice(0, 3) || null : (office ?? country)];
}

const HONORIFICS: Record<string, 'm' | 'f'> = { 'mr.': 'm', mr: 'm', 'mrs.': 'f', mrs: 'f', 'ms.': 'f', ms: 'f', sir: 'm', dame: 'f', lady: 'f', lord: 'm' };

/** An unknown person's gender: from an honorific before the name ("Mrs. Lind"), else from a given name that opens it ("Ana Ruiz"). */
function genderOf(doc: Doc, c: NameCandidate): 'm' | 'f' | null {
  const honorific = HONORIFICS[doc.words[c.first - 1] ?? ''];
  if (honorific) return honorific;
  return c.last > c.first ? genderOfGivenName(doc.tokens.value[c.first]!) : null;
}

/** Heads of agent phrases that name one person ("a government spokesman", "the prosecutor"): "he" or "she" may stand for them. */
const PERSON_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'prosecutor', 'official', 'minister', 'president', 'premier', 'chancellor', 'leader',
  'lawyer', 'attorney', 'judge', 'officer', 'commander', 'diplomat', 'ambassador', 'envoy', 'analyst', 'professor', 'researcher',
  'governor', 'mayor', 'senator', 'lawmaker', 'secretary', 'director', 'chief', 'chairman', 'chairwoman', 'king', 'queen', 'monarch',
  'emir', 'ruler', 'dictator', 'negotiator', 'witness', 'resident', 'soldier', 'policeman', 'policewoman', 'doctor', 'activist',
  'journalist', 'reporter', 'detective', 'sheriff', 'chairperson', 'businessman', 'businesswoman', 'congressman', 'congresswoman',
]);

function headGender(head: string): 'm' | 'f' | null {
  if (/(woman|queen|princess)$/.test(head)) return 'f';
  if (/(man|king|prince)$/.test(head)) return 'm';
  return null;
}
