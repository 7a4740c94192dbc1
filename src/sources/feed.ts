// RSS 2.0 (and RSS 1.0) and Atom feeds: one article per item or entry, through fast-xml-parser.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { SourceItem } from './article.js';
import { feedEntriesToItems, type FeedBody, type FeedEntry } from './feed-entries.js';
import { htmlToText } from './html-text.js';
import { errorText, excerpt, failed } from './source-items.js';
import type { ReadContext } from './types.js';
import { decodeXmlText } from './xml-text.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry',
  // Atom content may be XHTML; kept raw, it is read as HTML instead of as a mangled tree.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

/** The text of a parsed value: a string, or an element's `#text` when it has attributes. */
function text(v: unknown): string {
  const x = first(v);
  if (typeof x === 'string') return x.trim();
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  if (x && typeof x === 'object') return text((x as Node)['#text']);
  return '';
}

function attr(v: unknown, name: string): string | undefined {
  const x = first(v);
  const a = x && typeof x === 'object' ? (x as Node)[`@_${name}`] : undefined;
  return typeof a === 'string' ? a : undefined;
}

const isHttp = (s: string): boolean => /^https?:\/\//i.test(s);

function rssLink(item: Node): string | null {
  const link = text(item['link']);
  if (isHttp(link)) return link;
  const guid = text(item['guid']);
  if (isHttp(guid) && attr(item['guid'], 'isPermaLink') !== 'false') return guid;
  const atomLink = attr(item['atom:link'], 'href');
  return atomLink && isHttp(atomLink) ? atomLink : null;
}

function rssEntry(item: Node): FeedEntry {
  const bodies: FeedBody[] = [
    { field: 'content:encoded', value: text(item['content:encoded']), html: true },
    { field: 'description', value: text(item['description']), html: true },
  ];
  return {
    title: text(item['title']),
    url: rssLink(item),
    date: text(item['pubDate']) || text(item['dc:date']) || null,
    bodies: bodies.filter((b) => b.value !== ''),
  };
}

function atomText(v: unknown): string {
  const type = attr(v, 'type');
  return type === 'html' || type === 'xhtml' ? htmlToText(text(v)) : text(v);
}

function atomLink(entry: Node): string | null {
  const links = ([] as unknown[]).concat(entry['link'] ?? []);
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  const href = attr(alternate, 'href');
  return href && isHttp(href) ? href : null;
}

/** Atom content kept raw by the parser: XHTML as HTML, escaped HTML decoded, text as text. */
function atomBody(field: string, v: unknown): FeedBody | null {
  const raw = text(v);
  if (raw === '') return null;
  const type = (attr(v, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return { field, value: raw, html: true };
  const value = decodeXmlText(raw);
  // Feeds often put HTML in content without type="html"; the tags give it away.
  return { field, value, html: type.includes('html') || /<\/?(?:p|br|div)\b/i.test(value) };
}

function atomEntry(entry: Node): FeedEntry {
  const bodies = [atomBody('content', entry['content']), atomBody('summary', entry['summary'])];
  return {
    title: atomText(entry['title']),
    url: atomLink(entry),
    // Atom `updated` changes with every correction; `published` is the publication date.
    date: text(entry['published']) || text(entry['issued']) || text(entry['updated']) || text(entry['modified']) || null,
    bodies: bodies.filter((b): b is FeedBody => b !== null),
  };
}

function asNodes(v: unknown): Node[] {
  return ([] as unknown[]).concat(v ?? []).filter((x): x is Node => !!x && typeof x === 'object');
}

function asNode(v: unknown): Node {
  const x = first(v);
  return x && typeof x === 'object' ? (x as Node) : {};
}

/** Maps the parsed tree to entries, or says which root it found instead of a feed. */
function mapFeed(tree: Node): { title: string; entries: FeedEntry[] } | { root: string } {
  if (tree['rss'] !== undefined) {
    const channel = asNode(asNode(tree['rss'])['channel']);
    return { title: text(channel['title']), entries: asNodes(channel['item']).map(rssEntry) };
  }
  if (tree['rdf:RDF'] !== undefined) {
    const rdf = asNode(tree['rdf:RDF']);
    return { title: text(asNode(rdf['channel'])['title']), entries: asNodes(rdf['item']).map(rssEntry) };
  }
  if (tree['feed'] !== undefined) {
    const feed = asNode(tree['feed']);
    return { title: atomText(feed['title']), entries: asNodes(feed['entry']).map(atomEntry) };
  }
  return { root: Object.keys(tree).find((k) => !k.startsWith('?')) ?? 'nothing' };
}

/**
 * Reads an RSS or Atom feed: one SourceItem per item (origin `path#N`). Malformed XML, or
 * XML that is not a feed, fails the whole file with NG_E016.
 */
export function readFeed(xml: string, ctx: ReadContext): SourceItem[] {
  const source = xml.trimStart();
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return [failed(ctx.origin, 'NG_E016', `expected well-formed XML, found an error at line ${line}, column ${col}: ${excerpt(msg, 160)}; fix or fetch the feed again`)];
  }
  let mapped: ReturnType<typeof mapFeed>;
  try {
    mapped = mapFeed(parser.parse(source) as Node);
  } catch (e) {
    return [failed(ctx.origin, 'NG_E016', `expected a feed the parser accepts, found: ${errorText(e)}; fix or fetch the feed again`)];
  }
  if ('root' in mapped) {
    return [failed(ctx.origin, 'NG_E016', `expected an <rss>, <rdf:RDF> or Atom <feed> root element, found <${mapped.root}>; this XML is not a feed`)];
  }
  return feedEntriesToItems(mapped.entries, mapped.title, ctx);
}
