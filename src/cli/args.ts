// Argument parsing shared by the commands: node's parseArgs with errors from the catalogue.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { NewsgraphError } from '../errors.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses `argv` for a command; unknown flags are a usage error that names the help. */
export function parse(command: string, argv: string[], options: Options): Parsed {
  try {
    const r = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    throw new NewsgraphError('NG_E001', `${command}: ${(e as Error).message}`, { hint: `see 'newsgraph ${command} --help'` });
  }
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** A positive integer option, or the default; anything else is a usage error. */
export function int(p: Parsed, name: string, dflt: number, max = Number.MAX_SAFE_INTEGER): number {
  const v = str(p, name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new NewsgraphError('NG_E002', `--${name} expects a whole number from 1 to ${max}, found "${v}"`);
  }
  return n;
}

/** One of the allowed values, or the default. */
export function oneOf<T extends string>(p: Parsed, name: string, allowed: readonly T[], dflt: T): T {
  const v = str(p, name);
  if (v === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(v)) {
    throw new NewsgraphError('NG_E002', `--${name} expects one of ${allowed.join(', ')}, found "${v}"`);
  }
  return v as T;
}

export function isoDate(p: Parsed, name: string): string | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  const d = new Date(`${v}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw new NewsgraphError('NG_E020', `--${name} expects a date as YYYY-MM-DD, found "${v}"`);
  }
  return v;
}
