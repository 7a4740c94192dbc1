// Reads a TimeML document: the text of <TEXT> without tags, the document creation time, and
// the TIMEX3 spans with their type and value as offsets into that text.
import { readFileSync } from 'node:fs';

export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

export interface TimemlDoc {
  text: string;
  dct: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
/** XML's five character entities back to their characters. */
export const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => ENTITIES[m]!);

/** The value of attribute `name` in an opening tag, or "". */
export function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

export function readTimeml(file: string): TimemlDoc {
  const xml = readFileSync(file, 'utf8');
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { start: number; tag: string } | null = null;
  // Tags and text alternate; only TIMEX3 tags matter, the others (EVENT, SIGNAL) are dropped.
  for (const m of body.matchAll(/<[^>]+>|[^<]+/g)) {
    const piece = m[0];
    if (!piece.startsWith('<')) {
      text += decode(piece);
    } else if (piece.startsWith('<TIMEX3')) {
      open = { start: text.length, tag: piece };
    } else if (piece === '</TIMEX3>' && open) {
      timexes.push({ start: open.start, end: text.length, type: attr(open.tag, 'type'), value: attr(open.tag, 'value'), text: text.slice(open.start) });
      open = null;
    }
  }
  return { text, dct: attr(dctTag, 'value').slice(0, 10), timexes };
}
