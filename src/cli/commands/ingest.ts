// `newsgraph ingest PATH...`: extract and store, with a ledger row for every input.
import { availableParallelism } from 'node:os';
import { NewsgraphError } from '../../errors.js';
import { ExtractPool } from '../../jobs/pool/extract-pool.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { redactUrl } from '../../store/postgres/pg-connect.js';
import { int, isoDate, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { ingestPaths, summaryLine } from '../ingest-run.js';

const MAX_WORKERS = 256;

export const ingest: Command = {
  name: 'ingest',
  summary: 'extract articles and store them in the database',
  usage: `newsgraph ingest PATH... [--db FILE|URL] [--date YYYY-MM-DD] [--workers N]

Reads files and folders (wire, text, HTML, feeds, NDJSON), extracts each article and stores
it. Every input gets a row in the ingest ledger (ok, duplicate, skipped or failed, with the
reason); an article already stored is not written again. Shows progress on a terminal.
  --db FILE|URL  SQLite file, or postgres://user@host:port/db (default: $NEWSGRAPH_DB or ./newsgraph.db)
  --date D       publication date for plain-text files that have none
  --workers N    extraction threads (default: one per core, here ${availableParallelism()}); one process
                 writes, so the results and the ledger are the same for any N
Exit code 0 when every input was stored or skipped, 1 when some failed (see 'newsgraph ledger').`,
  async run(argv, io) {
    const p = parse('ingest', argv, { db: { type: 'string' }, date: { type: 'string' }, workers: { type: 'string' } });
    if (p.positionals.length === 0) throw new NewsgraphError('NG_E001', 'ingest: no input given', { hint: "name files or folders, e.g. 'newsgraph ingest examples/'" });
    const date = isoDate(p, 'date');
    const threads = int(p, 'workers', availableParallelism(), MAX_WORKERS);
    const db = resolveDbLocation(str(p, 'db'));
    const store = await openStore(db);
    try {
      const pool = await ExtractPool.start({ threads });
      try {
        const s = await ingestPaths(p.positionals, pool, store, { date, onFailure: io.err });
        io.out(summaryLine(s, redactUrl(db)));
        return s.failed > 0 ? 1 : 0;
      } finally {
        await pool.close();
      }
    } finally {
      await store.close();
    }
  },
};
