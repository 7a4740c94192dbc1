// Actor page: one actor code under the current filters (its own actor slots aside): its roles
// over time (as source above the axis, as target below), its events on each side, its
// quotations and the actors it deals with.
import { api, useLoad, type AggregateResult, type QuoteRow } from '../api.js';
import { EventCards, Goldstein } from '../components/evidence.js';
import { Link } from '../components/link.js';
import { Empty, Load } from '../components/status.js';
import { useWidth } from '../components/use-width.js';
import { goldsteinColor } from '../format.js';
import { bucketRange } from '../time.js';
import { href, queryParams, withChanges, type Place } from '../url-state.js';

const ACTOR_SLOTS = { actor: null, source: null, target: null, dyad: null };

function RolesChart({ asSource, asTarget }: { asSource: AggregateResult; asTarget: AggregateResult }) {
  const [ref, width] = useWidth<HTMLDivElement>(700);
  const count = (r: AggregateResult) => new Map(r.buckets.filter((b) => b.count > 0).map((b) => [b.bucket, b.count]));
  const src = count(asSource);
  const tgt = count(asTarget);
  const present = [...new Set([...src.keys(), ...tgt.keys()])].sort();
  if (present.length === 0) return <Empty>No dated events.</Empty>;
  const buckets = bucketRange(present[0]!, present[present.length - 1]!, 'month') ?? present;
  const H = 150;
  const mid = H / 2;
  const max = Math.max(1, ...src.values(), ...tgt.values());
  const bw = (width - 60) / buckets.length;
  const h = (c: number) => (c / max) * (mid - 16);
  const w = Math.max(1, Math.min(bw - 1, 24));
  const x = (i: number) => 50 + i * bw + (bw - w) / 2;
  return (
    <div ref={ref} className="chart">
      <svg width={width} height={H} role="img" aria-label="Events per month as source (above) and as target (below)" data-testid="roles-chart">
        <text x={0} y={14} className="axis">as source</text>
        <text x={0} y={H - 4} className="axis">as target</text>
        <line x1={50} x2={width - 10} y1={mid} y2={mid} className="grid" />
        {buckets.map((b, i) => (
          <g key={b}>
            {src.get(b) ? <rect x={x(i)} width={w} y={mid - h(src.get(b)!)} height={h(src.get(b)!)} className="bar-source"><title>{`${b.slice(0, 7)}: ${src.get(b)} as source`}</title></rect> : null}
            {tgt.get(b) ? <rect x={x(i)} width={w} y={mid} height={h(tgt.get(b)!)} className="bar-target"><title>{`${b.slice(0, 7)}: ${tgt.get(b)} as target`}</title></rect> : null}
          </g>
        ))}
        <text x={50} y={mid + 12} className="axis">{buckets[0]!.slice(0, 7)}</text>
        <text x={width - 10} y={mid + 12} textAnchor="end" className="axis">{buckets[buckets.length - 1]!.slice(0, 7)}</text>
      </svg>
    </div>
  );
}

function Quotes({ quotes, filters }: { quotes: QuoteRow[]; filters: URLSearchParams }) {
  if (quotes.length === 0) return <Empty>No quotations attributed to this actor.</Empty>;
  return (
    <ol className="quote-list">
      {quotes.map((qt) => (
        <li key={`${qt.articleId}${qt.quoteId}`}>
          <blockquote>{qt.text}</blockquote>
          <Link href={href({ view: 'article', id: qt.articleId }, withChanges(filters, { span: `${qt.start}-${qt.end}` }))}>{qt.title}</Link>
          <span className="muted"> · {qt.outlet}{qt.published ? `, ${qt.published}` : ''}</span>
        </li>
      ))}
    </ol>
  );
}

function SideEvents({ code, side, q, filters }: { code: string; side: 'source' | 'target'; q: URLSearchParams; filters: URLSearchParams }) {
  const sq = withChanges(q, { [side]: code });
  const value = useLoad(`actor-${side}:${sq}`, (s) => api.events(sq, { limit: 20 }, s));
  return (
    <section className="actor-side" aria-labelledby={`as-${side}`} data-testid={`as-${side}`}>
      <h2 id={`as-${side}`}>Events as {side}</h2>
      <Load value={value} what={`events as ${side}`} ok={(p) => p.items.length === 0 ? <Empty>None.</Empty> : (
        <>
          <EventCards events={p.items} params={filters} />
          {p.nextCursor && <Link href={href({ view: 'events' }, sq)}>All events with {code} as {side} →</Link>}
        </>
      )} />
    </section>
  );
}

export function ActorView({ place, code }: { place: Place; code: string }) {
  const filters = queryParams(place.params);
  const q = withChanges(filters, ACTOR_SLOTS);
  const profile = useLoad(`actor:${code}:${q}`, (s) => api.actor(code, q, s));
  const roles = useLoad(`roles:${code}:${q}`, async (s) => {
    const [asSource, asTarget] = await Promise.all([
      api.aggregate(withChanges(q, { source: code }), 'month', 'none', s),
      api.aggregate(withChanges(q, { target: code }), 'month', 'none', s),
    ]);
    return { asSource, asTarget };
  });
  return (
    <section className="view actor-view" aria-labelledby="actor-h">
      <Load value={profile} what={`actor ${code}`} ok={(p) => (
        <>
          <div className="view-head">
            <h1 id="actor-h"><code>{p.actor.code}</code> {p.actor.name && <span className="actor-name">{p.actor.name}</span>}</h1>
            <span className="muted">{p.actor.events} events ({p.actor.asSource} as source, {p.actor.asTarget} as target), {p.actor.firstDay ?? '?'} to {p.actor.lastDay ?? '?'}</span>
            <span className="spacer" />
            <Link href={href({ view: 'events' }, withChanges(filters, { actor: code }))}>Events</Link>
            <Link href={href({ view: 'network' }, withChanges(filters, { actor: code }))}>Network</Link>
          </div>
          {q.toString() && <p className="muted" data-testid="actor-filters">Under the filters {[...new Set(q.keys())].map((k) => `${k}=${q.getAll(k).join(',')}`).join(' · ')}.</p>}
          <h2>Roles over time</h2>
          <Load value={roles} what="roles over time" ok={(r) => <RolesChart {...r} />} />
          <div className="actor-grid">
            <SideEvents code={code} side="source" q={q} filters={filters} />
            <SideEvents code={code} side="target" q={q} filters={filters} />
            <section aria-labelledby="co-h">
              <h2 id="co-h">Co-actors</h2>
              {p.coActors.length === 0 ? <Empty>None.</Empty> : (
                <table className="co-actors">
                  <thead><tr><th scope="col">Actor</th><th scope="col" className="num">Events</th><th scope="col" className="num">Goldstein</th></tr></thead>
                  <tbody>
                    {p.coActors.map((c) => (
                      <tr key={c.code}>
                        <td><span className="swatch" style={{ background: goldsteinColor(c.goldsteinMean) }} aria-hidden="true" /><Link href={href({ view: 'actor', id: c.code }, filters)}>{c.code}</Link></td>
                        <td className="num">{c.events}</td>
                        <td className="num"><Goldstein g={c.goldsteinMean} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <h2>Quotations</h2>
              <Quotes quotes={p.quotes} filters={filters} />
            </section>
          </div>
        </>
      )} />
    </section>
  );
}
