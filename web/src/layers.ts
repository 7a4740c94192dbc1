// The span layers of an extraction record as annotations, and the article text cut into the
// segments between their boundaries, each knowing every annotation that covers it. Overlaps
// (a date inside a quotation inside a claim) stay visible because nothing is nested.
import type { ExtractionRecord } from './api.js';
import { fmtGoldstein, fmtNum, QUADS, ROOTS } from './format.js';

export const LAYERS = [
  { kind: 'entity', label: 'Entities' },
  { kind: 'trigger', label: 'Event triggers' },
  { kind: 'quote', label: 'Quotations' },
  { kind: 'speaker', label: 'Speakers' },
  { kind: 'date', label: 'Dates' },
  { kind: 'amount', label: 'Amounts' },
  { kind: 'claim', label: 'Disputed claims' },
] as const;

export type Kind = (typeof LAYERS)[number]['kind'];

export interface Annotation {
  kind: Kind;
  /** The record's id of the item (E3, V1, Q2) or its position in its layer. */
  id: string;
  start: number;
  end: number;
  /** CSS classes of the covered characters. */
  cls: string;
  /** One line: what it is and its code or value. */
  title: string;
  /** Further facts, as label and value. */
  facts: [string, string][];
  /** An actor code to open on click. */
  actor?: string;
}

type Rec = ExtractionRecord;

function entityAnnotations(r: Rec): Annotation[] {
  return r.entities.flatMap((e) => e.mentions.map((m, i): Annotation => ({
    kind: 'entity', id: `${e.id}.${i}`, start: m.start, end: m.end, cls: `l-entity ent-${e.type}`,
    title: `${e.type} · ${e.name}${e.code ? ` · ${e.code}` : ''}`,
    facts: [['actor code', e.code ?? 'none'], ['country', e.country ?? '—'], ['mentions', String(e.mentions.length)]],
    actor: e.code ?? undefined,
  })));
}

function eventAnnotations(r: Rec): Annotation[] {
  return r.events.map((v): Annotation => ({
    kind: 'trigger', id: v.id, start: v.trigger.start, end: v.trigger.end, cls: `l-trigger q${v.quadClass}`,
    title: `Event ${v.cameo} · ${ROOTS[v.root] ?? v.root} · confidence ${fmtNum(v.confidence, 2)}`,
    facts: [
      ['actors', `${v.source?.code ?? v.source?.text ?? '—'} → ${v.target?.code ?? v.target?.text ?? '—'}`],
      ['quad class', QUADS[v.quadClass]?.label ?? String(v.quadClass)],
      ['Goldstein', fmtGoldstein(v.goldstein)],
      ['PLOVER', v.plover ?? '—'],
      ['date', `${v.date ?? 'undated'}${v.dateText ? ` (“${v.dateText}”)` : ''}`],
      ['place', v.location ? v.location.name : '—'],
      ['modality', `${v.modality}${v.negated ? ', negated' : ''}`],
      ...(v.rule ? [['rule', v.rule] as [string, string]] : []),
    ],
  }));
}

function quoteAnnotations(r: Rec): Annotation[] {
  return r.quotes.flatMap((q) => {
    const speaker = q.speaker;
    const code = speaker?.entity ? r.entities.find((e) => e.id === speaker.entity)?.code ?? undefined : undefined;
    const quote: Annotation = {
      kind: 'quote', id: q.id, start: q.start, end: q.end, cls: `l-quote k-${q.kind}`,
      title: `Quotation ${q.id} (${q.kind}) · speaker ${speaker?.name ?? 'unknown'}`,
      facts: [['cue', q.cue ?? '—'], ['speaker code', code ?? '—']],
    };
    if (!speaker) return [quote];
    return [quote, {
      kind: 'speaker', id: `${q.id}.s`, start: speaker.start, end: speaker.end, cls: 'l-speaker',
      title: `Speaker of ${q.id} · ${speaker.name}${code ? ` · ${code}` : ''}`, facts: [['cue', q.cue ?? '—']], actor: code,
    } satisfies Annotation];
  });
}

function valueAnnotations(r: Rec): Annotation[] {
  return [
    ...r.dates.map((d, i): Annotation => ({
      kind: 'date', id: `D${i + 1}`, start: d.start, end: d.end, cls: 'l-date',
      title: `Date · ${d.value}`, facts: [['granularity', d.granularity]],
    })),
    ...r.amounts.map((a, i): Annotation => ({
      kind: 'amount', id: `A${i + 1}`, start: a.start, end: a.end, cls: 'l-amount',
      title: `Amount · ${a.value.toLocaleString('en')} ${a.unit}`, facts: [['unit', a.unit]],
    })),
    ...r.claims.map((c, i): Annotation => ({
      kind: 'claim', id: `C${i + 1}`, start: c.start, end: c.end, cls: `l-claim f-${c.flag}`,
      title: `Claim · ${c.flag}`,
      facts: [['claimant', c.claimant?.text ?? r.entities.find((e) => e.id === c.speaker)?.name ?? '—']],
    })),
  ];
}

/** Every annotation of the record, dropping any whose offsets fall outside the text. */
export function annotations(r: Rec): Annotation[] {
  const n = r.article.text.length;
  return [...quoteAnnotations(r), ...valueAnnotations(r), ...entityAnnotations(r), ...eventAnnotations(r)]
    .filter((a) => a.start >= 0 && a.end <= n && a.start < a.end);
}

export interface Segment {
  start: number;
  end: number;
  anns: Annotation[];
}

/** The text from 0 to `length` cut at every annotation boundary (and at `extra` offsets). */
export function segments(length: number, anns: Annotation[], extra: number[] = []): Segment[] {
  const cuts = new Set<number>([0, length, ...extra.filter((x) => x >= 0 && x <= length)]);
  for (const a of anns) cuts.add(a.start).add(a.end);
  const sorted = [...cuts].sort((a, b) => a - b);
  const byStart = [...anns].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let active: Annotation[] = [];
  let next = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i]!, sorted[i + 1]!];
    active = active.filter((a) => a.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      if (byStart[next]!.end > start) active.push(byStart[next]!);
      next++;
    }
    out.push({ start, end, anns: [...active] });
  }
  return out;
}
