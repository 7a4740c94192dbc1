// Reads actor dictionaries in the PETRARCH / Phoenix / TABARI formats, so that users can code
// with the dictionaries they already keep (notes/event-coding-peers.md; PETRARCH-2 PETRreader.py).
// Agent dictionaries: petrarch-agents.ts.
import { DATA_DIR, type ActorEntry, type ActorLexicon, type EntryKind, type Role } from './actor-lexicon.js';
import type { EntityType } from '../record/types.js';
import { contentLines, readDictionary, type Line, type PetrarchOptions } from './petrarch-files.js';
import { pluralOf } from './petrarch-agents.js';
import { fail, readTsv } from './tsv.js';

interface Code {
  code: string | null;
  /** The rest of a compound code ("ELR/GAL": several actors at once). */
  also?: string[];
  from: string | null;
  to: string | null;
  dated: boolean;
}

interface Draft {
  names: string[];
  /** One-word names written without a final "_": they match as stems too. */
  stems: string[];
  /** Names whose words are joined by a blank ("ITHIL TELEVISION"): other words may stand between them. */
  gapped: string[];
  /** Names written with a final "=" (TABARI: the word as written, no ending). */
  exact: Set<string>;
  codes: Code[];
}

/**
 * Adds the actors of a PETRARCH/TABARI dictionary to `lex`: a name line `NAME_WORDS [CODE]`,
 * `+SYNONYM` lines, and indented code lines with date restrictions (`[USAGOV >20090120]`,
 * `[USAELI <20090120]`, `[IGOEUREEC 820701-821231]`) that become dated roles. Surfaces that
 * `lex` already knows keep their entries: the project's lexicon wins where both name a thing.
 * A malformed line stops the load with NG_E040 `file:line: reason`.
 */
export function loadPetrarchActors(file: string, lex: ActorLexicon, opts: PetrarchOptions = {}): void {
  const warn = (n: number, why: string): void => opts.onWarning?.(`${file}:${n}: ${why}`);
  const lines = contentLines(readDictionary(file));
  const drafts = parseActors(lines, file, warn);
  if (!lines.some((l) => l.text.includes('['))) fail(file, 1, 'no actor with a [CODE] in the file; is it a PETRARCH/TABARI actor dictionary?');
  const added = drafts.map((d) => addDraft(lex, d));
  // After every name is in, so that a plural never hides a name of the file ("ARABS").
  drafts.forEach((d, k) => addPlurals(lex, d, added[k]!));
}

/**
 * TABARI reads a regular plural on the last word of an actor's name ("Libyas", "Ithil
 * government radios"), even after a final "_"; not after a final "=" (the word as written), nor on a person's name.
 */
function addPlurals(lex: ActorLexicon, d: Draft, entry: ActorEntry | null): void {
  if (!entry || entry.kind === 'person') return;
  for (const s of d.names) {
    if (d.exact.has(s)) continue;
    for (const p of new Set([s + 's', pluralOf(s.toLowerCase())])) if (/\p{L}$/u.test(s) && !lex.lookup(p)) lex.add(p, entry);
  }
}

function parseActors(lines: Line[], file: string, warn: (n: number, why: string) => void): Draft[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  for (const { n, text } of lines) {
    const t = text.trim();
    if (t.startsWith('[')) {
      if (!cur) fail(file, n, 'a code line with no actor name before it');
      cur.codes.push(...parseCodes(t, file, n, warn));
    } else if (t.startsWith('+')) {
      if (!cur) fail(file, n, 'a synonym (+) line with no actor name before it');
      // PETRARCH keeps a stray bracket as part of a word that then never matches ("+FAEROYENE]_").
      if (/[[\]{}]/.test(t)) warn(n, `synonym "${t}" has a bracket in it; skipped`);
      else addName(cur, t.slice(1), file, n);
    } else {
      const k = t.indexOf('[');
      cur = { names: [], stems: [], gapped: [], exact: new Set(), codes: k < 0 ? [] : parseCodes(t.slice(k), file, n, warn) };
      addName(cur, k < 0 ? t : t.slice(0, k), file, n);
      drafts.push(cur);
    }
  }
  return drafts;
}

function addName(d: Draft, raw: string, file: string, n: number): void {
  const phrase = actorPhrase(raw, file, n);
  d.names.push(phrase);
  if (!/[_=\s]$/.test(raw.trim()) && !phrase.includes(' ')) d.stems.push(phrase);
  // TABARI's connectors: "_" joins words that touch, a blank lets other words stand between them.
  if (/[^\s_]\s+[^\s_]/.test(raw.trim())) d.gapped.push(phrase);
  if (/=\s*$/.test(raw)) d.exact.add(phrase);
}

