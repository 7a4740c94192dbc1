// `newsgraph ingest PATH...`: extract and store, with a ledger row for every input.
import { createEngine } from '../../engine.js';
import { NewsgraphError } from '../../errors.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { isoDate, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { ingestPaths, summaryLine } from '../ingest-run.js';

export const ingest: Command = {
  name: 'ingest',
  summary: 'extract articles and store them in the database',
  usage: `newsgraph ingest PATH... [--db FILE|URL] [--date YYYY-MM-DD]

Reads files and folders (wire, text, HTML, feeds, NDJSON), extracts each article and stores
it. Every input gets a row in the ingest ledger (ok, duplicate, skipped or failed, with the
reason); an article already stored is not written again. Shows progress on a terminal.
  --db FILE   SQLite file (default: $NEWSGRAPH_DB or ./newsgraph.db)
  --date D    publication date for plain-text files that have none
Exit code 0 when every input was stored or skipped, 1 when some failed (see 'newsgraph ledger').`,
  async run(argv, io) {
    const p = parse('ingest', argv, { db: { type: 'string' }, date: { type: 'string' } });
    if (p.positionals.length === 0) throw new NewsgraphError('NG_E001', 'ingest: no input given', { hint: "name files or folders, e.g. 'newsgraph ingest examples/'" });
    const date = isoDate(p, 'date');
    const db = resolveDbLocation(str(p, 'db'));
    const engine = createEngine();
    const store = await openStore(db);
    try {
      const s = await ingestPaths(p.positionals, engine, store, { date, onFailure: io.err });
      io.out(summaryLine(s, db));
      return s.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
