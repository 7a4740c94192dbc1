// The Query as command-line flags: one flag per field (kebab-case: --date-field,
// --min-confidence), lists as repeated flags or commas, validated by the same parser as URLs.
import type { Parsed } from '../cli/args.js';
import { parseQueryParams, QUERY_PARAMS, type RawParams } from './params.js';
import type { Query } from './query.js';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const FIELDS = Object.keys(QUERY_PARAMS) as (keyof Query)[];

/** parseArgs options for every Query field. */
export const QUERY_FLAGS = Object.fromEntries(
  FIELDS.map((f) => [kebab(f), QUERY_PARAMS[f].kind === 'one' ? { type: 'string' as const } : { type: 'string' as const, multiple: true }]),
);

/** The Query that the flags in `p` describe; NG_E060 names the flag's field when a value is wrong. */
export function queryFromFlags(p: Parsed): Query {
  const raw: RawParams = {};
  for (const f of FIELDS) {
    const v = p.values[kebab(f)];
    if (typeof v === 'string') raw[f] = [v];
    else if (Array.isArray(v)) raw[f] = v;
  }
  return parseQueryParams(raw).query;
}

/** Help lines for the Query flags. */
export function queryFlagHelp(): string {
  return FIELDS.map((f) => {
    const d = QUERY_PARAMS[f];
    const flag = `--${kebab(f)} ${d.kind === 'one' ? 'V' : 'V…'}`;
    return `  ${flag.padEnd(24)} ${d.description} (e.g. ${d.example})`;
  }).join('\n');
}
