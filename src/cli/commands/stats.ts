// `newsgraph stats`: row counts per kind, and the ledger by status.
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { oneOf, parse, str } from '../args.js';
import type { Command } from '../command.js';

export const stats: Command = {
  name: 'stats',
  summary: 'count what the database holds',
  usage: `newsgraph stats [--db FILE] [--format text|json]`,
  async run(argv, io) {
    const p = parse('stats', argv, { db: { type: 'string' }, format: { type: 'string' } });
    const format = oneOf(p, 'format', ['text', 'json'] as const, 'text');
    const store = await openStore(resolveDbLocation(str(p, 'db')));
    try {
      const s = await store.stats();
      if (format === 'json') io.out(JSON.stringify(s));
      else for (const [k, v] of flatten(s)) io.out(`${k.padEnd(24)} ${v}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

function flatten(o: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v as object, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}
