// The first entities component: names from the actor gazetteer and capitalised runs, merged
// into one entity per actor (surnames join their full name), with codes for the article date.
import type { Doc } from '../../doc/doc.js';
import type { MentionSpan } from '../../doc/layers.js';
import { defaultActorLexicon, roleOn, type ActorLexicon } from '../../lexicon/actor-lexicon.js';
import type { RecordEntity } from '../../record/types.js';
import { defineComponent, type Component } from '../component.js';
import { findNames, type NameCandidate } from './find-names.js';

export function entitiesComponent(opts: { lexicon?: ActorLexicon } = {}): Component {
  const lex = opts.lexicon ?? defaultActorLexicon();
  return defineComponent({
    name: 'entities',
    requires: ['tokens', 'sentences', 'pos', 'numerics'],
    assigns: ['entities'],
    run(doc) {
      doc.set('entities', buildEntities(doc, findNames(doc, lex)));
    },
  });
}

function buildEntities(doc: Doc, cands: NameCandidate[]): { entities: RecordEntity[]; mentions: MentionSpan[] } {
  const entities: RecordEntity[] = [];
  const mentions: MentionSpan[] = [];
  const byKey = new Map<string, RecordEntity>();
  const bySurname = new Map<string, RecordEntity>();
  const t = doc.tokens;
  for (const c of cands) {
    const surface = doc.slice(t.start[c.first]!, t.end[c.last]!);
    let entity = c.type === 'PERSON' && !c.entry ? bySurname.get(surface.toLowerCase()) : undefined;
    if (!entity && c.weak) continue;
    const name = c.entry ? c.entry.name : surface;
    const key = `${c.entry ? c.entry.kind : c.type}:${name.toLowerCase()}`;
    entity ??= byKey.get(key);
    if (!entity) {
      entity = newEntity(doc, c, name, entities.length + 1);
      entities.push(entity);
      byKey.set(key, entity);
      if (entity.type === 'PERSON') {
        // Chinese and Korean names put the family name first: "Xi" after "Xi Jinping".
        const words = name.toLowerCase().split(' ');
        if (words.length > 1 && !bySurname.has(words[0]!)) bySurname.set(words[0]!, entity);
        bySurname.set(words[words.length - 1]!, entity);
      }
    }
    const m = { start: t.start[c.first]!, end: t.end[c.last]! };
    entity.mentions.push({ ...m, text: surface });
    mentions.push({ entity: entity.id, ...m, first: c.first, last: c.last });
  }
  return { entities, mentions };
}

function newEntity(doc: Doc, c: NameCandidate, name: string, n: number): RecordEntity {
  const e = c.entry;
  let code = e?.code ?? null;
  let country = c.country;
  if (e?.kind === 'person') {
    const role = roleOn(e, doc.article.date);
    code = role?.code ?? null;
    country = (role?.code ?? e.country ?? '').slice(0, 3) || null;
  }
  const entity: RecordEntity = { id: `E${n}`, name, type: c.type, code, country, mentions: [] };
  if (e?.lat !== undefined && e.lon !== undefined) {
    entity.lat = e.lat;
    entity.lon = e.lon;
  }
  return entity;
}
