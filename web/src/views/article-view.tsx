// The article reader: one record's text with every layer highlighted, a legend that turns
// layers on and off, and the article's events, quotations and claims beside it.
import { useEffect, useMemo } from 'react';
import { api, useLoad, type ExtractionRecord } from '../api.js';
import { ArticleText } from '../components/article-text.js';
import { Link } from '../components/link.js';
import { Empty, Load } from '../components/status.js';
import { fmtGoldstein, goldsteinColor, QUADS } from '../format.js';
import { annotations, LAYERS, segments, type Annotation, type Kind } from '../layers.js';
import { href, navigate, queryParams, withChanges, type Place } from '../url-state.js';

function parseSpan(s: string | null): [number, number] | null {
  const m = /^(\d+)-(\d+)$/.exec(s ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function Legend({ place, hidden }: { place: Place; hidden: Set<string> }) {
  const toggle = (kind: Kind) => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    navigate(href(place.route, withChanges(place.params, { hide: [...next].join(',') })), { replace: true });
  };
  return (
    <fieldset className="legend">
      <legend>Layers</legend>
      {LAYERS.map((l) => (
        <label key={l.kind} className={`legend-item key-${l.kind}`}>
          <input type="checkbox" checked={!hidden.has(l.kind)} onChange={() => toggle(l.kind)} name={`layer-${l.kind}`} />
          <span className={`sample sample-${l.kind}`}>{l.label}</span>
        </label>
      ))}
      <p className="muted small">Entity colours: <span className="ent-PERSON">person</span>, <span className="ent-ORG">organisation</span>,{' '}
        <span className="ent-GPE">country/city</span>, <span className="ent-LOC">location</span>, <span className="ent-NORP">group of people</span>,{' '}
        <span className="ent-GROUP">group</span>. Triggers are coloured by quad class.</p>
    </fieldset>
  );
}

function Lists({ rec, place }: { rec: ExtractionRecord; place: Place }) {
  const select = (start: number, end: number) => href(place.route, withChanges(place.params, { span: `${start}-${end}` }));
  const selected = place.params.get('span');
  return (
    <>
      <h2>Events ({rec.events.length})</h2>
      {rec.events.length === 0 ? <Empty>No events were coded in this article.</Empty> : (
        <ol className="side-list">
          {rec.events.map((v) => {
            const span = `${v.trigger.start}-${v.trigger.end}`;
            return (
              <li key={v.id} className={selected === span ? 'current' : undefined}>
                <Link href={select(v.trigger.start, v.trigger.end)} replace aria-current={selected === span ? 'true' : undefined}>
                  <span className="swatch" style={{ background: QUADS[v.quadClass]?.color }} aria-hidden="true" />
                  {v.source?.code ?? v.source?.text ?? '—'} <b>{v.cameo}</b> “{v.trigger.text}” {v.target?.code ?? v.target?.text ?? '—'}
                </Link>{' '}
                <span style={{ color: goldsteinColor(v.goldstein) }}>{fmtGoldstein(v.goldstein)}</span>
              </li>
            );
          })}
        </ol>
      )}
      <h2>Quotations ({rec.quotes.length})</h2>
      {rec.quotes.length === 0 ? <Empty>No quotations found.</Empty> : (
        <ol className="side-list">
          {rec.quotes.map((q) => (
            <li key={q.id}><Link href={select(q.start, q.end)} replace>{q.speaker?.name ?? 'unknown speaker'}: “{q.text.slice(0, 80)}{q.text.length > 80 ? '…' : ''}”</Link></li>
          ))}
        </ol>
      )}
      <h2>Disputed claims ({rec.claims.length})</h2>
      {rec.claims.length === 0 ? <Empty>No disputed claims found.</Empty> : (
        <ol className="side-list">
          {rec.claims.map((c) => (
            <li key={`${c.start}`}><Link href={select(c.start, c.end)} replace>{c.flag}: “{c.text.slice(0, 80)}{c.text.length > 80 ? '…' : ''}”</Link></li>
          ))}
        </ol>
      )}
    </>
  );
}

function Reader({ rec, place }: { rec: ExtractionRecord; place: Place }) {
  const hidden = new Set((place.params.get('hide') ?? '').split(',').filter(Boolean));
  const selected = parseSpan(place.params.get('span'));
  const all = useMemo(() => annotations(rec), [rec]);
  const hideKey = [...hidden].sort().join(',');
  const shown = useMemo(() => all.filter((a) => !hidden.has(a.kind)), [all, hideKey]);
  const event = selected ? rec.events.find((v) => v.trigger.start === selected[0] && v.trigger.end === selected[1]) : undefined;
  const roles = event ? [
    ...(event.source?.start !== undefined ? [{ start: event.source.start, end: event.source.end!, cls: 'role-source' }] : []),
    ...(event.target?.start !== undefined ? [{ start: event.target.start, end: event.target.end!, cls: 'role-target' }] : []),
  ] : [];
  const cuts = [...(selected ?? []), ...roles.flatMap((r) => [r.start, r.end])];
  const segs = useMemo(() => segments(rec.article.text.length, shown, cuts), [rec, shown, cuts.join(',')]);
  useEffect(() => {
    document.querySelector('.article-text .selected')?.scrollIntoView({ block: 'center' });
  }, [rec, place.params.get('span')]);
  const open = (a: Annotation) => {
    if (a.actor) navigate(href({ view: 'actor', id: a.actor }, queryParams(place.params)));
    else navigate(href(place.route, withChanges(place.params, { span: `${a.start}-${a.end}` })), { replace: true });
  };
  const art = rec.article;
  return (
    <div className="reader">
      <article className="reader-main" aria-labelledby="article-h">
        <header className="article-head">
          <h1 id="article-h">{art.title}</h1>
          <p className="muted">
            {art.source} · published {art.date ?? 'unknown'} · {art.lang} · id <code>{art.id}</code>
            {art.url && <> · <a href={art.url} rel="noreferrer noopener" target="_blank">original</a></>}
          </p>
        </header>
        <ArticleText text={art.text} lang={art.lang} segments={segs} selected={selected} roles={roles} onOpen={open} />
      </article>
      <aside className="reader-side" aria-label="Layers and items">
        <Legend place={place} hidden={hidden} />
        <Lists rec={rec} place={place} />
      </aside>
    </div>
  );
}

export function ArticleView({ place, id }: { place: Place; id: string }) {
  const value = useLoad(`article:${id}`, (s) => api.article(id, s));
  const back = href({ view: 'events' }, queryParams(place.params));
  return (
    <section className="view article-view">
      <nav className="crumbs" aria-label="Breadcrumb"><Link href={back}>← Events</Link></nav>
      <Load value={value} what="the article" ok={(rec) => <Reader rec={rec} place={place} />} />
    </section>
  );
}
