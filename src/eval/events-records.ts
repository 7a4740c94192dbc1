// Reads the peer coders' gold records: PETRARCH's XML <Sentence> files and TABARI's Validate.text.
import { isoDate, type GoldSentence, type Triple } from './events-common.js';

export interface PetrSentence extends GoldSentence {
  category: string;
  /** `<EventCoding noevents="True">`: the sentence must give no event. */
  noevents: boolean;
  /** `<EventCoding error="...">`: the record tests an input error (dateline, bad parse, discard). */
  error: string | null;
  /** `evaluate="false"` takes a record out of the suite. */
  evaluate: boolean;
}

export interface PetrFile {
  /** The <Environment> block: Verbfile, Actorfile, Agentfile, Include, ... as written. */
  environment: Record<string, string>;
  sentences: PetrSentence[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => ENTITIES[m]!);
const oneLine = (s: string): string => decode(s).replace(/\s+/g, ' ').trim();

/** `a="x" b = 'y'` → {a: 'x', b: 'y'}; PETRARCH files use both quotes and spaces around "=". */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = m[2] ?? m[3]!;
  return out;
}

/** Gold actor codes as our records write them: TABARI's agent-only `~MIL` is `MIL`. */
export const goldCode = (c: string): string => c.trim().replace(/^~/, '');

/** A PETRARCH unit-test or validation XML file; XML comments removed, `#` banner lines outside <Sentences> ignored. */
export function parsePetrXml(xml: string): PetrFile {
  const text = xml.replace(/<!--[\s\S]*?-->/g, '');
  const environment: Record<string, string> = {};
  const env = /<Environment>([\s\S]*?)<\/Environment>/.exec(text)?.[1] ?? '';
  for (const m of env.matchAll(/<(\w+)>([^<]*)<\/\1>/g)) environment[m[1]!] = m[2]!.trim();
  const body = /<Sentences>([\s\S]*?)(<\/Sentences>|$)/.exec(text)?.[1] ?? text;
  const sentences: PetrSentence[] = [];
  for (const chunk of body.split(/(?=<Sentence\b)/).filter((c) => c.startsWith('<Sentence'))) sentences.push(petrSentence(chunk));
  return { environment, sentences };
}

function petrSentence(chunk: string): PetrSentence {
  const a = attributes(/^<Sentence\b([^>]*)>/.exec(chunk)?.[1] ?? '');
  const gold: Triple[] = [];
  let noevents = false;
  let error: string | null = null;
  for (const m of chunk.matchAll(/<EventCoding\b([^>]*?)\/?>/g)) {
    const e = attributes(m[1]!);
    if (e.noevents?.toLowerCase() === 'true') noevents = true;
    if (e.error) error = e.error;
    if (e.eventcode) gold.push({ source: goldCode(e.sourcecode ?? ''), target: goldCode(e.targetcode ?? ''), code: e.eventcode.trim() });
  }
  return {
    id: a.id ?? '', date: isoDate(a.date ?? ''), category: a.category ?? '', text: oneLine(/<Text>([\s\S]*?)<\/Text>/.exec(chunk)?.[1] ?? ''),
    gold, noevents, error, evaluate: a.evaluate?.toLowerCase() !== 'false',
  };
}

export interface TabariFile {
  sentences: GoldSentence[];
  /** `-{...}` expectations, which TABARI's suite has switched off. */
  disabled: number;
  /** Records that change TABARI options (`{ OPTION: ... }`); the options are not applied here. */
  options: number;
}

// `950101  DEMO-01`; some headers carry a second date or a source id, and a few dates have 7 or 9 digits (read from the first 6 or 8 as TABARI does).
const TABARI_HEADER = /^(\d{6,9})\s+(?:\d{6}\s+)?(\S+)(?:\s.*)?$/;

/**
 * TABARI's Validate.text: `YYMMDD ID`, the text, then a `/* ... *\/` comment holding the gold
 * `{ SRC / TGT / CODE }`; `{+++}`, `{---}` and `{###}` expect no event. Reading stops at `stopAt`
 * (FINAL-01 ends the standard suite; the records after it need other options or crash TABARI).
 */
export function parseTabari(text: string, stopAt = 'FINAL-01'): TabariFile {
  const out: TabariFile = { sentences: [], disabled: 0, options: 0 };
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  for (let i = 0; i < lines.length; i++) {
    const h = TABARI_HEADER.exec(lines[i]!);
    if (!h) continue;
    if (h[2] === stopAt) break;
    let body = '';
    let k = i + 1;
    for (; k < lines.length && !lines[k]!.includes('/*'); k++) body += ' ' + lines[k];
    let comment = (lines[k] ?? '').slice((lines[k] ?? '').indexOf('/*') + 2);
    body += ' ' + (lines[k] ?? '').slice(0, Math.max(0, (lines[k] ?? '').indexOf('/*')));
    for (k++; k < lines.length && !comment.includes('*/'); k++) comment += '\n' + lines[k];
    const d = h[1]!;
    out.sentences.push({ id: h[2]!, date: isoDate(d.length > 7 ? d.slice(0, 8) : d.slice(0, 6)), text: body.replace(/\s+/g, ' ').trim(), gold: tabariGold(comment, out) });
    i = k - 1;
  }
  return out;
}

function tabariGold(comment: string, tally: TabariFile): Triple[] {
  const gold: Triple[] = [];
  for (const m of comment.slice(0, comment.indexOf('*/') >= 0 ? comment.indexOf('*/') : undefined).matchAll(/(-?)\{([^}]*)\}/g)) {
    const inner = m[2]!.trim();
    if (m[1]) tally.disabled++;
    else if (/^OPTION:/i.test(inner)) tally.options++;
    else {
      const parts = inner.split('/');
      if (parts.length === 3) gold.push({ source: goldCode(parts[0]!), target: goldCode(parts[1]!), code: parts[2]!.trim() });
    }
  }
  return gold;
}