/** "AFGHAN_NATIONAL_ARMY_" -> "AFGHAN NATIONAL ARMY": underscores and spaces both join words here. */
function actorPhrase(s: string, file: string, n: number): string {
  const bad = /[\]{}]/.exec(s);
  if (bad) fail(file, n, `unexpected "${bad[0]}" in the name "${s.trim()}"`);
  const phrase = s.trim().replace(/[_=]+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (!phrase) fail(file, n, 'empty actor name');
  return phrase;
}

/** One or more `[CODE]` / `[CODE restriction]` blocks, and nothing else. */
function parseCodes(s: string, file: string, n: number, warn: (n: number, why: string) => void): Code[] {
  const out: Code[] = [];
  let rest = s.trim();
  while (rest) {
    const m = /^\[([^\]]*)\]\s*/.exec(rest);
    if (!m && rest.startsWith('[')) fail(file, n, `"${rest}" has no closing "]"`);
    if (!m) {
      // PETRARCH reads nothing after the codes ("[MNCMED]  Newspapers/Magazines  $137,000,000").
      warn(n, `text "${rest}" after the codes is ignored`);
      break;
    }
    const code = parseCode(m[1]!.trim(), file, n, warn);
    if (code) out.push(code);
    rest = rest.slice(m[0].length);
  }
  return out;
}

