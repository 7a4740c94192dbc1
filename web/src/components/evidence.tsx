// An event's evidence: the sentence it was coded from with the trigger and the actors marked,
// and the citation of its article (title, outlet, date) linking to the span in the reader.
import type { ReactNode } from 'react';
import type { EventRow } from '../api.js';
import { fmtGoldstein, goldsteinColor, QUADS, ROOTS } from '../format.js';
import { href, withChanges, type Route } from '../url-state.js';
import { Link } from './link.js';

interface Mark {
  start: number;
  end: number;
  cls: string;
  label: string;
}

/** The sentence of `ev` with its trigger, source and target marked (offsets are the article's). */
export function SentenceMarks({ ev }: { ev: EventRow }) {
  const base = ev.sentenceStart;
  const text = ev.sentenceText;
  const marks: Mark[] = [
    { start: ev.triggerStart, end: ev.triggerEnd, cls: 'm-trigger', label: `event ${ev.cameo}` },
    ...(ev.sourceStart !== null && ev.sourceEnd !== null ? [{ start: ev.sourceStart, end: ev.sourceEnd, cls: 'm-source', label: `source ${ev.sourceCode ?? '?'}` }] : []),
    ...(ev.targetStart !== null && ev.targetEnd !== null ? [{ start: ev.targetStart, end: ev.targetEnd, cls: 'm-target', label: `target ${ev.targetCode ?? '?'}` }] : []),
  ]
    .map((m) => ({ ...m, start: m.start - base, end: m.end - base }))
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue; // overlapping actor and trigger: the first wins
    out.push(text.slice(at, m.start));
    out.push(<mark key={m.start} className={m.cls} title={m.label}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  out.push(text.slice(at));
  return <q className="sentence">{out}</q>;
}

export function articleRoute(ev: { articleId: string }): Route {
  return { view: 'article', id: ev.articleId };
}

/** Where the evidence of `ev` is: its article with the trigger selected (the filters ride along for the tabs). */
export function evidenceHref(ev: EventRow, filters?: URLSearchParams): string {
  return href(articleRoute(ev), withChanges(filters ?? new URLSearchParams(), { span: `${ev.triggerStart}-${ev.triggerEnd}` }));
}

export function Citation({ ev }: { ev: Pick<EventRow, 'articleId' | 'title' | 'outlet' | 'published' | 'url'> }) {
  return (
    <cite className="citation">
      “{ev.title}”, <span className="outlet">{ev.outlet}</span>{ev.published ? `, ${ev.published}` : ''}
      {ev.url && <> · <a href={ev.url} rel="noreferrer noopener" target="_blank">original</a></>}
    </cite>
  );
}

export function ActorLink({ code, name, params }: { code: string | null; name: string | null; params?: URLSearchParams }) {
  if (!code) return <span className="actor unknown">{name ?? '—'}</span>;
  return (
    <Link className="actor" href={href({ view: 'actor', id: code }, params ?? new URLSearchParams())} title={name ?? undefined}>
      {code}
    </Link>
  );
}

export function CodeChip({ ev }: { ev: Pick<EventRow, 'cameo' | 'root' | 'quadClass' | 'plover'> }) {
  return (
    <span className="code-chip" title={`${ROOTS[ev.root] ?? ''} · ${QUADS[ev.quadClass]?.label ?? ''}`}>
      <span className="swatch" style={{ background: QUADS[ev.quadClass]?.color }} aria-hidden="true" />
      {ev.cameo}{ev.plover ? ` ${ev.plover}` : ''}
    </span>
  );
}

export function Goldstein({ g }: { g: number }) {
  return <span className="goldstein" style={{ color: goldsteinColor(g) }}>{fmtGoldstein(g)}</span>;
}

/** A short list of events, each with its sentence and citation (network, map, actor page). */
export function EventCards({ events, params }: { events: EventRow[]; params?: URLSearchParams }) {
  return (
    <ol className="event-cards">
      {events.map((ev) => (
        <li key={ev.id} className="event-card" data-event={ev.id}>
          <div className="card-head">
            <span className="day">{ev.day ?? 'undated'}</span>
            <ActorLink code={ev.sourceCode} name={ev.sourceName} params={params} />
            <span aria-hidden="true">→</span>
            <CodeChip ev={ev} />
            <span aria-hidden="true">→</span>
            <ActorLink code={ev.targetCode} name={ev.targetName} params={params} />
            <Goldstein g={ev.goldstein} />
          </div>
          <SentenceMarks ev={ev} />
          <div className="card-foot">
            <Citation ev={ev} /> · <Link href={evidenceHref(ev, params)}>read in article</Link>
          </div>
        </li>
      ))}
    </ol>
  );
}
