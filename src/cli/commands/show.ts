// `newsgraph show ID`: one stored article's record, or a readable digest of it.
import { NewsgraphError } from '../../errors.js';
import type { ExtractionRecord } from '../../record/types.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { oneOf, parse, str } from '../args.js';
import type { Command } from '../command.js';

export const show: Command = {
  name: 'show',
  summary: 'show one stored article with what was extracted from it',
  usage: `newsgraph show ID [--db FILE] [--format text|json]

ID is an article id or a unique prefix of at least 6 characters (see 'newsgraph articles').
--format json prints the full extraction record.`,
  async run(argv, io) {
    const p = parse('show', argv, { db: { type: 'string' }, format: { type: 'string' } });
    const format = oneOf(p, 'format', ['text', 'json'] as const, 'text');
    const id = p.positionals[0];
    if (!id) throw new NewsgraphError('NG_E001', 'show: no article id given', { hint: "find ids with 'newsgraph articles'" });
    const store = await openStore(resolveDbLocation(str(p, 'db')));
    try {
      const record = await store.getArticle(id);
      if (!record) throw new NewsgraphError('NG_E032', `no stored article has the id "${id}"`, { hint: "list ids with 'newsgraph articles'" });
      if (format === 'json') io.out(JSON.stringify(record, null, 2));
      else for (const line of digest(record)) io.out(line);
      return 0;
    } finally {
      await store.close();
    }
  },
};

/** A readable summary: header, then each layer with its spans. */
export function digest(r: ExtractionRecord): string[] {
  const a = r.article;
  const out = [`${a.id}  ${a.date ?? 'no date'}  ${a.source}`, a.title, `${r.sentences.length} sentences, ${a.text.length} characters`, ''];
  out.push(`entities (${r.entities.length})`);
  for (const e of r.entities) out.push(`  ${e.id.padEnd(4)} ${e.type.padEnd(6)} ${(e.code ?? '-').padEnd(10)} ${e.name}  ×${e.mentions.length}`);
  out.push(`dates (${r.dates.length})`);
  for (const d of r.dates) out.push(`  ${String(d.start).padStart(6)}  ${d.value.padEnd(12)} ${d.granularity.padEnd(6)} "${d.text}"`);
  out.push(`amounts (${r.amounts.length})`);
  for (const m of r.amounts) out.push(`  ${String(m.start).padStart(6)}  ${String(m.value).padEnd(16)} ${m.unit.padEnd(8)} "${m.text}"`);
  if (r.events.length) out.push(`events (${r.events.length})`);
  for (const v of r.events) out.push(`  ${v.cameo.padEnd(5)} ${v.source?.code ?? '-'} → ${v.target?.code ?? '-'}  "${v.trigger.text}"`);
  if (r.quotes.length) out.push(`quotes (${r.quotes.length})`);
  for (const q of r.quotes) out.push(`  ${q.kind.padEnd(8)} ${q.speaker?.name ?? '?'}: "${q.text.slice(0, 80)}"`);
  return out;
}
