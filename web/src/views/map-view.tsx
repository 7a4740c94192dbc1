// Map: the query's located events by place on an offline world map (Natural Earth 1:110m from
// world-atlas, drawn with d3-geo); size by count, colour by Goldstein mean. Clicking a point
// lists its events, each with its source sentence and citation.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { api, useLoad, type EventRow } from '../api.js';
import { EventCards, Goldstein } from '../components/evidence.js';
import { Empty, Load } from '../components/status.js';
import { useWidth } from '../components/use-width.js';
import { fmtGoldstein, goldsteinColor } from '../format.js';
import { href, navigate, queryParams, withChanges, type Place } from '../url-state.js';

const MAX_EVENTS = 20_000;

interface Point {
  key: string;
  name: string;
  lat: number;
  lon: number;
  events: EventRow[];
  mean: number;
}

const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topo, topo.objects.countries);

function points(events: EventRow[]): Point[] {
  const by = new Map<string, Point>();
  for (const ev of events) {
    if (ev.lat === null || ev.lon === null) continue;
    const key = `${ev.lat},${ev.lon}`;
    const p = by.get(key) ?? { key, name: ev.placeName ?? key, lat: ev.lat, lon: ev.lon, events: [], mean: 0 };
    p.events.push(ev);
    by.set(key, p);
  }
  const out = [...by.values()];
  for (const p of out) p.mean = p.events.reduce((s, e) => s + e.goldstein, 0) / p.events.length;
  return out.sort((a, b) => b.events.length - a.events.length);
}

function WorldMap({ pts, place }: { pts: Point[]; place: Place }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const height = Math.round(width * 0.52);
  const { path, project } = useMemo(() => {
    const projection = geoNaturalEarth1().fitExtent([[8, 8], [width - 8, height - 8]], { type: 'Sphere' });
    return { path: geoPath(projection), project: (lon: number, lat: number) => projection([lon, lat]) };
  }, [width, height]);
  const max = Math.max(1, ...pts.map((p) => p.events.length));
  const current = place.params.get('pt');
  const choose = (key: string) => navigate(href(place.route, withChanges(place.params, { pt: current === key ? null : key })), { replace: true });
  return (
    <div ref={ref} className="map">
      <svg width={width} height={height} data-testid="world-map" aria-label="World map of events by place">
        <path d={path({ type: 'Sphere' }) ?? ''} className="sphere" />
        <g className="countries">
          {countries.features.map((f, i) => <path key={String(f.id ?? i)} d={path(f) ?? ''}><title>{f.properties?.name}</title></path>)}
        </g>
        <g className="points">
          {pts.map((p) => {
            const xy = project(p.lon, p.lat);
            if (!xy) return null;
            const label = `${p.name}: ${p.events.length} event${p.events.length === 1 ? '' : 's'}, Goldstein mean ${fmtGoldstein(p.mean)}`;
            return (
              <circle key={p.key} cx={xy[0]} cy={xy[1]} r={4 + 14 * Math.sqrt(p.events.length / max)} fill={goldsteinColor(p.mean)}
                className={current === p.key ? 'point current' : 'point'} tabIndex={0} role="button" aria-label={label} data-place={p.name}
                onClick={() => choose(p.key)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); choose(p.key); } }}>
                <title>{label}</title>
              </circle>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

function PlaceList({ pts, place }: { pts: Point[]; place: Place }) {
  const current = place.params.get('pt');
  return (
    <table className="place-list">
      <caption>Places</caption>
      <thead><tr><th scope="col">Place</th><th scope="col" className="num">Events</th><th scope="col" className="num">Goldstein</th></tr></thead>
      <tbody>
        {pts.map((p) => (
          <tr key={p.key} className={current === p.key ? 'current' : undefined}>
            <td><button type="button" className="linkish" onClick={() => navigate(href(place.route, withChanges(place.params, { pt: p.key })), { replace: true })}>{p.name}</button></td>
            <td className="num">{p.events.length}</td>
            <td className="num"><Goldstein g={p.mean} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function MapView({ place }: { place: Place }) {
  const q = queryParams(place.params);
  const value = useLoad(`map:${q}`, (s) => api.located(q, MAX_EVENTS, s));
  const all = useLoad(`map-total:${q}`, (s) => api.aggregate(q, 'month', 'none', s));
  const total = all.status === 'ok' ? all.data.buckets.reduce((n, b) => n + b.count, 0) : null;
  const filters = queryParams(place.params);
  return (
    <section className="view map-view" aria-labelledby="map-h">
      <div className="view-head">
        <h1 id="map-h">Map</h1>
        <span className="muted">Size: number of events; colour: Goldstein mean (red conflict, blue cooperation).</span>
        <span className="spacer" />
        <a href={api.exportUrl(q, 'geojson')} download>GeoJSON</a>
      </div>
      <Load value={value} what="the map" ok={({ features, cut }) => {
        const pts = points(features.map((f) => f.properties));
        const located = pts.reduce((n, p) => n + p.events.length, 0);
        const sel = pts.find((p) => p.key === place.params.get('pt'));
        return (
          <>
            <p className="muted" data-testid="map-summary">
              {located} located event{located === 1 ? '' : 's'} at {pts.length} place{pts.length === 1 ? '' : 's'}
              {total !== null && ` (${total - located} of ${total} events have no place)`}{cut && `; showing the first ${MAX_EVENTS}`}.
            </p>
            <div className="map-layout">
              <WorldMap pts={pts} place={place} />
              {pts.length > 0 && <PlaceList pts={pts} place={place} />}
            </div>
            {pts.length === 0 && <Empty>No event of this query has a place. Events are placed when the article names where they happened.</Empty>}
            {sel && (
              <section className="selection" aria-labelledby="pt-h" data-testid="place-events">
                <h2 id="pt-h">{sel.name} · {sel.events.length} event{sel.events.length === 1 ? '' : 's'} · Goldstein mean <Goldstein g={sel.mean} /></h2>
                <EventCards events={sel.events.slice(0, 100)} params={filters} />
              </section>
            )}
          </>
        );
      }} />
    </section>
  );
}
