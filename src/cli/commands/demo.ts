// `newsgraph demo`: ingests the bundled example articles and shows what came out.
import { fileURLToPath } from 'node:url';
import { createEngine } from '../../engine.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { parse, str } from '../args.js';
import type { Command } from '../command.js';
import { ingestPaths, summaryLine } from '../ingest-run.js';
import { digest } from './show.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));

export const demo: Command = {
  name: 'demo',
  summary: 'ingest the bundled examples into SQLite and show a sample',
  usage: `newsgraph demo [--db FILE]

Ingests the example articles shipped in examples/ into the SQLite database (default
./newsgraph.db), prints the counts, and the digest of one article. Running it twice stores
nothing new: the second run's ledger rows say "duplicate".`,
  async run(argv, io) {
    const p = parse('demo', argv, { db: { type: 'string' } });
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
      return s.failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
