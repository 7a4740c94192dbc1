// Reads PETRARCH-1/-2 and TABARI verb dictionaries into the coder's EventPattern index, and says what did not fit.
import { addPattern, patternLength, type CameoCode, type EventPattern } from './event-lexicon.js';
import { bump, compoundOf, Drop, expand, JOIN, slotsOf, word, wordVariants, type Variant } from './petrarch-patterns.js';
import { readDictionary } from './petrarch-files.js';
import { fail } from './tsv.js';

export interface VerbOptions {
  /** Codes missing from `codes`: 'add' makes a CameoCode (Goldstein 0, quad from the root, no PLOVER) in `codes`; 'skip' drops the pattern. */
  unknownCodes?: 'add' | 'skip';
  /** TABARI and PETRARCH take the first actor after the pattern as target when it has no `+`: add a `~T` variant after the last word. Default true. */
  implicitTarget?: boolean;
  /** With implicitTarget, also a `PREP ~T` variant for each of these ("restore ties with Gondor"); multiplies the index. Default none. */
  targetPrepositions?: readonly string[];
  /** Patterns whose synsets give more variants than this are dropped (CAMEO.2.0's &WEAPON has 115 members). Default 64. */
  maxVariants?: number;
}

export interface VerbStats {
  file: string;
  synsets: number;
  blocks: number;
  verbForms: number;
  patternLines: number;
  /** Pattern lines that gave at least one EventPattern. */
  patternsKept: number;
  /** EventPatterns in the index: verb forms × patterns × synset expansions × target variants, deduplicated. */
  eventPatterns: number;
  /** Pattern lines, verb forms and other lines left out, by reason. */
  dropped: Record<string, number>;
  /** Lines kept with a loss, by what was lost. */
  approximated: Record<string, number>;
  /** Codes not in the codebook that were added (or skipped). */
  unknownCodes: string[];
}

interface Verb { head: string; back: string[]; front: string[]; inflections: string[]; code: string | null; reverse: string | null; line: number; text: string }
interface Pattern { body: string; code: string | null; reverse: string | null; line: number; text: string }
interface Block { code: string | null; reverse: string | null; verbs: Verb[]; patterns: Pattern[] }


const MAX_VARIANTS = 64;
const NULL_CODE = /^(-{3}|#{3}|\+{3})?$/;

/**
 * The verb patterns of a PETRARCH/TABARI dictionary, by head lemma, longest first.
 * @example loadPetrarchVerbs('CAMEO.2.0.txt', loadCodes()).get('accuse')
 */
export function loadPetrarchVerbs(file: string, codes: Map<string, CameoCode>, opts: VerbOptions = {}): Map<string, EventPattern[]> {
  return convertPetrarchVerbs(file, codes, opts).verbs;
}

/** As loadPetrarchVerbs, with the count of what was converted, approximated and dropped. A malformed line is NG_E040 `file:line: reason`. */
export function convertPetrarchVerbs(file: string, codes: Map<string, CameoCode>, opts: VerbOptions = {}): { verbs: Map<string, EventPattern[]>; stats: VerbStats } {
  const text = readDictionary(file, 'verb dictionary', 'check the path of the verbs file');
  const stats: VerbStats = { file, synsets: 0, blocks: 0, verbForms: 0, patternLines: 0, patternsKept: 0, eventPatterns: 0, dropped: {}, approximated: {}, unknownCodes: [] };
  const lines = contentLines(text);
  const parsed = new FileParser(file, stats, lines.some((l) => l.t.startsWith('---')));
  for (const { n, t } of lines) parsed.line(n, t);
  const verbs = new Map<string, EventPattern[]>();
  new Converter(file, codes, opts, parsed.synsets, stats, verbs, parsed.petrarch).run(parsed.blocks);
  for (const list of verbs.values()) list.sort((a, b) => patternLength(b) - patternLength(a));
  return { verbs, stats };
}

/** Content lines: `#`/`;` comments, `<!-- -->`, TABARI's <TIME> block and section tags removed; stops at ---STOP--- or ~~FINISH. */
function contentLines(text: string): Array<{ n: number; t: string }> {
  const out: Array<{ n: number; t: string }> = [];
  let skipTo: string | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i]!.replace(/\r$/, '').replace(/<!--.*?-->/g, '');
    if (skipTo) {
      if (!raw.includes(skipTo)) continue;
      raw = raw.slice(raw.indexOf(skipTo) + skipTo.length);
      skipTo = null;
    }
    if (raw.includes('<!--')) [raw, skipTo] = [raw.slice(0, raw.indexOf('<!--')), '-->'];
    const t = raw.replace(/(^|[\s\]])[#;].*$/, '$1').trim();
    if (t.startsWith('~~FINISH') || t.includes('---STOP---')) break;
    if (/^<TIME>/i.test(t)) skipTo = '</TIME>';
    else if (t && !t.startsWith('<')) out.push({ n: i + 1, t });
  }
  return out;
}

