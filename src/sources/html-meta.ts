// The publication date and canonical URL of an HTML page, from its meta tags and JSON-LD.
import { normaliseDate } from './dates.js';

/** The DOM members read here (the project compiles without the DOM lib). */
interface Elem {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface QueryRoot {
  querySelectorAll(selector: string): ArrayLike<unknown>;
}

/** Meta keys that name the publication date, best first. `jsonld` marks where JSON-LD ranks. */
const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'jsonld',
  'datepublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued',
  'dcterms.created', 'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date',
];
/** JSON-LD blocks can be large; this bounds the walk over their values. */
const MAX_JSONLD_NODES = 5000;

function elements(root: QueryRoot, selector: string): Elem[] {
  return Array.from(root.querySelectorAll(selector)) as Elem[];
}

/** Meta tags by lower-cased property, name or itemprop; the first of each key wins. */
function metaMap(root: QueryRoot): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of elements(root, 'meta')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const value = el.getAttribute('content');
    if (key && value && !map.has(key.toLowerCase())) map.set(key.toLowerCase(), value.trim());
  }
  return map;
}

/** The first `datePublished` in the page's JSON-LD, walking @graph and arrays breadth-first. */
function jsonLdDate(root: QueryRoot): string | null {
  for (const script of elements(root, 'script[type="application/ld+json"]')) {
    let queue: unknown[];
    try {
      queue = [JSON.parse(script.textContent ?? '')];
    } catch {
      continue;
    }
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i];
      if (!v || typeof v !== 'object') continue;
      const date = Array.isArray(v) ? null : normaliseDate((v as Record<string, unknown>)['datePublished'] as string);
      if (date) return date;
      for (const child of Object.values(v)) {
        if (queue.length >= MAX_JSONLD_NODES) break;
        if (child && typeof child === 'object') queue.push(child);
      }
    }
  }
  return null;
}

/** `<time datetime>`: one marked pubdate or datePublished first, else the first on the page. */
function timeDate(root: QueryRoot): string | null {
  const marked = elements(root, 'time[pubdate][datetime], time[itemprop="datePublished"][datetime]');
  for (const el of [...marked, ...elements(root, 'time[datetime]')]) {
    const date = normaliseDate(el.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

function absoluteUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The publication date (YYYY-MM-DD) from meta tags, JSON-LD or `<time>`, or null. */
function pageDate(root: QueryRoot, meta: Map<string, string>): string | null {
  for (const key of DATE_KEYS) {
    const date = key === 'jsonld' ? jsonLdDate(root) : normaliseDate(meta.get(key));
    if (date) return date;
  }
  return timeDate(root);
}

/** The canonical URL (`<link rel=canonical>`, else `og:url`) when it is absolute http(s). */
function pageUrl(root: QueryRoot, meta: Map<string, string>): string | null {
  for (const link of elements(root, 'link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const url = rels.includes('canonical') ? absoluteUrl(link.getAttribute('href')) : null;
    if (url) return url;
  }
  return absoluteUrl(meta.get('og:url'));
}

export interface PageMeta {
  /** YYYY-MM-DD from meta tags, JSON-LD `datePublished` or `<time datetime>`, or null. */
  date: string | null;
  url: string | null;
  /** `og:title`, a fallback when readability finds no title. */
  ogTitle: string | null;
}

/** Reads the page's metadata; call it before readability, which changes the document. */
export function pageMeta(root: QueryRoot): PageMeta {
  const meta = metaMap(root);
  return { date: pageDate(root, meta), url: pageUrl(root, meta), ogTitle: meta.get('og:title') ?? null };
}
