// A pipeline: components in an order that is checked once, when it is built.
import { Doc } from '../doc/doc.js';
import { BASE_LAYERS, type LayerName } from '../doc/layers.js';
import { NewsgraphError } from '../errors.js';
import type { Article } from '../sources/article.js';
import type { Component } from './component.js';

export interface Pipeline {
  readonly components: readonly Component[];
  /** Runs every component over the article and returns the annotated Doc. */
  process(article: Article): Doc;
}

/** Builds a pipeline, refusing duplicates and any `requires` that no earlier step assigns. */
export function createPipeline(components: readonly Component[]): Pipeline {
  const assigned = new Set<LayerName>(BASE_LAYERS);
  const names = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) {
      throw new NewsgraphError('NG_E041', `component "${c.name}" appears twice in the pipeline`, {
        hint: 'list each component once',
      });
    }
    names.add(c.name);
    const missing = c.requires.filter((r) => !assigned.has(r));
    if (missing.length > 0) {
      throw new NewsgraphError(
        'NG_E041',
        `component "${c.name}" requires ${missing.join(', ')}, which no earlier component assigns`,
        { hint: 'put a component that assigns it before this one' },
      );
    }
    for (const a of c.assigns) assigned.add(a);
  }
  const frozen = Object.freeze([...components]);
  return {
    components: frozen,
    process(article: Article): Doc {
      const doc = new Doc(article);
      for (const c of frozen) c.run(doc);
      return doc;
    },
  };
}
