// `newsgraph serve [--port] [--host]`: the HTTP API over one database, on 127.0.0.1 unless
// told otherwise, until Ctrl-C (SIGINT) or SIGTERM.
import { once } from 'node:events';
import { DEFAULT_MAX_BODY } from '../../api/app.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, WEB_DIST } from '../../api/server.js';
import { asQueryable } from '../../query/queryable.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { int, parse, str } from '../args.js';
import type { Command } from '../command.js';

export const serve: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (events, aggregates, exports, ingest) on localhost',
  usage: `newsgraph serve [--db FILE] [--port N] [--host ADDR] [--max-body BYTES]

Serves the analyst's workbench at / and the API described at /api/openapi.json and in
docs/query-and-api.md, until Ctrl-C.
  --port N        default ${DEFAULT_PORT}
  --host ADDR     default ${DEFAULT_HOST} (this machine only). Another address makes the API
                  reachable from the network: POST /api/ingest then needs NEWSGRAPH_TOKEN.
  --max-body B    largest ingest request in bytes (default ${DEFAULT_MAX_BODY})
Environment: NEWSGRAPH_TOKEN, when set, is required as 'Authorization: Bearer TOKEN' by ingest.`,
  async run(argv, io) {
    const p = parse('serve', argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'max-body': { type: 'string' } });
    const port = str(p, 'port') === '0' ? 0 : int(p, 'port', DEFAULT_PORT, 65535);
    const maxBodyBytes = int(p, 'max-body', DEFAULT_MAX_BODY, 1024 * 1024 * 1024);
    const db = resolveDbLocation(str(p, 'db'));
    const store = await openStore(db);
    const token = process.env.NEWSGRAPH_TOKEN || undefined;
    try {
      const server = await startServer({ store: asQueryable(store), host: str(p, 'host'), port, token, maxBodyBytes, webDir: WEB_DIST });
      io.err(`newsgraph serving ${db}: workbench at ${server.url}/, API at ${server.url}/api/ (OpenAPI: ${server.url}/api/openapi.json)`);
      if (!server.loopback && !token) io.err('warning: listening beyond this machine without NEWSGRAPH_TOKEN: POST /api/ingest is disabled');
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
      io.err('stopping');
      await server.close();
      return 0;
    } finally {
      await store.close();
    }
  },
};
