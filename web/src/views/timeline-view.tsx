// Timeline: events per day, week or month, stacked by quad class or CAMEO root, with the
// Goldstein mean as a line. Dragging across the chart (or a button in the table) sets the
// time window of every view; the timeline itself keeps showing the whole span around it.
import { useState, type PointerEvent } from 'react';
import { api, useLoad, type AggregateResult } from '../api.js';
import { Empty, Load } from '../components/status.js';
import { useWidth } from '../components/use-width.js';
import { fmtGoldstein, fmtNum, goldsteinColor, QUADS, ROOTS, rootColor } from '../format.js';
import { bucketRange, windowDays, windowParam } from '../time.js';
import { href, navigate, queryParams, withChanges, type Place } from '../url-state.js';

type Interval = 'day' | 'week' | 'month';
type By = 'quad' | 'root';

const H = 300;
const M = { top: 32, right: 60, bottom: 34, left: 44 };

interface Series {
  buckets: string[];
  keys: string[];
  counts: Map<string, Map<string, number>>;
  totals: Map<string, { count: number; sum: number }>;
}

function series(r: AggregateResult, interval: Interval): Series | null {
  const present = [...new Set(r.buckets.map((b) => b.bucket))].sort();
  if (present.length === 0) return { buckets: [], keys: [], counts: new Map(), totals: new Map() };
  const buckets = bucketRange(present[0]!, present[present.length - 1]!, interval);
  if (!buckets) return null;
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, { count: number; sum: number }>();
  for (const b of r.buckets) {
    // A bucket with no matching event still comes back (it has a total): it keeps the span.
    if (b.count === 0) continue;
    const row = counts.get(b.bucket) ?? new Map<string, number>();
    row.set(b.key, (row.get(b.key) ?? 0) + b.count);
    counts.set(b.bucket, row);
    const t = totals.get(b.bucket) ?? { count: 0, sum: 0 };
    totals.set(b.bucket, { count: t.count + b.count, sum: t.sum + b.goldsteinSum });
  }
  const keys = [...new Set(r.buckets.filter((b) => b.count > 0).map((b) => b.key))].sort();
  return { buckets, keys, counts, totals };
}

const colorOf = (by: By, key: string) => (by === 'quad' ? QUADS[Number(key)]?.color ?? '#888' : rootColor(key));
const labelOf = (by: By, key: string) => (by === 'quad' ? QUADS[Number(key)]?.label ?? key : `${key} ${ROOTS[key] ?? ''}`);

function Chart({ s, by, interval, place }: { s: Series; by: By; interval: Interval; place: Place }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const n = s.buckets.length;
  const plotW = width - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const bw = plotW / n;
  const max = Math.max(1, ...[...s.totals.values()].map((t) => t.count));
  const y = (c: number) => M.top + plotH - (c / max) * plotH;
  const gy = (g: number) => M.top + plotH / 2 - (g / 10) * (plotH / 2);
  const indexAt = (e: PointerEvent<SVGRectElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    return Math.max(0, Math.min(n - 1, Math.floor(x / bw)));
  };
  const finish = () => {
    if (!drag) return;
    const [a, b] = [Math.min(...drag), Math.max(...drag)];
    setDrag(null);
    const time = windowParam(s.buckets[a]!, s.buckets[b]!, interval);
    navigate(href(place.route, withChanges(place.params, { time, cursor: null, page: null, sel: null })));
  };
  const win = windowDays(place.params.get('time'));
  const inWin = win ? s.buckets.map((b, i) => (b <= win[1] && (s.buckets[i + 1] ?? '9999') > win[0] ? i : -1)).filter((i) => i >= 0) : [];
  const band = drag ? [Math.min(...drag), Math.max(...drag)] : inWin.length ? [inWin[0]!, inWin[inWin.length - 1]!] : null;
  const ticks = Array.from(new Set(Array.from({ length: Math.min(n, 8) }, (_, k) => Math.floor((k * (n - 1)) / Math.max(1, Math.min(n, 8) - 1)))));
  const line = s.buckets.map((b, i) => {
    const t = s.totals.get(b);
    return t && t.count > 0 ? { x: M.left + (i + 0.5) * bw, y: gy(t.sum / t.count), g: t.sum / t.count } : null;
  }).filter((p): p is { x: number; y: number; g: number } => p !== null);
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={H} role="img" aria-label={`Events per ${interval} by ${by}, with the Goldstein mean`} data-testid="timeline-chart">
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={M.left} x2={M.left + plotW} y1={y(max * f)} y2={y(max * f)} className="grid" />
            <text x={M.left - 6} y={y(max * f) + 4} textAnchor="end" className="axis">{fmtNum(max * f, 0)}</text>
          </g>
        ))}
        <line x1={M.left} x2={M.left + plotW} y1={gy(0)} y2={gy(0)} className="gzero" />
        <text x={4} y={14} className="axis">events</text>
        <text x={width - 4} y={14} textAnchor="end" className="axis">Goldstein</text>
        {[-10, 0, 10].map((g) => <text key={g} x={M.left + plotW + 6} y={gy(g) + 4} className="axis gaxis">{fmtGoldstein(g)}</text>)}
        {band && <rect className="band" x={M.left + band[0]! * bw} width={(band[1]! - band[0]! + 1) * bw} y={M.top} height={plotH} />}
        {s.buckets.map((b, i) => {
          let acc = 0;
          const row = s.counts.get(b);
          return (
            <g key={b} data-bucket={b}>
              {s.keys.map((k) => {
                const c = row?.get(k) ?? 0;
                if (!c) return null;
                const y0 = y(acc);
                acc += c;
                return <rect key={k} x={M.left + i * bw + Math.min(1, bw * 0.1)} width={Math.max(1, bw - Math.min(2, bw * 0.2))} y={y(acc)} height={y0 - y(acc)} fill={colorOf(by, k)} />;
              })}
            </g>
          );
        })}
        <polyline className="gline" points={line.map((p) => `${p.x},${p.y}`).join(' ')} />
        {line.map((p) => <circle key={p.x} cx={p.x} cy={p.y} r={3} fill={goldsteinColor(p.g)} className="gdot" />)}
        {ticks.map((i) => <text key={i} x={M.left + (i + 0.5) * bw} y={H - 12} textAnchor="middle" className="axis">{interval === 'month' ? s.buckets[i]!.slice(0, 7) : s.buckets[i]}</text>)}
        <rect className="brush" x={M.left} y={M.top} width={plotW} height={plotH} data-testid="timeline-brush"
          onPointerDown={(e) => { e.currentTarget.setPointerCapture(e.pointerId); const i = indexAt(e); setDrag([i, i]); }}
          onPointerMove={(e) => { if (drag) setDrag([drag[0], indexAt(e)]); }}
          onPointerUp={finish} onPointerCancel={() => setDrag(null)} />
      </svg>
    </div>
  );
}

