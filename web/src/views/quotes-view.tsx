// Quotes: the quotations of the query grouped by speaker, searchable by their words or the
// speaker's name, each linked to its sentence in the article reader.
import { useState, type FormEvent } from 'react';
import { api, QUOTE_KEYS, useLoad, type QuoteRow } from '../api.js';
import { Link } from '../components/link.js';
import { Empty, Load } from '../components/status.js';
import { href, navigate, queryParams, withChanges, type Place } from '../url-state.js';

interface Group {
  key: string;
  name: string;
  code: string | null;
  quotes: QuoteRow[];
}

function groups(rows: QuoteRow[], search: string): Group[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const by = new Map<string, Group>();
  for (const r of rows) {
    const hay = `${r.text} ${r.speaker ?? ''} ${r.speakerName ?? ''} ${r.speakerCode ?? ''}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) continue;
    // "he" and "Putin" are one speaker when the text says so: the entity's name before the words.
    const key = r.speakerCode ?? r.speaker ?? r.speakerName ?? '(unattributed)';
    const g = by.get(key) ?? { key, name: r.speaker ?? r.speakerName ?? 'Unattributed', code: r.speakerCode, quotes: [] };
    g.quotes.push(r);
    by.set(key, g);
  }
  return [...by.values()].sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
}

function SearchBox({ place }: { place: Place }) {
  const [value, setValue] = useState(place.params.get('qs') ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(href(place.route, withChanges(place.params, { qs: value.trim() })), { replace: true });
  };
  return (
    <form className="inline-search" onSubmit={submit} role="search" aria-label="Search quotations">
      <label>
        <span>Words or speaker</span>
        <input name="qs" value={value} onChange={(e) => setValue(e.target.value)} placeholder="ceasefire" />
      </label>
      <button type="submit">Search</button>
    </form>
  );
}

export function QuotesView({ place }: { place: Place }) {
  const q = queryParams(place.params, QUOTE_KEYS);
  const ignored = queryParams(place.params).toString() !== q.toString();
  const cursor = place.params.get('cursor');
  const page = Number(place.params.get('page') ?? '1') || 1;
  const value = useLoad(`quotes:${q}|${cursor}`, (s) => api.quotes(q, cursor, s));
  const search = place.params.get('qs') ?? '';
  const filters = queryParams(place.params);
  return (
    <section className="view quotes-view" aria-labelledby="quotes-h">
      <div className="view-head">
        <h1 id="quotes-h">Quotations</h1>
        <SearchBox key={search} place={place} />
      </div>
      {ignored && <p className="muted">Quotations take the actor, source, target, outlet, time and text filters; the event filters do not apply here.</p>}
      <Load value={value} what="quotations" ok={(p) => {
        const gs = groups(p.items, search);
        return (
          <>
            {p.items.length === 0 && <Empty>No quotations match these filters.</Empty>}
            {p.items.length > 0 && gs.length === 0 && <Empty>No quotation on this page has all of “{search}”.</Empty>}
            {gs.map((g) => (
              <section key={g.key} className="speaker-group" aria-label={`Quotations of ${g.name}`}>
                <h2>
                  {g.name}{' '}
                  {g.code && <Link className="actor" href={href({ view: 'actor', id: g.code }, filters)}>{g.code}</Link>}{' '}
                  <span className="muted">({g.quotes.length})</span>
                </h2>
                <ol className="quote-list">
                  {g.quotes.map((qt) => (
                    <li key={`${qt.articleId}${qt.quoteId}`} data-quote={qt.quoteId}>
                      <blockquote className={`k-${qt.kind}`}>{qt.text}</blockquote>
                      <div className="muted">
                        {qt.kind}{qt.cue ? `, “${qt.cue}”` : ''} ·{' '}
                        <Link href={href({ view: 'article', id: qt.articleId }, withChanges(filters, { span: `${qt.start}-${qt.end}` }))}>{qt.title}</Link>
                        {' '}· {qt.outlet}{qt.published ? `, ${qt.published}` : ''}
                      </div>
                    </li>
                  ))}
                </ol>
              </section>
            ))}
            <nav className="pager" aria-label="Pages">
              <span>Page {page}</span>
              {page > 1 && <Link href={href(place.route, withChanges(place.params, { cursor: null, page: null }))}>First page</Link>}
              {p.nextCursor && <Link className="button" href={href(place.route, withChanges(place.params, { cursor: p.nextCursor, page: String(page + 1) }))}>Next page →</Link>}
            </nav>
          </>
        );
      }} />
    </section>
  );
}
