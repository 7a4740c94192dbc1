// `newsgraph extract FILE...`: records as JSON on stdout, no database.
import { createEngine } from '../../engine.js';
import { NewsgraphError } from '../../errors.js';
import { readInputs } from '../../sources/read-inputs.js';
import { isoDate, oneOf, parse } from '../args.js';
import type { Command } from '../command.js';
import { DICTIONARY_FLAGS, DICTIONARY_HELP, engineOptions } from '../engine-options.js';

export const extract: Command = {
  name: 'extract',
  summary: 'print the extraction record of each article (no database)',
  usage: `newsgraph extract FILE|DIR... [--format json|ndjson|pretty] [--date YYYY-MM-DD]

Reads wire files, plain text, HTML, RSS/Atom/JSON feeds, NDJSON or folders of them and prints
one extraction record per article (see the README, "The record").
  --format json     one JSON object, or NDJSON when there are several articles (default)
  --format ndjson   one record per line, always
  --format pretty   indented JSON, records separated by a blank line
  --date D          publication date for plain-text files that have none
${DICTIONARY_HELP}
Inputs that cannot be read are reported on stderr with their error code; the others go on.`,
  async run(argv, io) {
    const p = parse('extract', argv, { format: { type: 'string' }, date: { type: 'string' }, ...DICTIONARY_FLAGS });
    const format = oneOf(p, 'format', ['json', 'ndjson', 'pretty'] as const, 'json');
    if (p.positionals.length === 0) throw new NewsgraphError('NG_E001', 'extract: no input given', { hint: "name files or folders, e.g. 'newsgraph extract examples/'" });
    const engine = createEngine(engineOptions(p));
    const records: string[] = [];
    let failed = 0;
    for await (const item of readInputs(p.positionals, { date: isoDate(p, 'date') })) {
      if (item.kind !== 'article') {
        io.err(`${item.code} ${item.origin}: ${item.reason}`);
        if (item.kind === 'failed') failed++;
        continue;
      }
      const record = engine.extract(item.article);
      const line = format === 'pretty' ? JSON.stringify(record, null, 2) : JSON.stringify(record);
      if (format === 'json') records.push(line);
      else io.out(format === 'pretty' ? `${line}\n` : line);
    }
    for (const r of records) io.out(r);
    return failed > 0 ? (records.length > 0 || format !== 'json' ? 1 : 3) : 0;
  },
};
