// `npm run bench`: words per second of the full pipeline over the examples repeated to at
// least 1 MB, and of wink-nlp's bare readDoc over the same articles, in the same run.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { readDocOnly } from '../doc/nlp.js';
import { createEngine } from '../engine.js';
import type { Article } from '../sources/article.js';
import { readInputs } from '../sources/read-inputs.js';

const TARGET_CHARS = 1_000_000;
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

async function corpus(): Promise<Article[]> {
  const base: Article[] = [];
  for await (const item of readInputs([EXAMPLES])) if (item.kind === 'article') base.push(item.article);
  if (base.length === 0) throw new Error(`no examples found in ${EXAMPLES}`);
  const out: Article[] = [];
  let chars = 0;
  for (let k = 0; chars < TARGET_CHARS; k++) {
    const a = base[k % base.length]!;
    out.push({ ...a, id: `${a.id.slice(0, 10)}${String(k).padStart(6, '0')}` });
    chars += a.text.length;
  }
  return out;
}

function time(articles: Article[], fn: (a: Article) => unknown): number {
  const t0 = performance.now();
  for (const a of articles) fn(a);
  return (performance.now() - t0) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const articles = await corpus();
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).filter(Boolean).length, 0);
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const engine = createEngine();
  const components = engine.pipeline.components.map((c) => c.name).join(', ');
  // Warm-up on a quarter of the input: the first full pass after 20 articles still ran well
  // below the later ones (the JIT was not done), which a long ingest never sees.
  const warm = articles.slice(0, Math.ceil(articles.length / 4));
  time(warm, (a) => engine.extract(a));
  time(warm, (a) => readDocOnly(a.text));
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const full: number[] = [];
  const wink: number[] = [];
  for (let r = 0; r < runs; r++) {
    wink.push(words / time(articles, (a) => readDocOnly(a.text)));
    full.push(words / time(articles, (a) => engine.extract(a)));
  }
  const f = median(full);
  const w = median(wink);
  const each = (xs: number[]): string => xs.map((x) => Math.round(x).toLocaleString('en')).join(', ');
  console.log(`input: ${articles.length} articles, ${(chars / 1e6).toFixed(2)} MB, ${words} words (examples repeated)`);
  console.log(`pipeline (${components}): ${Math.round(f).toLocaleString('en')} words/s (median of ${runs}: ${each(full)})`);
  console.log(`wink-nlp readDoc alone:        ${Math.round(w).toLocaleString('en')} words/s (median of ${runs}: ${each(wink)})`);
  console.log(`ratio pipeline / wink:          ${(f / w).toFixed(2)}`);
  // Other work on the machine slows both figures; the ratio moves less.
  console.log(`load average at the end:        ${loadavg().map((x) => x.toFixed(2)).join(' ')} (${cpus().length} cores)`);
}

await main();
