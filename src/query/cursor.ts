// Opaque keyset cursors for the Query lists: the sort key of the last row of a page, tagged
// with the list it belongs to. No offsets, so pages never skip or repeat rows as data grows.
import { NewsgraphError } from '../errors.js';

export type CursorKind = 'events' | 'groups' | 'articles' | 'actors' | 'quotes' | 'search';
type KeyPart = 'string' | 'number';

/** The key parts each list sorts on, in order. */
const SHAPES: Record<CursorKind, readonly KeyPart[]> = {
  events: ['string', 'number'],
  groups: ['string'],
  articles: ['string', 'string'],
  actors: ['number', 'string'],
  quotes: ['string', 'string', 'number'],
  search: ['number', 'number'],
};

export function encodeKey(kind: CursorKind, key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify([kind, ...key]), 'utf8').toString('base64url');
}

/** The key in `cursor`; a cursor of another list, or not issued at all → NG_E060. */
export function decodeKey(kind: CursorKind, cursor: string): (string | number)[] {
  let parsed: unknown = null;
  try {
    parsed = cursor.length <= 2000 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    parsed = null;
  }
  const shape = SHAPES[kind];
  const ok = Array.isArray(parsed) && parsed[0] === kind && parsed.length === shape.length + 1 &&
    shape.every((t, i) => typeof parsed[i + 1] === t && (t === 'string' || Number.isFinite(parsed[i + 1])));
  if (ok) return (parsed as unknown[]).slice(1) as (string | number)[];
  throw new NewsgraphError('NG_E060', `query parameter "cursor": expected the nextCursor of a previous ${kind} page, found "${cursor.slice(0, 40)}"`, {
    hint: 'pass nextCursor unchanged, or leave the cursor out to start from the first page',
    detail: { field: 'cursor' },
  });
}
