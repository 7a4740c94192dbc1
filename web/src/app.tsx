// The workbench's frame: header with the tabs, the shared filter bar, and the view the URL names.
import { useEffect } from 'react';
import { FilterBar } from './components/filter-bar.js';
import { Link } from './components/link.js';
import { ActorView } from './views/actor-view.js';
import { ArticleView } from './views/article-view.js';
import { EventsView } from './views/events-view.js';
import { MapView } from './views/map-view.js';
import { NetworkView } from './views/network-view.js';
import { QuotesView } from './views/quotes-view.js';
import { TimelineView } from './views/timeline-view.js';
import { href, queryParams, TABS, usePlace, type Place } from './url-state.js';

function Body({ place }: { place: Place }) {
  const { route } = place;
  switch (route.view) {
    case 'timeline': return <TimelineView place={place} />;
    case 'network': return <NetworkView place={place} />;
    case 'map': return <MapView place={place} />;
    case 'quotes': return <QuotesView place={place} />;
    case 'article': return <ArticleView place={place} id={route.id!} />;
    case 'actor': return <ActorView place={place} code={route.id!} />;
    default: return <EventsView place={place} />;
  }
}

const TITLES: Record<string, string> = { article: 'Article', actor: 'Actor' };

export function App() {
  const place = usePlace();
  const { route } = place;
  // Tabs keep the filters and drop what pointed into the old view.
  const filters = queryParams(place.params);
  const tabTitle = TABS.find((t) => t.view === route.view)?.label ?? TITLES[route.view];
  useEffect(() => {
    document.title = `${tabTitle}${route.id ? ` ${route.id}` : ''} · newsgraph workbench`;
  }, [tabTitle, route.id]);
  return (
    <div className="app">
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <Link className="brand" href={href({ view: 'events' }, filters)}>newsgraph <span>workbench</span></Link>
        <nav aria-label="Views" className="tabs">
          {TABS.map((t) => (
            <Link key={t.view} href={href({ view: t.view }, filters)} aria-current={route.view === t.view ? 'page' : undefined}
              className={route.view === t.view ? 'tab active' : 'tab'} data-tab={t.view}>
              {t.label}
            </Link>
          ))}
        </nav>
      </header>
      {route.view !== 'article' && <FilterBar place={place} />}
      <main id="main" tabIndex={-1} data-view={route.view}>
        <Body place={place} />
      </main>
    </div>
  );
}
