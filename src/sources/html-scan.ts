// Linear pre-scans of raw HTML that keep hostile markup away from the DOM parser.

// Why: the parser's cost is not bounded by input size alone. Measured with linkedom 0.18 +
// readability 0.6: 20k nested tags parse in 0.5 s and 80k in 5 s (worse than linear); 300k
// stray `<` or `&lt;` make 300k nodes and take 1.3 s.

/** Elements that never nest: void, or closed by the next sibling in practice. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', '!doctype',
]);
const RAW_TEXT = new Set(['script', 'style']);
/** Deepest estimated nesting handed to the DOM parser; real pages stay under ~100. */
export const MAX_PARSE_DEPTH = 1000;
/** Most `<` plus `&` handed to the DOM parser; a long real news page has a few tens of thousands. */
export const MAX_MARKUP = 150_000;

/** Lower-cased tag name at `i` (just after `<` or `</`), or '' when none starts there. */
function tagName(html: string, i: number): string {
  let j = i;
  while (j < html.length && j - i < 32 && /[A-Za-z0-9!-]/.test(html[j]!)) j++;
  return html.slice(i, j).toLowerCase();
}

/** Where the comment or script/style element opened at `open` ends (its last `>`), or -1. */
function endOfRawText(html: string, open: number, name: string): number {
  if (name.startsWith('!--')) {
    const close = html.indexOf('-->', open + 4);
    return close < 0 ? -1 : close + 2;
  }
  const end = new RegExp(`</${name}`, 'ig');
  end.lastIndex = open + 1;
  return end.exec(html) ? html.indexOf('>', end.lastIndex) : -1;
}

function nests(name: string): boolean {
  return name !== '' && !name.startsWith('!') && !FLAT.has(name);
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
    if (name === '') {
      i++;
      continue;
    }
    const raw = !closing && (name.startsWith('!--') || RAW_TEXT.has(name));
    const end = raw ? endOfRawText(html, i, name) : html.indexOf('>', i + 1);
    if (end < 0) break;
    if (!raw && nests(name)) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (html[end - 1] !== '/') max = Math.max(max, ++depth);
    }
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
    if (gt < 0) return out + html.slice(lt);
    out += ' ';
    i = gt + 1;
  }
  return out + html.slice(i);
}

/** How many `<` and `&` the text holds, counting no further than `stopAt`. */
export function countMarkup(html: string, stopAt: number): number {
  let n = 0;
  for (let i = 0; i < html.length && n <= stopAt; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x3c || c === 0x26) n++;
  }
  return n;
}

/** Why this HTML is too costly to hand to the DOM parser, or null when it is fine. */
export function parseCostProblem(html: string): string | null {
  if (countMarkup(html, MAX_MARKUP) > MAX_MARKUP) return `more than ${MAX_MARKUP} tags and entities`;
  if (estimateNesting(html, MAX_PARSE_DEPTH) > MAX_PARSE_DEPTH) return `elements nested more than ${MAX_PARSE_DEPTH} deep`;
  return null;
}
