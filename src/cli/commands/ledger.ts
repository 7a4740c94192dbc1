// `newsgraph ledger`: what happened to each input, newest first.
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { int, oneOf, parse, str } from '../args.js';
import type { Command } from '../command.js';

export const ledger: Command = {
  name: 'ledger',
  summary: 'show the ingest ledger: every input with its status and reason',
  usage: `newsgraph ledger [--db FILE] [--status ok|duplicate|skipped|failed] [--limit N] [--format text|json]`,
  async run(argv, io) {
    const p = parse('ledger', argv, { db: { type: 'string' }, status: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' } });
    const status = oneOf(p, 'status', ['all', 'ok', 'duplicate', 'skipped', 'failed'] as const, 'all');
    const format = oneOf(p, 'format', ['text', 'json'] as const, 'text');
    const store = await openStore(resolveDbLocation(str(p, 'db')));
    try {
      const rows = await store.ledger({ limit: int(p, 'limit', 50, 1000), status: status === 'all' ? undefined : status });
      for (const r of rows) {
        io.out(format === 'json' ? JSON.stringify(r) : `${r.at}  ${r.status.padEnd(9)} ${r.origin}${r.code ? `  ${r.code} ${r.reason ?? ''}` : ''}`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
