// re3d entities: does newsgraph find the people, organisations, places and nationalities that
// re3d's annotators marked, with the same span and type? Also the entity scoring that wikigold uses.
import { createEngine, type Engine } from '../engine.js';
import type { EntityType, ExtractionRecord } from '../record/types.js';
import { articleId } from '../sources/article.js';
import { Counter, matchSpans, overlaps, type Prf, type Span } from './metrics.js';
import { readRe3d, type Re3dDoc, type Re3dEntity } from './re3d-files.js';
import { goldPath, type EvalSuite } from './suite.js';

export type Kind = 'person' | 'organisation' | 'location' | 'nationality';

/** One annotated span; re3d sometimes gives one span several types ("Syria": Location and Organisation). */
export interface GoldEntity extends Span {
  kinds: ReadonlySet<Kind>;
}

export interface SysEntity extends Span {
  kind: Kind;
}

const NAMES: readonly Kind[] = ['person', 'organisation', 'location'];

/** newsgraph's types as scored: GPE, LOC and FAC are locations; GROUP is not scored. */
export function kindOf(type: EntityType): Kind | null {
  switch (type) {
    case 'PERSON':
      return 'person';
    case 'ORG':
    case 'GROUP':
      return 'organisation';
    case 'GPE':
    case 'LOC':
    case 'FAC':
      return 'location';
    case 'NORP':
      return 'nationality';
    default:
      return null;
  }
}

/** Every mention of every scored entity of a record, with its kind. */
export function systemSpans(record: ExtractionRecord): SysEntity[] {
  const out: SysEntity[] = [];
  for (const e of record.entities) {
    const kind = kindOf(e.type);
    // Pronouns are coreference, not names: NER gold marks names only.
    if (kind) for (const m of e.mentions) if (m.kind !== 'pronoun') out.push({ start: m.start, end: m.end, kind });
  }
  return out;
}

const exact = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/**
 * Precision, recall and F1 per kind (exact span and type) and over person, organisation and
 * location together (exact, and overlapping with the same type). A system span is right when a
 * gold span with the same offsets has its kind among its types; a gold span with several types
 * that was found under one of them is neither found nor missed in its other types' rows.
 */
export class EntityScore {
  private readonly perKind = new Map<Kind, Counter>();
  private readonly all = new Counter();
  private readonly overlap = new Counter();

  constructor(private readonly kinds: readonly Kind[]) {
    for (const k of kinds) this.perKind.set(k, new Counter());
  }

  add(gold: GoldEntity[], sys: SysEntity[]): void {
    for (const [k, c] of this.perKind) {
      const g = gold.filter((x) => x.kinds.has(k));
      const s = sys.filter((x) => x.kind === k);
      const [tp, fp] = matchSpans(g, s, exact);
      const fn = g.filter((x) => !sys.some((y) => exact(x, y) && x.kinds.has(y.kind))).length;
      c.add(tp, fp, fn);
    }
    const g = gold.filter((x) => NAMES.some((k) => x.kinds.has(k)));
    const s = sys.filter((x) => NAMES.includes(x.kind));
    this.all.add(...matchSpans(g, s, (a, b) => exact(a, b) && a.kinds.has(b.kind)));
    this.overlap.add(...matchSpans(g, s, (a, b) => overlaps(a, b) && a.kinds.has(b.kind)));
  }

  rows(label = ''): Record<string, Prf> {
    const out: Record<string, Prf> = {};
    for (const [k, c] of this.perKind) out[`${k}${label} (exact)`] = c.result();
    out[`person+organisation+location${label} (exact)`] = this.all.result();
    out[`person+organisation+location${label} (overlap)`] = this.overlap.result();
    return out;
  }
}

const RE3D_KIND: Record<string, Kind> = { Person: 'person', Organisation: 'organisation', Location: 'location', Nationality: 'nationality' };

/** The scored annotations of one document, one entry per distinct span, with all its types. */
export function re3dGold(entities: Re3dEntity[], docId: string): Array<GoldEntity & { value: string }> {
  const bySpan = new Map<string, GoldEntity & { value: string; kinds: Set<Kind> }>();
  for (const e of entities) {
    const kind = RE3D_KIND[e.type];
    if (e.documentId !== docId || !kind) continue;
    const key = `${e.begin}:${e.end}`;
    const g = bySpan.get(key) ?? { start: e.begin, end: e.end, value: e.value, kinds: new Set<Kind>() };
    g.kinds.add(kind);
    bySpan.set(key, g);
  }
  return [...bySpan.values()];
}

/** re3d also marks descriptions ("rebels", "the US's head of state"); a name has a capital in its last word ("al-Nusra"). */
export const isNameLike = (text: string): boolean => /\p{Lu}/u.test(text.trim().split(/\s+/).pop() ?? '');

function scoreDoc(engine: Engine, d: Re3dDoc, source: string, gold: Array<GoldEntity & { value: string }>, scores: EntityScore[]): void {
  const rec = engine.extract({ id: articleId(d.text), title: '', date: null, source, url: null, lang: 'en', text: d.text });
  const sys = systemSpans(rec);
  scores[0]!.add(gold, sys);
  // Name-like gold only: a system span on a dropped description is left out, not counted wrong.
  const dropped = gold.filter((g) => !isNameLike(g.value));
  scores[1]!.add(gold.filter((g) => isNameLike(g.value)), sys.filter((s) => !dropped.some((g) => exact(g, s))));
}

export const re3dEntities: EvalSuite = {
  name: 're3d',
  description: 're3d (98 docs): Person, Organisation, Location, Nationality; exact span and type, and overlap',
  async run(shared) {
    const root = goldPath(shared, 'datasets/re3d');
    const engine = createEngine({ components: ['entities'] });
    const scores = [new EntityScore([...NAMES, 'nationality']), new EntityScore(NAMES)];
    let items = 0;
    let docs = 0;
    let multi = 0;
    for (const source of readRe3d(root)) {
      for (const d of source.docs) {
        const gold = re3dGold(source.entities, d._id);
        items += gold.length;
        docs++;
        multi += gold.filter((g) => g.kinds.size > 1).length;
        scoreDoc(engine, d, source.name, gold, scores);
      }
    }
    return {
      suite: 're3d',
      gold: root,
      items,
      fields: { ...scores[0]!.rows(), ...scores[1]!.rows(', name-like gold') },
      figures: { documents: docs, 'gold spans with several types': multi },
      notes: [
        'types: PERSON -> person; ORG -> organisation; GPE, LOC, FAC -> location; NORP -> nationality (re3d Nationality); GROUP and the other re3d types are not scored',
        'a span re3d gives several types (e.g. Syria: Location and Organisation) is right under any of them, and is not missed under the others',
        're3d marks descriptions too ("rebels", "the US\'s head of state"); the name-like rows keep gold spans whose last word has a capital ("Tobias Ellwood", "the Kurdish YPG", not "rebels" or "U.S. service members")',
      ],
    };
  },
};
