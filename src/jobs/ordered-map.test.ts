// mapOrdered: order kept whatever finishes first, never more than `window` running.
import { describe, expect, it } from 'vitest';
import { mapOrdered } from './ordered-map.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect<R>(it: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('mapOrdered', () => {
  it.each([1, 2, 7, 100])('keeps input order with window %i while later items finish first', async (window) => {
    const items = Array.from({ length: 30 }, (_, k) => k);
    const out = await collect(mapOrdered(items, async (k) => { await sleep((30 - k) % 7); return k * 2; }, window));
    expect(out).toEqual(items.map((k) => k * 2));
  });

  it('never runs more than window calls at once, and never reads far ahead', async () => {
    let running = 0;
    let peak = 0;
    let read = 0;
    async function* source() { for (let k = 0; k < 50; k++) { read++; yield k; } }
    const gen = mapOrdered(source(), async (k) => { running++; peak = Math.max(peak, running); await sleep(1); running--; return k; }, 4);
    const first = await gen.next();
    expect(first.value).toBe(0);
    expect(read).toBeLessThanOrEqual(5);
    await collect({ [Symbol.asyncIterator]: () => gen });
    expect(peak).toBeLessThanOrEqual(4);
  });

  it('throws a rejection in its turn, after the items before it', async () => {
    const seen: number[] = [];
    const run = async () => { for await (const x of mapOrdered([0, 1, 2, 3], async (k) => { if (k === 2) throw new Error('bad 2'); return k; }, 4)) seen.push(x); };
    await expect(run()).rejects.toThrow('bad 2');
    expect(seen).toEqual([0, 1]);
  });

  it('stops reading the source when the consumer stops early', async () => {
    let closed = false;
    async function* source() { try { for (let k = 0; ; k++) yield k; } finally { closed = true; } }
    for await (const x of mapOrdered(source(), (k) => k, 3)) if (x === 5) break;
    expect(closed).toBe(true);
  });
});
