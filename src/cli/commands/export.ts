// `newsgraph export --format F [QUERY FLAGS] [--out FILE]`: everything a Query matches,
// streamed to a file (with its codebook beside it) or to stdout; memory stays flat.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { NewsgraphError } from '../../errors.js';
import { QUERY_FLAGS, queryFromFlags, queryFlagHelp } from '../../query/cli-flags.js';
import { renderCodebook } from '../../query/export/codebook.js';
import { EXPORT_FORMATS, FORMATS } from '../../query/export/formats.js';
import { pickOne, queryToSearch } from '../../query/params.js';
import { asQueryable } from '../../query/queryable.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { parse, str } from '../args.js';
import type { Command } from '../command.js';

/** Writes every chunk, waiting whenever the stream asks to (so a slow disk or pipe bounds memory). */
export async function pipeChunks(chunks: AsyncIterable<string>, out: Writable): Promise<number> {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  return bytes;
}

async function writeTo(path: string, chunks: AsyncIterable<string>): Promise<number> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => out.once('error', (e) => reject(new NewsgraphError('NG_E010', `${path}: cannot write the export (${e.message})`, { hint: 'check the folder exists and is writable' }))));
  const bytes = await Promise.race([pipeChunks(chunks, out), failed]);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return bytes;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export what a query matches: csv, ndjson, geojson, gexf, gdelt, gdelt-mentions, plover, polecat',
  usage: `newsgraph export --format ${EXPORT_FORMATS.join('|')} [QUERY FLAGS] [--db FILE] [--out FILE] [--codebook FILE]

Streams every event the query matches (no cap, no paging) to --out FILE, and writes the
codebook that explains each column to FILE.codebook.md (or --codebook FILE). Without --out
(or with --out -) the export goes to stdout and the codebook only where --codebook says.
Query flags (as for 'newsgraph query'):
${queryFlagHelp(false)}`,
  async run(argv, io) {
    const p = parse('export', argv, { ...QUERY_FLAGS, db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, codebook: { type: 'string' } });
    if (str(p, 'format') === undefined) throw new NewsgraphError('NG_E001', 'export: no --format given', { hint: `choose one of ${EXPORT_FORMATS.join(', ')}` });
    const format = FORMATS[pickOne('format', str(p, 'format'), EXPORT_FORMATS, 'csv')];
    const q = queryFromFlags(p, { where: 'export' });
    const out = str(p, 'out');
    const store = await openStore(resolveDbLocation(str(p, 'db')));
    try {
      const chunks = format.write(asQueryable(store), q);
      const toFile = out !== undefined && out !== '-';
      const bytes = toFile ? await writeTo(out, chunks) : await pipeChunks(chunks, process.stdout);
      const codebook = str(p, 'codebook') ?? (toFile ? `${out}.codebook.md` : undefined);
      if (codebook) writeFileSync(codebook, renderCodebook(format.codebook, queryToSearch(q)));
      if (toFile) io.err(`wrote ${bytes} bytes of ${format.name} to ${out}${codebook ? `, codebook ${codebook}` : ''}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