/** Reads the lines into synsets and blocks. PETRARCH files group synonym verbs under `--- NAME [code] ---`; TABARI files have one verb per block. */
class FileParser {
  readonly synsets = new Map<string, string[]>();
  readonly blocks: Block[] = [];
  private synset: string | null = null;
  private block: Block | null = null;

  constructor(private readonly file: string, private readonly stats: VerbStats, readonly petrarch: boolean) {}

  line(n: number, t: string): void {
    const { file, stats } = this;
    if (t.startsWith('+') && this.synset) return void this.synsets.get(this.synset)!.push(t.slice(1));
    this.synset = null;
    if (t.startsWith('&')) this.openSynset(n, t);
    else if (t.startsWith('---')) this.openBlock(n, t);
    else if (t.startsWith('~')) bump(stats.dropped, 'verb transformation (~) line');
    else if (t.startsWith('-')) {
      if (!this.block) fail(file, n, 'a pattern line with no verb before it');
      stats.patternLines++;
      const p = parsePattern(t, file, n);
      if (typeof p === 'string') bump(stats.dropped, p);
      else this.block.patterns.push(p);
    } else if (t.startsWith('{') && this.block?.verbs.length) {
      this.block.verbs[this.block.verbs.length - 1]!.inflections.push(...inflections(t, file, n));
    } else this.verb(n, t);
  }

  private openSynset(n: number, t: string): void {
    this.synset = t.slice(1).split(/\s/)[0]!.replace(/_+$/, '').toUpperCase();
    if (!this.synset) fail(this.file, n, 'a synset line needs a name after "&"');
    this.synsets.set(this.synset, []);
    this.stats.synsets++;
  }

  private openBlock(n: number, t: string): void {
    const codes = [...t.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    if (codes.length > 1) bump(this.stats.approximated, 'second code in a block header ignored');
    const head = codes.length ? parseCode(codes[0]!, this.file, n) : { code: null, reverse: null };
    this.blocks.push((this.block = { code: head.code, reverse: head.reverse, verbs: [], patterns: [] }));
    this.stats.blocks++;
  }

  private verb(n: number, t: string): void {
    if (!this.petrarch) this.openBlock(n, '');
    if (!this.block) fail(this.file, n, 'a verb line with no "--- NAME [code] ---" block before it');
    const v = parseVerb(t, this.file, n, this.stats);
    if (v && !this.petrarch) tabariStem(v, this.stats);
    if (v) this.block.verbs.push(v);
  }
}

function parseCode(inner: string, file: string, n: number): { code: string | null; reverse: string | null } {
  const [a = '', b] = inner.split(':').map((s) => s.trim().replace(/[!?]+$/, ''));
  for (const c of [a, b ?? '']) if (!NULL_CODE.test(c) && !/^[0-9A-Za-z]{1,6}$/.test(c)) fail(file, n, `code "[${inner}]" must be letters and digits (e.g. [042], [032:033], [---])`);
  // "[032:033]": the event, and the reciprocal one the target does to the source.
  return { code: NULL_CODE.test(a) ? null : a, reverse: b !== undefined && !NULL_CODE.test(b) ? b : null };
}

/** A pattern line; PETRARCH skips the odd ones (no code, unbalanced brackets) and so does this loader, counting them. */
function parsePattern(t: string, file: string, n: number): Pattern | string {
  const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(t);
  if (!m) return 'pattern line without a [code] at its end';
  const body = m[1]!;
  for (const [o, c] of [['{', '}'], ['(', ')']] as const) {
    if (body.split(o).length !== body.split(c).length) return `unbalanced ${o}${c} in a pattern`;
  }
  return { body, ...parseCode(m[2]!, file, n), line: n, text: t };
}

/** `{GAVE GIVEN}`, `{+BREAKS_DOWN +BROKE_DOWN}`: the verb word of each form. */
function inflections(s: string, file: string, n: number): string[] {
  const m = /^\{([^}]*)\}$/.exec(s.trim());
  if (!m) fail(file, n, `inflections are written {FORM FORM ...}; found "${s}"`);
  return m[1]!.split(/\s+/).map((f) => word(f.slice(f.indexOf('+') + 1).split('_')[0]!)).filter(Boolean);
}

