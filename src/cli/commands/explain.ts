// `newsgraph explain ARTICLE SENTENCE`: why each event of one sentence was coded — tokens
// and tags, the actors found, and for every event its rule, cues, modality and confidence.
import { existsSync } from 'node:fs';
import { createEngine } from '../../engine.js';
import { NewsgraphError } from '../../errors.js';
import type { Article } from '../../sources/article.js';
import { readInputs } from '../../sources/read-inputs.js';
import { openStore, resolveDbLocation } from '../../store/open-store.js';
import { parse, str } from '../args.js';
import type { Command } from '../command.js';
import { DICTIONARY_FLAGS, engineOptions } from '../engine-options.js';

export const explain: Command = {
  name: 'explain',
  summary: 'show why the events of one sentence were coded (tokens, actors, rules)',
  usage: `newsgraph explain ARTICLE SENTENCE [--db FILE]

ARTICLE is a file (the first article in it) or the id of a stored article; SENTENCE is the
sentence index (0-based, as in the record's "sentence" field). Prints the sentence's tokens
with part of speech and lemma, the actor mentions with their codes, and each event with the
pattern that fired (file:line), its modality cues, negation and confidence.`,
  async run(argv, io) {
    const p = parse('explain', argv, { db: { type: 'string' }, ...DICTIONARY_FLAGS });
    const [ref, which] = p.positionals;
    const index = Number(which);
    if (!ref || !Number.isInteger(index) || index < 0) {
      throw new NewsgraphError('NG_E001', 'explain: expected an article and a sentence number', { hint: "e.g. 'newsgraph explain story.txt 3'" });
    }
    const article = await loadArticle(ref, str(p, 'db'));
    const doc = createEngine(engineOptions(p)).pipeline.process(article);
    const s = doc.sentences[index];
    if (!s) throw new NewsgraphError('NG_E002', `explain: the article has ${doc.sentences.length} sentences (0–${doc.sentences.length - 1}), found ${index}`);
    const t = doc.tokens;
    io.out(`sentence ${index} [${s.start}, ${s.end}): ${doc.slice(s.start, s.end)}`);
    io.out('\ntokens');
    for (let i = s.first; i <= s.last; i++) io.out(`  ${String(i).padStart(5)}  ${t.value[i]!.padEnd(18)} ${t.pos[i]!.padEnd(6)} ${t.lemma[i]}`);
    const layer = doc.get('entities');
    const byId = new Map(layer.entities.map((e) => [e.id, e]));
    io.out('\nactors');
    for (const m of layer.mentions.filter((m) => m.first >= s.first && m.last <= s.last)) {
      const e = byId.get(m.entity)!;
      io.out(`  ${m.entity.padEnd(4)} ${doc.slice(m.start, m.end).padEnd(28)} ${e.type.padEnd(6)} ${(e.code ?? '-').padEnd(10)} ${m.kind ?? ''} → ${e.name}`);
    }
    io.out('\nevents');
    const events = doc.get('events').filter((v) => v.sentence === index);
    if (events.length === 0) io.out('  none: no pattern matched with a source actor in this sentence');
    for (const v of events) {
      io.out(`  ${v.id} ${v.cameo} (${v.plover ?? '-'}, quad ${v.quadClass}, Goldstein ${v.goldstein})  ${v.source?.text ?? '-'} [${v.source?.code ?? '-'}] → ${v.target?.text ?? '-'} [${v.target?.code ?? '-'}]`);
      io.out(`      trigger "${v.trigger.text}" at ${v.trigger.start}; rule ${v.rule}`);
      io.out(`      modality ${v.modality}${v.negated ? ', negated' : ''}; date ${v.date ?? '-'}${v.dateText ? ` ("${v.dateText}")` : ' (article date)'}; place ${v.location?.name ?? '-'}; confidence ${v.confidence}`);
    }
    return 0;
  },
};

async function loadArticle(ref: string, db: string | undefined): Promise<Article> {
  if (existsSync(ref)) {
    for await (const item of readInputs([ref])) {
      if (item.kind === 'article') return item.article;
      throw new NewsgraphError(item.code as never, `${item.origin}: ${item.reason}`);
    }
  }
  const store = await openStore(resolveDbLocation(db));
  try {
    const r = await store.getArticle(ref);
    if (!r) throw new NewsgraphError('NG_E032', `"${ref}" is neither a file nor a stored article id`, { hint: "give a path, or an id from 'newsgraph articles'" });
    return r.article;
  } finally {
    await store.close();
  }
}
