// The one place that lists the built-in components, in their default order.
import type { ActorLexicon } from '../lexicon/actor-lexicon.js';
import { amountsComponent } from './amounts/amounts.js';
import type { Component } from './component.js';
import { datesComponent } from './dates/dates.js';
import { entitiesComponent } from './entities/entities.js';
import { eventsComponent } from './events/events.js';

export interface ComponentOptions {
  lexicon?: ActorLexicon;
}

export const DEFAULT_COMPONENTS = ['entities', 'dates', 'amounts', 'events'] as const;

const FACTORIES: Record<string, (o: ComponentOptions) => Component> = {
  entities: (o) => entitiesComponent({ lexicon: o.lexicon }),
  dates: () => datesComponent(),
  amounts: () => amountsComponent(),
  events: () => eventsComponent(),
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
