import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from './engine.js';
import type { ExtractionRecord } from './record/types.js';
import { makeArticle } from './sources/article.js';
import { readInputs } from './sources/read-inputs.js';

const SEED = resolve(import.meta.dirname, '../../shared/corpus/seed/000_569c4c36636d55e2.txt');

async function seedRecord(): Promise<ExtractionRecord> {
  for await (const item of readInputs([SEED])) if (item.kind === 'article') return createEngine().extract(item.article);
  throw new Error('seed article not read');
}

describe.skipIf(!existsSync(SEED))('the seed article (read from ../shared at run time)', () => {
  it('resolves its dates and amounts against the article date, each with its span', async () => {
    const r = await seedRecord();
    const find = (text: string) => r.dates.find((d) => d.text.endsWith(text));
    expect(find('Thursday')?.value).toBe('2024-05-16');
    expect(find('February 24, 2022')?.value).toBe('2022-02-24');
    expect(find('last year')?.value).toBe('2023');
    const usd = r.amounts.find((a) => a.text === 'USD 240 billion');
    expect(usd).toMatchObject({ value: 240_000_000_000, unit: 'USD' });
    for (const span of [...r.dates, ...r.amounts]) expect(r.article.text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('extraction on sentences of our own', () => {
  const engine = createEngine();
  const article = (text: string, date = '2023-03-10') => makeArticle({ source: 'test', date, text });

  it('keeps every span pointing at its own characters', () => {
    const r = engine.extract(article('Kenyan police fired tear gas on Tuesday. The IMF approved a $5.5 million loan to Kenya last week.'));
    for (const e of r.entities) for (const m of e.mentions) expect(r.article.text.slice(m.start, m.end)).toBe(m.text);
    for (const d of r.dates) expect(r.article.text.slice(d.start, d.end)).toBe(d.text);
    expect(r.dates.map((d) => d.value)).toEqual(['2023-03-07', '2023-W09']);
    expect(r.amounts[0]).toMatchObject({ value: 5.5e6, unit: 'USD' });
  });

  it('gives sentence boundaries that cover the text in order', () => {
    const r = engine.extract(article('Headline without a stop\n\nFirst sentence here. Second one follows.'));
    expect(r.sentences.map((s) => r.article.text.slice(s.start, s.end))).toEqual([
      'Headline without a stop',
      'First sentence here.',
      'Second one follows.',
    ]);
  });
});