function Legend({ s, by }: { s: Series; by: By }) {
  return (
    <ul className="chart-legend">
      {s.keys.map((k) => <li key={k}><span className="swatch" style={{ background: colorOf(by, k) }} aria-hidden="true" />{labelOf(by, k)}</li>)}
      <li><span className="swatch line" aria-hidden="true" />Goldstein mean (right axis, −10 … +10)</li>
    </ul>
  );
}

function Table({ s, by, interval, place }: { s: Series; by: By; interval: Interval; place: Place }) {
  const rows = s.buckets.filter((b) => (s.totals.get(b)?.count ?? 0) > 0);
  return (
    <details className="table-behind">
      <summary>The table behind the chart ({rows.length} periods with events)</summary>
      <table>
        <thead><tr><th scope="col">Period</th>{s.keys.map((k) => <th key={k} scope="col" className="num">{by === 'quad' ? `Q${k}` : k}</th>)}<th scope="col" className="num">Total</th><th scope="col" className="num">Goldstein mean</th><th /></tr></thead>
        <tbody>
          {rows.map((b) => {
            const t = s.totals.get(b)!;
            const time = windowParam(b, b, interval);
            return (
              <tr key={b}>
                <th scope="row">{b}</th>
                {s.keys.map((k) => <td key={k} className="num">{s.counts.get(b)?.get(k) ?? ''}</td>)}
                <td className="num">{t.count}</td>
                <td className="num">{fmtGoldstein(t.sum / t.count)}</td>
                <td><button type="button" onClick={() => navigate(href(place.route, withChanges(place.params, { time })))}>Filter to {time}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}

function Choice<T extends string>({ label, name, value, options, place }: { label: string; name: string; value: T; options: T[]; place: Place }) {
  return (
    <fieldset className="choice">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="radio" name={name} checked={value === o} onChange={() => navigate(href(place.route, withChanges(place.params, { [name]: o })), { replace: true })} />
          {o}
        </label>
      ))}
    </fieldset>
  );
}

export function TimelineView({ place }: { place: Place }) {
  const interval = (['day', 'week', 'month'].includes(place.params.get('interval') ?? '') ? place.params.get('interval') : 'month') as Interval;
  const by = (place.params.get('by') === 'root' ? 'root' : 'quad') as By;
  const q = queryParams(place.params, undefined);
  q.delete('time');
  const value = useLoad(`${q}|${interval}|${by}`, (sig) => api.aggregate(q, interval, by, sig));
  const time = place.params.get('time');
  return (
    <section className="view timeline-view" aria-labelledby="timeline-h">
      <div className="view-head">
        <h1 id="timeline-h">Timeline</h1>
        <Choice label="Per" name="interval" value={interval} options={['day', 'week', 'month']} place={place} />
        <Choice label="By" name="by" value={by} options={['quad', 'root']} place={place} />
        <span className="spacer" />
        <a href={api.aggregateCsvUrl(q, interval, by)} download>Download CSV</a>
      </div>
      <p className="muted">
        Drag across the chart to choose a period: it becomes the time filter of every view.
        {time && <> Period now: <strong data-testid="time-window">{time}</strong>{' '}
          <button type="button" onClick={() => navigate(href(place.route, withChanges(place.params, { time: null })))}>Clear period</button></>}
      </p>
      <Load value={value} what="the timeline" ok={(r) => {
        const s = series(r, interval);
        if (!s) return <Empty>Too many {interval}s to draw; choose a longer interval or a time window.</Empty>;
        if (s.buckets.length === 0) return <Empty>No dated events match these filters.</Empty>;
        return (
          <>
            {r.truncated && <p className="state warn">The store returned only part of the buckets; narrow the query.</p>}
            <Chart s={s} by={by} interval={interval} place={place} />
            <Legend s={s} by={by} />
            <Table s={s} by={by} interval={interval} place={place} />
          </>
        );
      }} />
    </section>
  );
}
