// Codebooks: every export travels with one that names each column, says what it holds and
// where newsgraph takes it from, or that newsgraph leaves it empty and why.

export interface CodebookColumn {
  name: string;
  description: string;
  /** Where the value comes from in newsgraph, or `EMPTY: reason`. */
  source: string;
}

export interface Codebook {
  format: string;
  title: string;
  /** What one row (or record, or element) is, the file layout, and the standard followed. */
  about: string[];
  columns: CodebookColumn[];
}

/** A column newsgraph has no value for; the reason goes into the codebook. */
export const empty = (name: string, description: string, reason: string): CodebookColumn => ({
  name, description, source: `EMPTY: ${reason}`,
});

export const col = (name: string, description: string, source: string): CodebookColumn => ({ name, description, source });

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The codebook as Markdown (a file beside the export, or GET /api/export/codebook). */
export function renderCodebook(book: Codebook, query?: string): string {
  const lines = [`# Codebook: ${book.title}`, '', ...book.about, ''];
  if (query !== undefined) lines.push(`Query: \`${query || '(none: every asserted, non-negated event)'}\``, '');
  lines.push(`${book.columns.length} columns, in file order. "EMPTY" marks a column newsgraph leaves empty, and says why.`, '');
  lines.push('| # | column | meaning | newsgraph source |', '|---|---|---|---|');
  book.columns.forEach((c, i) => lines.push(`| ${i + 1} | ${cell(c.name)} | ${cell(c.description)} | ${cell(c.source)} |`));
  lines.push('', 'Produced by newsgraph: every row points back to its article and the characters it was coded from.', '');
  return lines.join('\n');
}
