// The dates component: temporal expressions found by wink (plus bare years it misses),
// resolved against the article date, each with its span and granularity.
import type { Doc } from '../../doc/doc.js';
import type { DateSpan } from '../../doc/layers.js';
import { defineComponent, type Component } from '../component.js';
import { parseIsoDay } from './calendar.js';
import { resolveDate } from './resolve-date.js';

const LEAD_PREPOSITIONS = new Set(['on', 'in']);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'by', 'of', 'from', 'to', 'before', 'after', 'during', 'through']);
const FUTURE_CUES = new Set(['will', 'shall', "'ll", 'wo', 'scheduled', 'due', 'expected', 'plan', 'planned', 'plans', 'upcoming', 'next']);

export function datesComponent(): Component {
  return defineComponent({
    name: 'dates',
    requires: ['tokens', 'sentences', 'numerics'],
    assigns: ['dates'],
    run(doc) {
      doc.set('dates', findDates(doc));
    },
  });
}

/** The article date at noon UTC, or today when the article has none. */
export function anchorOf(doc: Doc): Date {
  return (doc.article.date && parseIsoDay(doc.article.date)) || new Date(new Date().toISOString().slice(0, 10) + 'T12:00:00Z');
}

function findDates(doc: Doc): DateSpan[] {
  const t = doc.tokens;
  const anchor = anchorOf(doc);
  const out: DateSpan[] = [];
  const covered = new Uint8Array(doc.size);
  const candidates: Array<[number, number]> = [];
  for (const e of t.entities) {
    if (e.type !== 'DATE') continue;
    candidates.push([e.first, e.last]);
    covered.fill(1, e.first, e.last + 1);
  }
  for (let i = 1; i < doc.size; i++) {
    if (covered[i] || t.type[i] !== 'number' || !/^(1[5-9]|20)\d\d$/.test(t.value[i]!)) continue;
    if (YEAR_PREPOSITIONS.has(t.lemma[i - 1]!.toLowerCase()) || isBareYear(doc, i)) candidates.push([i, i]);
  }
  candidates.sort((a, b) => a[0] - b[0]);
  for (const [first0, last] of candidates) {
    const first = first0 > 0 && LEAD_PREPOSITIONS.has(t.value[first0 - 1]!.toLowerCase()) ? first0 - 1 : first0;
    const start = t.start[first]!;
    const end = t.end[last]!;
    const text = doc.slice(start, end);
    const sentence = doc.sentenceOfToken(first0);
    const resolved = resolveDate(text, anchor, isFuture(doc, sentence, first0));
    if (!resolved) continue;
    out.push({ start, end, text, value: resolved.value, granularity: resolved.granularity, sentence });
  }
  return out;
}

/** A clause about what is to come: a future auxiliary or plan word before the expression. */
function isFuture(doc: Doc, sentence: number, upTo: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  const t = doc.tokens;
  for (let i = Math.max(s.first, upTo - 12); i < upTo; i++) {
    if (FUTURE_CUES.has(t.value[i]!.toLowerCase())) return true;
  }
  return false;
}

/** A year standing alone ("elected in May 2009", "2010 was worse"), not a count or money. */
function isBareYear(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const y = Number(t.value[i]);
  if (y < 1900 || y > 2099) return false;
  const prev = t.value[i - 1] ?? '';
  const next = i + 1 < doc.size ? t.value[i + 1]! : '';
  if (/^[$€£¥#]$/.test(prev) || t.type[i - 1] === 'currency' || t.type[i - 1] === 'number') return false;
  if (/^(%|percent|per)$/i.test(next) || t.pos[i + 1] === 'NOUN' || t.type[i + 1] === 'number') return false;
  return true;
}
