// What the PETRARCH/TABARI dictionary readers share: reading a file (NG_E040 when it cannot be
// read) and its content lines without comments.
import { readFileSync } from 'node:fs';
import { NewsgraphError } from '../errors.js';

export interface PetrarchOptions {
  /**
   * Told about each line that PETRARCH reads, or skips, without stopping although it looks
   * wrong, and which is read or skipped the same way here: a date of 7, 9 or 10 digits, an
   * interval that ends before it starts, a stray bracket in a synonym, text after the codes,
   * an agent with no code, an agent code closed by `}`. The Phoenix files have 14 such lines.
   */
  onWarning?: (message: string) => void;
}

export interface Line {
  n: number;
  text: string;
}

/** The text of a dictionary file, or NG_E040 saying which file could not be read and why. */
export function readDictionary(file: string, what = 'dictionary', hint = 'check the path given with --actors/--agents'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new NewsgraphError('NG_E040', `${file}: cannot read ${what} (${(e as Error).message})`, { hint });
  }
}

/** The lines that carry content: `#` and TABARI `;` comments, `<!-- -->`, tags and TABARI's <NOUN>/<ADJECTIVE> blocks removed. */
export function contentLines(text: string): Line[] {
  const out: Line[] = [];
  const lines = text.split('\n');
  let closeBy: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i]!.replace(/\r$/, '');
    if (closeBy) {
      const k = raw.indexOf(closeBy);
      if (k < 0) continue;
      raw = raw.slice(k + closeBy.length);
      closeBy = null;
    }
    if (raw.includes('<!--')) raw = raw.replace(/<!--.*?-->/g, '');
    const t = raw.trim();
    // ~~FINISH ends a TABARI file, ---STOP--- a PETRARCH one.
    if (t.startsWith('~~FINISH') || t.includes('---STOP---')) break;
    if (t.startsWith('<')) {
      const block = /^<(NOUN|ADJECTIVE)>/i.exec(t);
      if (block) closeBy = `</${block[1]}>`;
      else if (t.startsWith('<!') && !t.includes('-->')) closeBy = '-->';
      continue;
    }
    // A comment starts at # or ; that opens the line or follows a blank or a ']'.
    const body = raw.includes('#') || raw.includes(';') ? raw.replace(/(^|[\s\]])[#;].*$/, '$1') : raw;
    if (body.trim()) out.push({ n: i + 1, text: body.trimEnd() });
  }
  return out;
}
