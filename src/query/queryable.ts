// Checks that an opened Store also serves queries (the QueryStore methods), so that a
// backend without them fails at start-up with a clear message instead of mid-request.
import { NewsgraphError } from '../errors.js';
import type { QueryableStore, QueryStore, Store } from '../store/store.js';

const METHODS: (keyof QueryStore)[] = [
  'listEvents', 'listEventGroups', 'aggregateEvents', 'queryArticles', 'searchArticles', 'listActors', 'actorProfile',
  'listQuotes', 'actorGraph', 'storyNames',
];

/** `store` as a QueryableStore; NG_E030 naming the first missing method when it is not one. */
export function asQueryable(store: Store): QueryableStore {
  const missing = METHODS.find((m) => typeof (store as Partial<QueryStore>)[m] !== 'function');
  if (missing === undefined) return store as QueryableStore;
  throw new NewsgraphError('NG_E030', `this store backend cannot answer queries yet (it has no ${missing})`, {
    hint: 'use a SQLite database (--db FILE) for query, export and serve',
  });
}
