// Events: the coded events of the query in a table, sortable, paged with the API's cursor;
// a row opens its evidence (the sentence, the article, the coding).
import { Fragment, type KeyboardEvent } from 'react';
import { api, useLoad, type EventRow } from '../api.js';
import { ActorLink, Citation, CodeChip, evidenceHref, Goldstein, SentenceMarks } from '../components/evidence.js';
import { Link } from '../components/link.js';
import { Empty, Load } from '../components/status.js';
import { fmtNum, QUADS, ROOTS } from '../format.js';
import { href, navigate, queryParams, withChanges, type Place } from '../url-state.js';

const PAGE = 50;

interface Column {
  key: string;
  label: string;
  value: (e: EventRow) => string | number;
  numeric?: boolean;
}

const COLUMNS: Column[] = [
  { key: 'day', label: 'Day', value: (e) => e.day ?? '' },
  { key: 'source', label: 'Source', value: (e) => e.sourceCode ?? '' },
  { key: 'code', label: 'Event', value: (e) => e.cameo },
  { key: 'target', label: 'Target', value: (e) => e.targetCode ?? '' },
  { key: 'goldstein', label: 'Goldstein', value: (e) => e.goldstein, numeric: true },
  { key: 'place', label: 'Place', value: (e) => e.placeName ?? '' },
  { key: 'outlet', label: 'Outlet', value: (e) => e.outlet },
  { key: 'confidence', label: 'Conf.', value: (e) => e.confidence, numeric: true },
];

function sortRows(rows: EventRow[], key: string | null, dir: string | null): EventRow[] {
  const col = COLUMNS.find((c) => c.key === key);
  if (!col) return rows;
  const sign = dir === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = col.value(a);
    const y = col.value(b);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * c || a.id - b.id;
  });
}

function Evidence({ ev, params }: { ev: EventRow; params: URLSearchParams }) {
  return (
    <div className="evidence" aria-label="Evidence">
      <SentenceMarks ev={ev} />
      <dl className="facts">
        <dt>Coded</dt>
        <dd>{ev.cameo} {ROOTS[ev.root]} · {QUADS[ev.quadClass]?.label} · Goldstein <Goldstein g={ev.goldstein} />{ev.plover ? ` · PLOVER ${ev.plover}` : ''}</dd>
        <dt>Actors</dt>
        <dd>
          <ActorLink code={ev.sourceCode} name={ev.sourceName} params={params} /> “{ev.sourceName ?? '—'}” →{' '}
          <ActorLink code={ev.targetCode} name={ev.targetName} params={params} /> “{ev.targetName ?? '—'}”
        </dd>
        <dt>When</dt>
        <dd>{ev.eventDate ?? 'undated'}{ev.dateText ? ` (“${ev.dateText}”)` : ''}; published {ev.published ?? 'unknown'}</dd>
        <dt>Where</dt>
        <dd>{ev.placeName ? `${ev.placeName}${ev.placeCountry ? `, ${ev.placeCountry}` : ''}` : 'not placed'}</dd>
        <dt>How sure</dt>
        <dd>confidence {fmtNum(ev.confidence, 2)} · {ev.modality}{ev.negated ? ' · negated' : ''}{ev.rule ? ` · rule ${ev.rule}` : ''}</dd>
        <dt>Source</dt>
        <dd><Citation ev={ev} /></dd>
      </dl>
      <Link className="button" href={evidenceHref(ev, params)}>Open in article</Link>
    </div>
  );
}

function SortHeader({ col, place }: { col: Column; place: Place }) {
  const sort = place.params.get('sort');
  const dir = place.params.get('dir') ?? 'asc';
  const active = sort === col.key;
  const next = active && dir === 'asc' ? 'desc' : 'asc';
  const to = href(place.route, withChanges(place.params, { sort: col.key, dir: next }));
  return (
    <th scope="col" aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'} className={col.numeric ? 'num' : undefined}>
      <button type="button" className="sort" onClick={() => navigate(to, { replace: true })}>
        {col.label}<span aria-hidden="true">{active ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}

function Table({ rows, place }: { rows: EventRow[]; place: Place }) {
  const sel = place.params.get('sel');
  const filters = queryParams(place.params);
  const toggle = (id: number) => navigate(href(place.route, withChanges(place.params, { sel: sel === String(id) ? null : String(id) })), { replace: true });
  const key = (id: number) => (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    toggle(id);
  };
  const sorted = sortRows(rows, place.params.get('sort'), place.params.get('dir'));
  return (
    <table className="events">
      <thead><tr>{COLUMNS.map((c) => <SortHeader key={c.key} col={c} place={place} />)}</tr></thead>
      <tbody>
        {sorted.map((ev) => {
          const open = sel === String(ev.id);
          return (
            <Fragment key={ev.id}>
              <tr className={open ? 'row open' : 'row'} tabIndex={0} aria-expanded={open} data-event={ev.id}
                onClick={(e) => { if (!(e.target as HTMLElement).closest('a')) toggle(ev.id); }} onKeyDown={key(ev.id)}>
                <td>{ev.day ?? '—'}</td>
                <td className="who"><ActorLink code={ev.sourceCode} name={ev.sourceName} params={filters} />{ev.sourceCode && ev.sourceName && <span className="name">{ev.sourceName}</span>}</td>
                <td><CodeChip ev={ev} /> <span className="trigger-word">“{ev.triggerText}”</span></td>
                <td className="who"><ActorLink code={ev.targetCode} name={ev.targetName} params={filters} />{ev.targetCode && ev.targetName && <span className="name">{ev.targetName}</span>}</td>
                <td className="num"><Goldstein g={ev.goldstein} /></td>
                <td>{ev.placeName ?? ''}</td>
                <td className="outlet">{ev.outlet}</td>
                <td className="num">{fmtNum(ev.confidence, 2)}</td>
              </tr>
              {open && <tr className="evidence-row"><td colSpan={COLUMNS.length}><Evidence ev={ev} params={filters} /></td></tr>}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

export function EventsView({ place }: { place: Place }) {
  const q = queryParams(place.params);
  const cursor = place.params.get('cursor');
  const page = Number(place.params.get('page') ?? '1') || 1;
  const value = useLoad(`${q}|${cursor}`, (s) => api.events(q, { limit: PAGE, cursor }, s));
  return (
    <section className="view events-view" aria-labelledby="events-h">
      <div className="view-head">
        <h1 id="events-h">Events</h1>
        <span className="muted">Click a row (or press Enter on it) for its evidence. Sorting orders this page.</span>
        <span className="spacer" />
        <span className="downloads">Download: {['csv', 'ndjson', 'geojson', 'gexf'].map((f) => (
          <a key={f} href={api.exportUrl(q, f)} download>{f}</a>
        ))}</span>
      </div>
      <Load value={value} what="events" ok={(data) => (
        <>
          {data.items.length === 0
            ? <Empty>No events match these filters. Widen the time window, or set Modality to “any” under More filters.</Empty>
            : <Table rows={data.items} place={place} />}
          <nav className="pager" aria-label="Pages">
            <span>Page {page} · rows {(page - 1) * PAGE + (data.items.length ? 1 : 0)}–{(page - 1) * PAGE + data.items.length}</span>
            {page > 1 && <Link href={href(place.route, withChanges(place.params, { cursor: null, page: null, sel: null }))}>First page</Link>}
            {data.nextCursor && (
              <Link className="button" rel="next" href={href(place.route, withChanges(place.params, { cursor: data.nextCursor, page: String(page + 1), sel: null }))}>
                Next page →
              </Link>
            )}
          </nav>
        </>
      )} />
    </section>
  );
}
