// `newsgraph articles`: stored articles, newest first, with a cursor for the next page.
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { int, oneOf, parse, str } from '../args.js';
import type { Command } from '../command.js';

export const articles: Command = {
  name: 'articles',
  summary: 'list stored articles (id, date, source, title)',
  usage: `newsgraph articles [--db FILE] [--search TEXT] [--limit N] [--cursor C] [--format table|json]

Lists stored articles. --search runs a full-text search over titles and texts. When more
rows exist, the last line gives the --cursor value for the next page.`,
  async run(argv, io) {
    const p = parse('articles', argv, {
      db: { type: 'string' }, search: { type: 'string' }, limit: { type: 'string' }, cursor: { type: 'string' }, format: { type: 'string' },
    });
    const format = oneOf(p, 'format', ['table', 'json'] as const, 'table');
    const store = await openStore(resolveDbLocation(str(p, 'db')));
    try {
      const page = await store.listArticles({ limit: int(p, 'limit', 20, 1000), cursor: str(p, 'cursor'), text: str(p, 'search') });
      if (format === 'json') {
        io.out(JSON.stringify(page));
        return 0;
      }
      for (const a of page.items) io.out(`${a.id}  ${a.date ?? '----------'}  ${a.source.slice(0, 28).padEnd(28)}  ${a.title}`);
      if (page.items.length === 0) io.out('no articles');
      if (page.nextCursor) io.out(`more: --cursor ${page.nextCursor}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
