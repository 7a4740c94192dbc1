// The one place that lists the built-in components, in their default order.
import type { ActorLexicon } from '../lexicon/actor-lexicon.js';
import type { EventLexicon } from '../lexicon/event-lexicon.js';
import type { AgentEntry } from './entities/agent-phrases.js';
import { amountsComponent } from './amounts/amounts.js';
import type { Component } from './component.js';
import { datesComponent } from './dates/dates.js';
import { entitiesComponent } from './entities/entities.js';
import { eventsComponent } from './events/events.js';
import { claimsComponent } from './claims/claims.js';
import { quotesComponent } from './quotes/quotes.js';

export interface ComponentOptions {
  /** Actor gazetteer (the shipped one by default; user dictionaries add to it). */
  lexicon?: ActorLexicon;
  /** Agent nouns by lowercase phrase ("troops" → MIL). */
  agents?: Map<string, AgentEntry>;
  /** CAMEO codebook and verb/noun patterns. */
  eventLexicon?: EventLexicon;
}

export const DEFAULT_COMPONENTS = ['entities', 'dates', 'amounts', 'quotes', 'claims', 'events'] as const;

const FACTORIES: Record<string, (o: ComponentOptions) => Component> = {
  entities: (o) => entitiesComponent({ lexicon: o.lexicon, agents: o.agents }),
  dates: () => datesComponent(),
  amounts: () => amountsComponent(),
  quotes: () => quotesComponent(),
  claims: () => claimsComponent(),
  events: (o) => eventsComponent({ lexicon: o.eventLexicon }),
};

export function componentNames(): string[] {
  return Object.keys(FACTORIES);
}

/** Makes components by name; an unknown name is a configuration error at start-up. */
export function makeComponents(names: readonly string[], opts: ComponentOptions = {}): Component[] {
  return names.map((n) => {
    const f = FACTORIES[n];
    if (!f) throw new Error(`unknown component "${n}"; known: ${componentNames().join(', ')}`);
    return f(opts);
  });
}