function parseCode(s: string, file: string, n: number, warn: (n: number, why: string) => void): Code | null {
  const [raw = '', ...more] = s.split(/\s+/);
  const r = more.join(' ');
  let code: string | null;
  let also: string[] = [];
  // ---, ### and +++ are TABARI's null, discard and ignore codes: the name is known, nothing is coded.
  if (/^(-{3}|#{3}|\+{3})$/.test(raw)) code = null;
  // A compound code ("ELR/GAL": several actors at once): each is coded in turn.
  else if (/^[A-Za-z0-9]+(\/[A-Za-z0-9]+)*$/.test(raw)) [code = null, ...also] = raw.toUpperCase().split('/');
  else fail(file, n, `code "${raw}" must be letters and digits, e.g. [USAGOV]`);
  if (!r) return { code, ...(also.length ? { also } : {}), from: null, to: null, dated: false };
  let m: RegExpExecArray | null;
  let from: string | null = null;
  let to: string | null = null;
  if ((m = /^<\s*(\d+)$/.exec(r))) to = dictDate(m[1]!, file, n, warn);
  else if ((m = /^>\s*(\d+)$/.exec(r))) from = dictDate(m[1]!, file, n, warn);
  else if ((m = /^(\d+)\s*-\s*(\d+)$/.exec(r))) [from, to] = [dictDate(m[1]!, file, n, warn), dictDate(m[2]!, file, n, warn)];
  // A lone date ("[USAGOV 19820101] # entered Foreign Service") means from then on.
  else if ((m = /^(\d+)$/.exec(r))) from = dictDate(m[1]!, file, n, warn);
  else fail(file, n, `date restriction "${r}" must be <DATE, >DATE or DATE-DATE (DATE is YYMMDD or YYYYMMDD)`);
  if (from && to && to < from) {
    warn(n, `interval ${from}..${to} of ${raw} ends before it starts; skipped as PETRARCH does`);
    return null;
  }
  return code ? { code, from, to, dated: true } : null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYYMMDD or YYMMDD (00-30 -> 20YY, else 19YY), read as PETRARCH's dstr_to_ordate reads them. */
function dictDate(s: string, file: string, n: number, warn: (n: number, why: string) => void): string {
  if (s.length !== 6 && s.length !== 8) warn(n, `date "${s}" is neither YYMMDD nor YYYYMMDD; read from its first ${s.length > 7 ? 8 : 6} digits as PETRARCH does`);
  if (s.length < 6) fail(file, n, `date "${s}" is too short (YYMMDD or YYYYMMDD)`);
  let y: number;
  let rest: string;
  if (s.length > 7) [y, rest] = [Number(s.slice(0, 4)), s.slice(4, 8)];
  else [y, rest] = [Number(s.slice(0, 2)) + (Number(s.slice(0, 2)) <= 30 ? 2000 : 1900), s.slice(2, 6)];
  const mo = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!)) fail(file, n, `"${s}" is not a calendar date (YYMMDD or YYYYMMDD)`);
  return `${String(y).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

// Sectors that mark a person's role in a dated code (IRQOCC, an occupied country, is none).
const ROLE_SECTOR = /^(GOV|ELI|MIL|REB|OPP|CIV|CVL|LEG|JUD|PTY|BUS|MED|COP|SPY|REL|EDU|HLH|LAB|AGR|REF|CRM|INS|UAF|PRS|FRM)/;

// CAMEO's transnational actors: bodies, NGOs, movements, militarised groups, companies.
export const TRANSNATIONAL = /^(IGO|NGO|NGM|IMG|INT|MNC|UIS)/;

function addDraft(lex: ActorLexicon, d: Draft): ActorEntry | null {
  const real = d.codes.filter((c): c is Code & { code: string } => c.code !== null);
  // A name with only null codes is one PETRARCH recognises and codes as nothing.
  if (!real.length) return null;
  const dflt = real.find((c) => !c.dated)?.code ?? null;
  const dated = real.filter((c) => c.dated);
  const head = dflt ?? dated[dated.length - 1]!.code;
  // Dated codes are a person's roles ("[HOB] [HOBMIL 2008-2012] [HOBGOV 2012-2013]"), unless
  // they are a country's codes over time: a real country code with no role among them ("[IRQ
  // <20030320] [IRQOCC 20030320-20060520] [IRQ >20060520]", Ukraine before 1991).
  const countryOverTime = dated.some((c) => c.code.length === 3 && knownCodes().has(c.code)) && !real.some((c) => ROLE_SECTOR.test(c.code.slice(3)));
  const isPerson = !countryOverTime && dated.length > 0 && real.some((c) => c.code.length > 3);
  const { kind, type } = classify(head, isPerson);
  const roles: Role[] = dated.map((c) => ({ code: c.code, from: c.from, to: c.to, title: '' }));
  // PETRARCH codes the undated code only when no restriction applies; as an open role it is
  // what roleOn falls back to.
  if (kind === 'person' && dflt) roles.push({ code: dflt, from: null, to: null, title: '' });
  const entry: ActorEntry = {
    name: displayName(d.names[0]!),
    kind,
    type,
    code: kind === 'person' ? dflt : head,
    country: countryOf(kind === 'person' ? real[0]!.code : head),
  };
  const also = kind === 'person' ? undefined : real.find((c) => c.code === head)?.also;
  if (also) entry.also = also;
  if (roles.length) {
    entry.roles = roles;
    // PETRARCH takes the first restriction that holds, in the file's order.
    entry.rolesInOrder = true;
  }
  for (const s of d.names) if (!lex.lookup(s.replace(/^the\s+/i, ''))) lex.add(s, entry);
  for (const s of d.stems) lex.addStem(s, entry);
  for (const s of d.gapped) lex.addGapped(s, entry);
  return entry;
}

/** The format does not say what a name is; the codes do, mostly (dated codes are people's roles). */
function classify(head: string, datedRoles: boolean): { kind: EntryKind; type: EntityType } {
  if (datedRoles) return { kind: 'person', type: 'PERSON' };
  if (TRANSNATIONAL.test(head)) return { kind: 'igo', type: 'ORG' };
  if (head.length === 3) return regionCodes().has(head) ? { kind: 'region', type: 'LOC' } : { kind: 'country', type: 'GPE' };
  return { kind: 'metonym', type: 'ORG' };
}

/**
 * CAMEO's layout: the first three letters are the country or region; transnational codes
 * carry it after their prefix, when they carry one. A dictionary may define countries of its
 * own (the PETRARCH test suites' "ARN", "GON"), so any three capitals count.
 */
function countryOf(code: string): string | null {
  if (TRANSNATIONAL.test(code)) return knownCodes().has(code.slice(3, 6)) ? code.slice(3, 6) : null;
  return /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null;
}

let regions: Set<string> | undefined;
let known: Set<string> | undefined;

function regionCodes(): Set<string> {
  regions ??= new Set(readTsv(DATA_DIR + 'regions.tsv', ['code']).map((r) => r.get('code')));
  return regions;
}

function knownCodes(): Set<string> {
  known ??= new Set([...readTsv(DATA_DIR + 'countries.tsv', ['iso3']).map((r) => r.get('iso3')), ...regionCodes()]);
  return known;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'le', 'du', 'des', 'da', 'di', 'del', 'on', 'in', 'to', 'at']);

/** "MOHAMMAD ZAHIR SHAH" -> "Mohammad Zahir Shah"; "IMF", "U.S." and "CNN" stay as written. */
export function displayName(phrase: string): string {
  if (/\p{Ll}/u.test(phrase)) return phrase;
  const words = phrase.split(' ');
  if (words.length === 1 && phrase.length <= 3) return phrase;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (i > 0 && SMALL_WORDS.has(lower)) words[i] = lower;
    else if (!/[.\d]/.test(w) && /[AEIOUY]/.test(w)) words[i] = lower.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');
  }
  return words.join(' ');
}
