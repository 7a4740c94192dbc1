// The engine: a checked pipeline of the built-in components and the record it produces.
import { createPipeline, type Pipeline } from './components/pipeline.js';
import { DEFAULT_COMPONENTS, makeComponents, type ComponentOptions } from './components/registry.js';
import { NewsgraphError } from './errors.js';
import { toRecord } from './record/to-record.js';
import type { ExtractionRecord } from './record/types.js';
import type { Article } from './sources/article.js';

export interface Engine {
  readonly pipeline: Pipeline;
  extract(article: Article): ExtractionRecord;
}

export interface EngineOptions extends ComponentOptions {
  components?: readonly string[];
}

export function createEngine(opts: EngineOptions = {}): Engine {
  let pipeline: Pipeline;
  try {
    pipeline = createPipeline(makeComponents(opts.components ?? DEFAULT_COMPONENTS, opts));
  } catch (e) {
    if (e instanceof NewsgraphError) throw e;
    throw new NewsgraphError('NG_E041', (e as Error).message, { hint: 'check the component names' });
  }
  return {
    pipeline,
    extract: (article) => toRecord(pipeline.process(article)),
  };
}
