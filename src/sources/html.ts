// HTML pages: the main article text through @mozilla/readability over a linkedom DOM.
import { Readability } from '@mozilla/readability';
import type { SourceItem } from './article.js';
import { makeArticle } from './article.js';
import { DEFAULT_DOM_LIMITS, domOverLimits } from './dom-budget.js';
import { pageMeta, type QueryRoot } from './html-meta.js';
import { parseCostProblem } from './html-scan.js';
import { nodeToText, parseDocument, type DomNode } from './html-text.js';
import { articleItem, errorText, failed } from './source-items.js';
import type { ReadContext } from './types.js';

/** Below this many characters of main text a page is an index, a teaser or a wall, not an article. */
export const MIN_ARTICLE_CHARS = 200;

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

type Extracted = { meta: ReturnType<typeof pageMeta>; title: string; text: string } | { tooComplex: string } | null;

/** Readability's result with the content kept as a DOM node, so paragraphs survive. */
function extract(html: string): Extracted {
  const costly = parseCostProblem(html);
  if (costly) return { tooComplex: costly };
  const doc = parseDocument(html);
  const tooComplex = domOverLimits(doc.documentElement, DEFAULT_DOM_LIMITS);
  if (tooComplex) return { tooComplex };
  const meta = pageMeta(doc as unknown as QueryRoot);
  const reader = new Readability<DomNode>(doc as unknown as ReadabilityDocument, {
    serializer: (node) => node as unknown as DomNode,
  });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return { meta, title: parsed.title ?? '', text: nodeToText(parsed.content) };
}

/**
 * Reads one article from an HTML page: title from readability (else og:title), date from the
 * page's meta tags (else the `date` option), url from the canonical link (else og:url), text
 * as paragraphs joined by blank lines. A page without article text fails with NG_E015.
 */
export function readHtml(html: string, ctx: ReadContext): SourceItem {
  let found: Extracted;
  try {
    found = extract(html);
  } catch (e) {
    return failed(ctx.origin, 'NG_E015', `expected an HTML page with an article, found markup the extractor could not read (${errorText(e)})`);
  }
  if (found && 'tooComplex' in found) {
    return failed(
      ctx.origin,
      'NG_E015',
      `expected a page the article extractor can read in bounded time, found ${found.tooComplex}; save the article page itself, or its text as .txt`,
    );
  }
  const length = found ? found.text.length : 0;
  if (!found || length < MIN_ARTICLE_CHARS) {
    return failed(
      ctx.origin,
      'NG_E015',
      `expected an article of at least ${MIN_ARTICLE_CHARS} characters of main text, found ${length}; ` +
        'the page may be an index, a teaser, a paywall or built by scripts: save the article page itself',
    );
  }
  const article = makeArticle({
    title: found.title || found.meta.ogTitle || '',
    date: found.meta.date ?? ctx.date,
    source: ctx.source ?? ctx.name,
    url: found.meta.url,
    text: found.text,
  });
  return articleItem(ctx.origin, article);
}
