// The Query as command-line flags: one flag per field (kebab-case: --date-field,
// --min-confidence), lists as repeated flags or commas, validated by the same parser as URLs.
import type { Parsed } from '../cli/args.js';
import { NewsgraphError } from '../errors.js';
import { parseQueryParams, QUERY_PARAMS, QUOTE_ONLY, type RawParams } from './params.js';
import type { Query } from './query.js';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const FIELDS = Object.keys(QUERY_PARAMS) as (keyof Query)[];

/** parseArgs options for every Query field. */
export const QUERY_FLAGS = Object.fromEntries(
  FIELDS.map((f) => [kebab(f), QUERY_PARAMS[f].kind === 'one' ? { type: 'string' as const } : { type: 'string' as const, multiple: true }]),
);

/**
 * The Query that the flags in `p` describe; NG_E060 names the flag's field when a value is
 * wrong, or when a flag of the quote list's own (--speaker) is given to anything else.
 */
export function queryFromFlags(p: Parsed, opts: { quotes?: boolean; where?: string } = {}): Query {
  const raw: RawParams = {};
  for (const f of FIELDS) {
    const v = p.values[kebab(f)];
    if (v === undefined) continue;
    if (!opts.quotes && QUOTE_ONLY.includes(f)) {
      throw new NewsgraphError('NG_E060', `--${kebab(f)} applies to the quote list only, not to ${opts.where ?? 'this command'}`, {
        hint: 'use it with `newsgraph query quotes`',
        detail: { field: f },
      });
    }
    if (typeof v === 'string') raw[f] = [v];
    else if (Array.isArray(v)) raw[f] = v;
  }
  return parseQueryParams(raw).query;
}

/** Help lines for the Query flags (without the quote list's own when `quotes` is false). */
export function queryFlagHelp(quotes = true): string {
  return FIELDS.filter((f) => quotes || !QUOTE_ONLY.includes(f)).map((f) => {
    const d = QUERY_PARAMS[f];
    const flag = `--${kebab(f)} ${d.kind === 'one' ? 'V' : 'V…'}`;
    return `  ${flag.padEnd(24)} ${d.description} (e.g. ${d.example})`;
  }).join('\n');
}