/** `GIVE {GAVE GIVEN} [070]`, `+BREAK_DOWN {...}`, `WIRE_+TAP`, TABARI's `CAST DOUBT [141]`. */
function parseVerb(t: string, file: string, n: number, stats: VerbStats): Verb | null {
  stats.verbForms++;
  const codeM = /\[([^\]]*)\]/.exec(t);
  const brace = /\{[^}]*\}/.exec(t);
  if (t.includes('{') && !brace) fail(file, n, `"{" with no closing "}" in "${t}"`);
  const spec = t.replace(/\[[^\]]*\]/g, ' ').replace(/\{[^}]*\}/g, ' ').trim();
  if (!spec) fail(file, n, `a verb line needs a verb; found "${t}"`);
  const parts = spec.split(/[\s_]+/).filter(Boolean);
  // "WIRE_+TAP": the words before the "+" must stand right before the verb.
  const at = Math.max(0, parts.findIndex((p) => p.startsWith('+')));
  const front = parts.slice(0, at).map(word).filter(Boolean);
  if (front.length) bump(stats.approximated, 'verb form with words before the verb (WIRE_+TAP) matched with them touching the verb');
  const words = parts.slice(at).map((p) => word(p.replace(/^\+/, ''))).filter(Boolean);
  if (!words.length) fail(file, n, `no verb word in "${t}"`);
  return {
    head: words[0]!, back: words.slice(1), front: front.flatMap((w) => [w, JOIN]), line: n, text: t,
    inflections: brace ? inflections(brace[0], file, n) : [],
    ...(codeM ? parseCode(codeM[1]!, file, n) : { code: null, reverse: null }),
  };
}

/**
 * TABARI matches a verb written without a final `_` as a stem: RESTOR matches "restore" and
 * "restored". The lemma index needs whole words, so such a stem is also indexed as STEM+e.
 */
function tabariStem(v: Verb, stats: VerbStats): void {
  const first = v.text.split(/\s/)[0]!;
  if (first.includes('_') || /[eE=]$/.test(first)) return;
  v.inflections.push(v.head + 'e');
  bump(stats.approximated, 'TABARI verb stem also indexed as STEM+e');
}

class Converter {
  private readonly name: string;
  /** Patterns by their words; `made`: a PREP ~T variant this reader added, which the dictionary's own pattern replaces. */
  private readonly seen = new Map<string, { p: EventPattern; made: boolean }>();

  constructor(
    file: string, private readonly codes: Map<string, CameoCode>, private readonly opts: VerbOptions,
    private readonly synsets: Map<string, string[]>, private readonly stats: VerbStats, private readonly index: Map<string, EventPattern[]>,
    private readonly petrarch: boolean,
  ) {
    this.name = file.split('/').pop()!;
  }

  run(blocks: Block[]): void {
    for (const b of blocks) {
      for (const v of b.verbs) {
        const code = v.code ?? b.code;
        // "LEFT_ [032:033]": a verb's own reciprocal code, else its block's.
        const back = v.code ? v.reverse : b.reverse;
        const reverse = back && this.known(back) ? back : null;
        if (code && this.known(code)) this.add(v, [{ before: [], after: [] }], code, `${this.name}:${v.line}`, v.text, reverse);
      }
      for (const p of b.patterns) this.convert(b, p);
    }
  }

