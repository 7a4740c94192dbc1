// `newsgraph demo`: ingests the bundled example articles and shows what came out.
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORT, startServer, WEB_DIST } from '../../api/server.js';
import { asQueryable } from '../../query/queryable.js';
import { createEngine } from '../../engine.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { int, parse, str } from '../args.js';
import type { Command } from '../command.js';
import { ingestPaths, summaryLine } from '../ingest-run.js';
import { digest } from './show.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

export const demo: Command = {
  name: 'demo',
  summary: 'ingest the bundled examples into SQLite and show a sample',
  usage: `newsgraph demo [--db FILE] [--port N] [--no-serve]

Ingests the example articles shipped in examples/ into the SQLite database (default
./newsgraph.db), prints the counts and the digest of one article, then serves the analyst's
workbench on http://127.0.0.1:${DEFAULT_PORT}/ until Ctrl-C. Running it twice stores nothing new:
the second run's ledger rows say "duplicate".
  --port N      port of the workbench (default ${DEFAULT_PORT})
  --no-serve    stop after ingesting and printing`,
  async run(argv, io) {
    const p = parse('demo', argv, { db: { type: 'string' }, port: { type: 'string' }, 'no-serve': { type: 'boolean' } });
    const port = int(p, 'port', DEFAULT_PORT, 65535);
    const db = resolveDbLocation(str(p, 'db'));
    const store = await openStore(db);
    try {
      const s = await ingestPaths([EXAMPLES_DIR], createEngine(), store, { onFailure: io.err });
      io.out(summaryLine(s, db));
      const counts = await store.stats();
      io.out(`the database holds: ${Object.entries(counts).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${v} ${k}`).join(', ')}`);
      const first = (await store.listArticles({ limit: 1 })).items[0];
      const record = first && (await store.getArticle(first.id));
      if (record) {
        io.out('');
        for (const line of digest(record)) io.out(line);
      }
      io.out('');
      io.out(`next: 'newsgraph articles --db ${db}', 'newsgraph show ID --db ${db}', 'newsgraph extract FILE'`);
      if (p.values['no-serve']) return s.failed > 0 ? 1 : 0;
      const server = await startServer({ store: asQueryable(store), port, webDir: WEB_DIST });
      io.out(`\nthe workbench is open at ${server.url}/ (API at ${server.url}/api/); Ctrl-C stops it`);
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
      await server.close();
      return s.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
