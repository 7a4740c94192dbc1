// Helpers for the source reader tests: a reader context and narrowing of SourceItems.
import { expect } from 'vitest';
import type { Article, SourceItem } from './article.js';
import { contextFor, resolveOptions } from './options.js';
import type { ReadContext, ReadOptions } from './types.js';

export function ctxFor(origin: string, opts: ReadOptions = {}): ReadContext {
  return contextFor(origin, resolveOptions(opts));
}

/** The article of an item, failing the test with the item's reason when it is not one. */
export function articleOf(item: SourceItem | undefined): Article {
  expect(item, 'an item').toBeDefined();
  if (item!.kind !== 'article') expect.fail(`expected an article, got ${item!.kind} ${item!.code}: ${item!.reason}`);
  return item!.article;
}

/** `[kind, code]` of an item, for compact table assertions. */
export function outcome(item: SourceItem | undefined): [string, string] {
  if (!item) return ['none', ''];
  return item.kind === 'article' ? ['article', ''] : [item.kind, item.code];
}