  private convert(b: Block, p: Pattern): void {
    const stats = this.stats;
    try {
      if (!p.code) throw new Drop('null code ([---], [###], [+++])');
      const compound = compoundOf(p.body);
      const ctx = { synsets: this.synsets, max: this.opts.maxVariants ?? MAX_VARIANTS };
      const variants = wordVariants(expand(slotsOf(compound ? p.body.replace('%', compound === 'source' ? '$' : '+') : p.body, ctx, 0), ctx.max), stats.approximated);
      if (!this.known(p.code)) throw new Drop('code not in the codebook');
      const reverse = p.reverse && this.known(p.reverse) ? p.reverse : null;
      if (p.body.includes('^')) bump(stats.approximated, 'skip marker ^ read as one noun phrase skipped');
      if (!b.verbs.length) throw new Drop('pattern of a block with no verb');
      for (const v of b.verbs) this.add(v, variants, p.code, `${this.name}:${p.line}`, p.text, reverse, compound);
      stats.patternsKept++;
      if (compound) bump(stats.approximated, `compound marker % read as a ${compound} of two or more actors`);
    } catch (e) {
      if (!(e instanceof Drop)) throw e;
      bump(stats.dropped, e.reason);
    }
  }

  private known(code: string): boolean {
    if (this.codes.has(code)) return true;
    if (!this.stats.unknownCodes.includes(code)) this.stats.unknownCodes.push(code);
    if (this.opts.unknownCodes !== 'skip') this.codes.set(code, onTheFly(code, this.name));
    return this.opts.unknownCodes !== 'skip';
  }

  private add(v: Verb, variants: Variant[], code: string, id: string, text: string, reverse: string | null = null, compound?: EventPattern['compound']): void {
    for (const variant of variants) {
      const before = [...variant.before, ...v.front];
      const tail = [...v.back, ...variant.after];
      // A compound subject acts on its own members: no target slot is added.
      const tails = tail.includes('~T') || compound || this.opts.implicitTarget === false ? [tail] : this.targetTails(tail);
      for (const head of [v.head, ...v.inflections]) {
        for (const t of tails) {
          const words = [head, ...t];
          // Loose only over the dictionary's own words: a "PREP ~T" variant added here is matched as written.
          const loose = t.length > 0 && t.length <= tail.length + 1 && tail.length > 0;
          const key = `${compound ?? ''}${variant.reversed ? 'R' : ''}${before.join(' ')} * ${words.join(' ')}`;
          const p: EventPattern = {
            code, words, kind: 'verb', id, text, ...(reverse ? { reverse } : {}), ...(before.length ? { before } : {}), ...(compound ? { compound } : {}), ...(variant.reversed ? { reversed: true } : {}), ...(loose ? { loose } : {}), peer: true, ...(this.petrarch ? { exact: true } : {}),
          };
          const made = t.length > tail.length + 1;
          const plain = `${before.join(' ')} * ${words.join(' ')}`;
          // "CALLED [010]" made "called on ~T"; the block's own "- *_ON [095]" (or "- + * FROM $") is
          // a pattern of the same words, and wins.
          const old = this.seen.get(plain);
          if (old?.made && !made) {
            const list = this.index.get(head)!;
            list.splice(list.indexOf(old.p), 1);
            this.seen.delete(plain);
            this.stats.eventPatterns--;
          }
          if (this.seen.has(key) || (made && this.seen.has(plain))) continue;
          this.seen.set(key, { p, made });
          if (made) this.seen.set(plain, { p, made });
          addPattern(this.index, p);
          this.stats.eventPatterns++;
        }
      }
    }
  }

  private targetTails(tail: string[]): string[][] {
    const preps = (this.opts.targetPrepositions ?? []).filter((p) => p !== tail[tail.length - 1]);
    return [[...tail, '~T'], ...preps.map((p) => [...tail, p, '~T']), tail];
  }
}

/** A code the codebook lacks (WEIS codes of the toy dictionaries): kept as-is; quad from a CAMEO-like root, else 1. */
function onTheFly(code: string, file: string): CameoCode {
  const root = Number(code.slice(0, 2));
  const quad = !Number.isFinite(root) || root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  return { code, name: `code ${code} from ${file} (not in the CAMEO codebook)`, goldstein: 0, quad, plover: null, mode: null };
}
