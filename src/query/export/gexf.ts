// The actor network as GEXF 1.3 for Gephi: actors as nodes, one directed edge per event
// mention with its day as a time spell, so Gephi's timeline can replay the network.
// Nodes must precede edges in GEXF, so the rows are read twice: once for the actors (a set
// the size of the actor list, not of the events), once for the edges.
import type { QueryableStore } from '../../store/store.js';
import type { Query } from '../query.js';
import type { EventRow } from '../types.js';
import { col, type Codebook } from './codebook.js';
import { eventPages } from './rows.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML attribute (characters XML 1.0 forbids are dropped). */
export function xmlAttr(v: unknown): string {
  return String(v ?? '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

const EDGE_ATTRIBUTES: [string, string, (r: EventRow) => unknown][] = [
  ['cameo', 'string', (r) => r.cameo],
  ['root', 'string', (r) => r.root],
  ['quadClass', 'integer', (r) => r.quadClass],
  ['goldstein', 'double', (r) => r.goldstein],
  ['plover', 'string', (r) => r.plover ?? ''],
  ['articleId', 'string', (r) => r.articleId],
  ['outlet', 'string', (r) => r.outlet],
  ['url', 'string', (r) => r.url ?? ''],
  ['trigger', 'string', (r) => r.triggerText],
];

const isEdge = (r: EventRow) => r.sourceCode !== null && r.targetCode !== null;

function header(): string {
  const attrs = EDGE_ATTRIBUTES.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta><creator>newsgraph</creator><description>Actor network: one edge per coded event mention</description></meta>
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node" mode="static">
      <attribute id="country" title="country" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
${attrs}
    </attributes>
`;
}

function edge(r: EventRow): string {
  const when = r.day ? ` start="${r.day}" end="${r.day}"` : '';
  const values = EDGE_ATTRIBUTES.map(([id, , f]) => `<attvalue for="${id}" value="${xmlAttr(f(r))}"/>`).join('');
  return `      <edge id="${r.id}" source="${xmlAttr(r.sourceCode)}" target="${xmlAttr(r.targetCode)}"${when} weight="1"><attvalues>${values}</attvalues></edge>\n`;
}

export async function* writeGexf(store: QueryableStore, q: Query): AsyncGenerator<string> {
  const nodes = new Map<string, { label: string; country: string }>();
  for await (const rows of eventPages(store, q)) {
    for (const r of rows.filter(isEdge)) {
      if (!nodes.has(r.sourceCode!)) nodes.set(r.sourceCode!, { label: r.sourceName ?? r.sourceCode!, country: r.sourceCountry ?? '' });
      if (!nodes.has(r.targetCode!)) nodes.set(r.targetCode!, { label: r.targetName ?? r.targetCode!, country: r.targetCountry ?? '' });
    }
  }
  yield header();
  yield '    <nodes>\n';
  for (const [id, n] of nodes) {
    yield `      <node id="${xmlAttr(id)}" label="${xmlAttr(n.label)}"><attvalues><attvalue for="country" value="${xmlAttr(n.country)}"/></attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for await (const rows of eventPages(store, q)) {
    // An actor first seen between the two passes (a concurrent ingest) has no node: skip its edges.
    const lines = rows.filter((r) => isEdge(r) && nodes.has(r.sourceCode!) && nodes.has(r.targetCode!)).map(edge);
    if (lines.length > 0) yield lines.join('');
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

export const GEXF_CODEBOOK: Codebook = {
  format: 'gexf', title: 'Actor network (GEXF 1.3, dynamic)',
  about: [
    'XML for Gephi. Nodes are actor codes (label: the first name seen for the code, attribute country). Edges are directed,',
    'one per event mention whose source and target are both coded, with the event day as the spell start and end',
    '(timeformat date), weight 1. Events with one actor only do not appear. The columns below are the edge attributes.',
  ],
  columns: [
    col('id', 'Edge id: the event mention id (as `id` in the CSV export)', 'id'),
    col('source / target', 'Actor codes', 'sourceCode, targetCode'),
    col('start / end', 'Event day', 'day'),
    ...EDGE_ATTRIBUTES.map(([id]) => col(id, `As ${id === 'trigger' ? 'triggerText' : id} in the CSV export`, id === 'trigger' ? 'triggerText' : id)),
  ],
};
