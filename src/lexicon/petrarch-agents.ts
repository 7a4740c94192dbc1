// Reads PETRARCH/TABARI agent dictionaries (role nouns that give an actor its sector) into
// the same AgentEntry shape as the project's agents.tsv.
import type { AgentEntry } from './agents.js';
import { contentLines, readDictionary, type PetrarchOptions } from './petrarch-files.js';
import { fail } from './tsv.js';

/**
 * Reads a PETRARCH/TABARI agents dictionary: `SOLDIER [~MIL]`, `ATTORNEY_GENERAL
 * {ATTORNEYS_GENERAL} [~GOV]`, `POLICE {} [~COP]`, `HUMAN_RIGHTS_BODY [NGO~]` and substitution
 * markers (`!PERSON! = MAN, MEN` then `CONGRESS!PERSON! [~LEG]`). Regular plurals are made as
 * PETRARCH makes them (with English -ies/-es), an explicit `{...}` replaces it, `{}` has none.
 */
export function loadPetrarchAgents(file: string, opts: PetrarchOptions = {}): AgentEntry[] {
  const warn = (n: number, why: string): void => opts.onWarning?.(`${file}:${n}: ${why}`);
  const markers = new Map<string, string[]>();
  const out: AgentEntry[] = [];
  const seen = new Set<string>();
  const push = (phrase: string, code: string, before: boolean, plural: boolean): void => {
    const key = `${phrase}\t${code}\t${before}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(before ? { phrase, code, plural, before } : { phrase, code, plural });
  };
  for (const { n, text } of contentLines(readDictionary(file))) {
    const t = text.trim();
    const def = /^!([A-Za-z]+)!\s*=\s*(.*)$/.exec(t);
    if (def) {
      const items = def[2]!.split(',').map((s) => agentPhrase(s)).filter(Boolean);
      if (!items.length) fail(file, n, `substitution marker !${def[1]}! has no words after "="`);
      markers.set(def[1]!.toUpperCase(), items);
      continue;
    }
    if (!t.includes('[')) {
      warn(n, `agent "${t}" has no [code]; skipped as PETRARCH does`);
      continue;
    }
    const a = parseAgentLine(t, file, n, warn);
    if (a.words.includes('!')) {
      for (const p of expandMarker(a.words, markers, file, n)) push(p, a.code, a.before, false);
      continue;
    }
    const phrase = agentPhrase(a.words);
    if (!phrase) fail(file, n, 'an agent line needs a phrase before its [code]');
    push(phrase, a.code, a.before, false);
    const plural = a.plural === null ? pluralOf(phrase) : agentPhrase(a.plural);
    if (plural) push(plural, a.code, a.before, true);
  }
  return out;
}

interface AgentLine {
  words: string;
  plural: string | null;
  code: string;
  before: boolean;
}

function parseAgentLine(t: string, file: string, n: number, warn: (n: number, why: string) => void): AgentLine {
  const k = t.indexOf('[');
  let close = t.indexOf(']', k);
  // "[~ENV}": a typo that PETRARCH's own documentation makes too; the code is still clear.
  if (close < 0 && (close = t.indexOf('}', k)) >= 0) warn(n, `"${t.slice(k, close + 1)}" is closed by "}" instead of "]"`);
  if (close < 0) fail(file, n, `"${t.slice(k)}" has no closing "]"`);
  if (t.slice(close + 1).trim()) fail(file, n, `unexpected text "${t.slice(close + 1).trim()}" after the code`);
  const inner = t.slice(k + 1, close).trim();
  const m = /^~\s*([A-Za-z0-9]+)$/.exec(inner) ?? /^([A-Za-z0-9]+)\s*~$/.exec(inner);
  if (!m) fail(file, n, `agent code "${inner}" must be ~CODE (after the actor's code) or CODE~ (before it)`);
  const head = t.slice(0, k);
  const open = head.indexOf('{');
  if (open >= 0 && head.indexOf('}', open) < 0) fail(file, n, 'a "{" plural with no closing "}"');
  return {
    words: open < 0 ? head : head.slice(0, open),
    plural: open < 0 ? null : head.slice(open + 1, head.indexOf('}', open)),
    code: m[1]!.toUpperCase(),
    before: inner.endsWith('~'),
  };
}

/** Every combination of the markers' words: "CONGRESS!PERSON!" -> congressman, congressmen, ... */
function expandMarker(words: string, markers: Map<string, string[]>, file: string, n: number): string[] {
  const m = /!([A-Za-z]+)!/.exec(words);
  if (!m) {
    if (words.includes('!')) fail(file, n, `"${words.trim()}": a substitution marker is written !NAME!`);
    return [agentPhrase(words)];
  }
  const items = markers.get(m[1]!.toUpperCase());
  if (!items) fail(file, n, `substitution marker !${m[1]}! is not defined above (e.g. !PERSON! = MAN, MEN)`);
  const tail = words.slice(m.index + m[0].length);
  return items.flatMap((w) => expandMarker(words.slice(0, m.index) + w + tail, markers, file, n));
}

function agentPhrase(s: string): string {
  return s.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** PETRARCH adds S, ES after S, IES for Y; here -es also after x/z/ch/sh and -ys after a vowel. */
export function pluralOf(phrase: string): string {
  if (/[^aeiou]y$/.test(phrase)) return phrase.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(phrase)) return phrase + 'es';
  return phrase + 's';
}
