// Reads every row a Query matches, page by page through the store's keyset cursor: memory
// stays flat whatever the size, and no database cursor stays open between pages (so other
// requests run while an export streams).
import type { QueryableStore } from '../../store/store.js';
import type { Query } from '../query.js';
import type { EventGroupRow, EventRow, Page, PageRequest } from '../types.js';

/** Rows per page read from the store while exporting. */
export const EXPORT_PAGE = 1000;

async function* pages<T>(read: (page: PageRequest) => Promise<Page<T>>, size: number): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  do {
    const page: Page<T> = await read({ limit: size, cursor });
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor;
  } while (cursor !== null);
}

/** Pages of the event mentions of `q`, newest first. */
export function eventPages(store: QueryableStore, q: Query, size = EXPORT_PAGE): AsyncGenerator<EventRow[]> {
  return pages((p) => store.listEvents(q, p), size);
}

/** Pages of the events of `q` grouped by signature. */
export function groupPages(store: QueryableStore, q: Query, size = EXPORT_PAGE): AsyncGenerator<EventGroupRow[]> {
  return pages((p) => store.listEventGroups(q, p), size);
}

/** Splits an actor code into its country or sector prefix and the three-letter role codes after it. */
export function splitActorCode(code: string | null, country: string | null): { head: string; roles: string[] } {
  if (!code) return { head: '', roles: [] };
  const head = country && code.startsWith(country) ? country : code.slice(0, 3);
  const rest = code.slice(head.length);
  const roles: string[] = [];
  for (let i = 0; i + 3 <= rest.length; i += 3) roles.push(rest.slice(i, i + 3));
  return { head, roles };
}
