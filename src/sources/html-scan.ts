// Linear scans of raw HTML, run before a parser whose time grows faster than the input:
// linkedom takes ~0.5 s for 20k nested tags and ~5 s for 80k (measured), so depth is
// estimated first, and markup too deep to parse is reduced to its text.

/** Elements that never nest: void, or closed by the next sibling in practice. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', '!doctype',
]);
const RAW_TEXT = new Set(['script', 'style']);

/** Lower-cased tag name at `i` (just after `<` or `</`), or '' when none starts there. */
function tagName(html: string, i: number): string {
  let j = i;
  while (j < html.length && j - i < 32 && /[A-Za-z0-9!-]/.test(html[j]!)) j++;
  return html.slice(i, j).toLowerCase();
}

/** Where a comment or a script/style element that starts at `open` ends, or -1. */
function skipRawText(html: string, open: number, name: string): number {
  if (name.startsWith('!--')) return html.indexOf('-->', open + 4);
  if (!RAW_TEXT.has(name)) return open;
  const end = new RegExp(`</${name}`, 'ig');
  end.lastIndex = open + 1;
  return end.exec(html) ? end.lastIndex : -1;
}

/**
 * Estimates the deepest nesting of elements in raw HTML, stopping once past `stopAt`. Each
 * character is looked at a bounded number of times, so hostile input cannot slow it down.
 */
export function estimateNesting(html: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf('<'); i >= 0 && max <= stopAt; i = html.indexOf('<', i)) {
    const closing = html[i + 1] === '/';
    const name = tagName(html, i + (closing ? 2 : 1));
    const skipTo = closing || name === '' ? i + 1 : skipRawText(html, i, name);
    if (skipTo < 0) break;
    const end = html.indexOf('>', Math.max(i + 1, skipTo));
    if (end < 0) break;
    if (closing && name !== '' && !FLAT.has(name)) depth = Math.max(0, depth - 1);
    else if (!closing && name !== '' && !FLAT.has(name) && !name.startsWith('!') && html[end - 1] !== '/') depth++;
    max = Math.max(max, depth);
    i = end + 1;
  }
  return max;
}

/** The text of raw HTML with every tag replaced by a space: a linear fallback for bad markup. */
export function stripTags(html: string): string {
  let out = '';
  let i = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', i)) {
    out += html.slice(i, lt);
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) return out;
    out += ' ';
    i = gt + 1;
  }
  return out + html.slice(i);
}
