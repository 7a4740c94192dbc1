// Actor network: actors as nodes, coded interactions as directed edges, wide by the number of
// events and coloured by their Goldstein mean (red conflict … blue cooperation). Clicking an
// edge, or choosing it in the list beside the graph, lists its events.
import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { api, useLoad, type Graph, type GraphEdge } from '../api.js';
import { ActorLink, EventCards, Goldstein } from '../components/evidence.js';
import { Link } from '../components/link.js';
import { Empty, Load } from '../components/status.js';
import { goldsteinColor } from '../format.js';
import { href, navigate, queryParams, withChanges, type Place } from '../url-state.js';

const EDGES = 150;
const edgeId = (e: Pick<GraphEdge, 'source' | 'target'>) => `${e.source}>${e.target}`;

function elements(g: Graph) {
  const maxN = Math.max(1, ...g.nodes.map((n) => n.events));
  const maxE = Math.max(1, ...g.edges.map((e) => e.events));
  const r = 40 * Math.sqrt(g.nodes.length);
  return [
    ...g.nodes.map((n, i) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label ? `${n.id}\n${n.label}` : n.id, size: 16 + 26 * Math.sqrt(n.events / maxN) },
      // A fixed start makes the layout the same on every load, so a shared view looks the same.
      position: { x: r * Math.cos((2 * Math.PI * i) / g.nodes.length), y: r * Math.sin((2 * Math.PI * i) / g.nodes.length) },
    })),
    ...g.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: edgeId(e), source: e.source, target: e.target, width: 1.5 + 7 * Math.sqrt(e.events / maxE), color: goldsteinColor(e.goldsteinMean) },
    })),
  ];
}

function Canvas({ g, place }: { g: Graph; place: Place }) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const placeRef = useRef(place);
  placeRef.current = place;
  const selected = place.params.get('edge') ?? place.params.get('node');
  useEffect(() => {
    let cy: Core | null = null;
    let gone = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (gone || !box.current) return;
      cy = cytoscape({
        container: box.current, elements: elements(g), boxSelectionEnabled: false,
        style: [
          { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': '#54616e', label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2733', 'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': '1px' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.9, opacity: 0.85 } },
          { selector: ':selected', style: { 'underlay-color': '#f2b705', 'underlay-opacity': 0.7, 'underlay-padding': 6 } },
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 24 },
      });
      cy.on('tap', 'edge', (e) => {
        const p = placeRef.current;
        navigate(href(p.route, withChanges(p.params, { edge: e.target.id(), node: null })), { replace: true });
      });
      cy.on('tap', 'node', (e) => {
        const p = placeRef.current;
        navigate(href(p.route, withChanges(p.params, { node: e.target.id(), edge: null })), { replace: true });
      });
      cyRef.current = cy;
      const p = placeRef.current.params;
      const chosen = p.get('edge') ?? p.get('node');
      if (chosen) cy.getElementById(chosen).select();
      // The graph is drawn on a canvas: tests find an edge's place on screen through this.
      Object.defineProperty(box.current, 'cy', { value: cy, configurable: true });
      box.current.dataset.ready = 'true';
    });
    return () => {
      gone = true;
      cy?.destroy();
      cyRef.current = null;
    };
  }, [g]);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements().unselect();
    if (selected) cy.getElementById(selected).select();
  });
  return <div ref={box} className="cy" data-testid="network-canvas" role="img" aria-label={`Actor network: ${g.nodes.length} actors, ${g.edges.length} directed edges`} />;
}

function EdgeList({ g, place }: { g: Graph; place: Place }) {
  const current = place.params.get('edge');
  return (
    <table className="edge-list">
      <caption>Edges, busiest first</caption>
      <thead><tr><th scope="col">Source → target</th><th scope="col" className="num">Events</th><th scope="col" className="num">Goldstein</th></tr></thead>
      <tbody>
        {g.edges.map((e) => {
          const id = edgeId(e);
          return (
            <tr key={id} className={current === id ? 'current' : undefined}>
              <td>
                <Link href={href(place.route, withChanges(place.params, { edge: id, node: null }))} replace data-edge={id} aria-current={current === id ? 'true' : undefined}>
                  {e.source} → {e.target}
                </Link>
              </td>
              <td className="num">{e.events}</td>
              <td className="num"><Goldstein g={e.goldsteinMean} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function EdgeEvents({ id, place }: { id: string; place: Place }) {
  const [source = '', target = ''] = id.split('>');
  const q = withChanges(queryParams(place.params), { dyad: `${source}-${target}`, directed: 'true' });
  const value = useLoad(`edge:${q}`, (s) => api.events(q, { limit: 50 }, s));
  const filters = queryParams(place.params);
  return (
    <section className="selection" aria-labelledby="edge-h" data-testid="edge-events">
      <h2 id="edge-h">
        <ActorLink code={source} name={null} params={filters} /> → <ActorLink code={target} name={null} params={filters} />
      </h2>
      <Load value={value} what="the events of this edge" ok={(p) => p.items.length === 0
        ? <Empty>No events on this edge under these filters.</Empty>
        : <>
          <EventCards events={p.items} params={filters} />
          {p.nextCursor && <Link href={href({ view: 'events' }, q)}>All events of this edge →</Link>}
        </>} />
    </section>
  );
}

function NodeInfo({ code, g, place }: { code: string; g: Graph; place: Place }) {
  const node = g.nodes.find((n) => n.id === code);
  const edges = g.edges.filter((e) => e.source === code || e.target === code);
  return (
    <section className="selection" aria-labelledby="node-h">
      <h2 id="node-h">{code}{node?.label ? ` · ${node.label}` : ''}</h2>
      <p>{node?.events ?? 0} events on {edges.length} edges shown.</p>
      <Link className="button" href={href({ view: 'actor', id: code }, queryParams(place.params))}>Open actor page</Link>
    </section>
  );
}

export function NetworkView({ place }: { place: Place }) {
  const q = queryParams(place.params);
  const value = useLoad(`graph:${q}`, (s) => api.graph(q, EDGES, s));
  const edge = place.params.get('edge');
  const node = place.params.get('node');
  return (
    <section className="view network-view" aria-labelledby="network-h">
      <div className="view-head">
        <h1 id="network-h">Actor network</h1>
        <span className="muted">Edges point from source to target; width is the number of events, colour the Goldstein mean:</span>
        <span className="scale" aria-hidden="true"><span style={{ background: goldsteinColor(-10) }} />conflict<span style={{ background: goldsteinColor(0) }} />neutral<span style={{ background: goldsteinColor(10) }} />cooperation</span>
        <span className="spacer" />
        <a href={api.exportUrl(q, 'gexf')} download>GEXF for Gephi</a>
      </div>
      <Load value={value} what="the network" ok={(g) => g.edges.length === 0
        ? <Empty>No interactions between two coded actors match these filters.</Empty>
        : (
          <div className="network-layout">
            <div className="network-main">
              {g.truncated && <p className="state warn">Showing the {g.edges.length} busiest edges; narrow the filters to see the rest.</p>}
              <Canvas g={g} place={place} />
              {edge && <EdgeEvents id={edge} place={place} />}
              {!edge && node && <NodeInfo code={node} g={g} place={place} />}
              {!edge && !node && <p className="muted">Click an edge, or choose one in the list, to see its events.</p>}
            </div>
            <EdgeList g={g} place={place} />
          </div>
        )} />
    </section>
  );
}
