// Reads the project's lexicon files: `#` comment lines, one header line, tab-separated rows.
// A malformed line stops start-up with the file, the line and the reason.
import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../errors.js';

export interface TsvRow {
  line: number;
  get(column: string): string;
  list(column: string): string[];
}

/** Parses a TSV lexicon; every row must have exactly the header's columns. */
export function readTsv(file: string, required: readonly string[]): TsvRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new NewsgraphError('NG_E040', `${file}: cannot read lexicon (${(e as Error).message})`, {
      hint: 'check the path given with --actors/--verbs or reinstall newsgraph',
    });
  }
  return parseTsv(text, file, required);
}

export function parseTsv(text: string, file: string, required: readonly string[]): TsvRow[] {
  const lines = text.split('\n');
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/, '');
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      const missing = required.filter((c) => !header!.includes(c));
      if (missing.length) fail(file, n + 1, `header lacks column(s) ${missing.join(', ')}; found ${header.join(', ')}`);
      continue;
    }
    if (cells.length !== header.length) {
      fail(file, n + 1, `expected ${header.length} tab-separated columns (${header.join(', ')}), found ${cells.length}`);
    }
    rows.push(makeRow(header, cells, n + 1));
  }
  if (!header) fail(file, 1, 'no header line found');
  return rows;
}

function makeRow(header: string[], cells: string[], line: number): TsvRow {
  const get = (column: string): string => {
    const k = header.indexOf(column);
    return k < 0 ? '' : cells[k]!.trim();
  };
  return {
    line,
    get,
    list: (column) => get(column).split('|').map((s) => s.trim()).filter(Boolean),
  };
}

export function fail(file: string, line: number, reason: string): never {
  throw new NewsgraphError('NG_E040', `${file}:${line}: ${reason}`, { hint: 'fix that line of the lexicon and start again' });
}
