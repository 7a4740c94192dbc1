// Decides an input's format from its file extension and a sniff of its first characters.
import type { Format } from './types.js';

export type Detection = { format: Format } | { format: null; reason: string };

const BY_EXTENSION: Partial<Record<string, Format | 'txt'>> = {
  '.txt': 'txt', '.text': 'txt', '.wire': 'wire',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
  '.json': 'jsonfeed',
  '.ndjson': 'ndjson', '.jsonl': 'ndjson',
};

/** The wire header's shape, loosely: `date` and a digit. The wire reader checks it strictly. */
const WIRE_SHAPE = /^\s*date[ \t]+\d/;
const SNIFF_CHARS = 4096;

/** `.txt` for `a/b/Report.TXT`; '' when the name has none. */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** True when the extension names a format newsgraph reads (checked before reading a file). */
export function isKnownExtension(name: string): boolean {
  return Object.hasOwn(BY_EXTENSION, extensionOf(name));
}

/** True for `.ndjson` and `.jsonl`, which are read line by line rather than whole. */
export function isLineFormat(name: string): boolean {
  return BY_EXTENSION[extensionOf(name)] === 'ndjson';
}

/** Why newsgraph cannot read a file of this name, or null when it can. */
export function extensionProblem(name: string): string | null {
  if (isKnownExtension(name)) return null;
  const ext = extensionOf(name);
  const found = ext === '' ? 'no extension' : `'${ext}'`;
  return `expected one of ${Object.keys(BY_EXTENSION).join(' ')}, found ${found}; rename the file or convert it`;
}

/** The first line that is not blank, looked for in the first characters only. */
export function firstLine(text: string): string {
  const head = text.slice(0, SNIFF_CHARS);
  for (const line of head.split('\n')) if (line.trim() !== '') return line;
  return '';
}

/**
 * The format of an input. `.txt` is wire when its first non-blank line looks like
 * `date 2024-05-17 …`, else plain text. `.json` is taken for a JSON Feed; its reader fails
 * (NG_E018) JSON that has no `version` naming jsonfeed and no `items`, which needs a full parse.
 * @example detectFormat('a/story.txt', ' date 2024-05-17 Title\n\nBody') // { format: 'wire' }
 */
export function detectFormat(name: string, text: string): Detection {
  const problem = extensionProblem(name);
  const family = BY_EXTENSION[extensionOf(name)];
  if (problem !== null || family === undefined) return { format: null, reason: problem ?? 'unknown extension' };
  if (family === 'txt') return { format: WIRE_SHAPE.test(firstLine(text)) ? 'wire' : 'text' };
  return { format: family };
}
