import { describe, expect, it } from 'vitest';
import { NewsgraphError } from '../errors.js';
import { makeArticle } from '../sources/article.js';
import { defineComponent } from './component.js';
import { createPipeline } from './pipeline.js';

const noop = (name: string, requires: string[], assigns: string[]) =>
  defineComponent({ name, requires: requires as never, assigns: assigns as never, run: () => undefined });

describe('createPipeline', () => {
  it('refuses a component whose requirement no earlier component assigns', () => {
    expect(() => createPipeline([noop('events', ['entities'], ['events'])])).toThrow(/requires entities/);
  });

  it('refuses the same component twice', () => {
    expect(() => createPipeline([noop('a', [], ['dates']), noop('a', [], ['amounts'])])).toThrow(NewsgraphError);
  });

  it('accepts a valid order and runs the components in it', () => {
    const seen: string[] = [];
    const p = createPipeline([
      defineComponent({ name: 'first', requires: ['tokens'], assigns: ['dates'], run: (d) => { seen.push('first'); d.set('dates', []); } }),
      defineComponent({ name: 'second', requires: ['dates'], assigns: ['amounts'], run: (d) => { seen.push('second'); d.set('amounts', []); } }),
    ]);
    const doc = p.process(makeArticle({ source: 't', text: 'Talks resumed on Monday.' }));
    expect(seen).toEqual(['first', 'second']);
    expect(doc.get('amounts')).toEqual([]);
  });
});
