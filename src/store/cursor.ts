// The opaque keyset cursor of article lists: the (date, id) of the last row of a page.
import { NewsgraphError } from '../errors.js';

export interface ArticleKey {
  /** Publication date, '' when unknown (so undated articles sort last, newest first). */
  date: string;
  id: string;
}

export function encodeCursor(key: ArticleKey): string {
  return Buffer.from(JSON.stringify([key.date, key.id]), 'utf8').toString('base64url');
}

/** The key in a cursor; a cursor this store did not issue → NG_E002. */
export function decodeCursor(cursor: string): ArticleKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
    return { date: parsed[0] as string, id: parsed[1] as string };
  }
  throw new NewsgraphError('NG_E002', `cursor "${cursor.slice(0, 40)}" is not one that this store issued`, {
    hint: 'pass the nextCursor of the previous page unchanged, or leave the cursor out to start again',
  });
}
