// Turns what a user typed into a safe FTS5 query: every whitespace-separated term becomes a
// quoted string (FTS5 escapes `"` by doubling it), so operators such as AND, NEAR(, *, ^ or
// column: are searched as words and never parsed as syntax that could throw.

/**
 * The FTS5 MATCH expression for `text` (all terms, implicitly ANDed), or null when there is
 * no term to search for.
 *
 * @example ftsQuery('rail AND( "link') === '"rail" "AND(" """link"'
 */
export function ftsQuery(text: string): string | null {
  // NUL would end the string early inside SQLite's tokenizer, the rest silently ignored.
  const terms = text.replace(/\u0000/g, ' ').split(/\s+/).filter((t) => t.length > 0);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}
