// What a pipeline component is: a name, the layers it reads, the layers it writes, and a
// function over one Doc.
import type { Doc } from '../doc/doc.js';
import type { LayerName } from '../doc/layers.js';

export interface Component {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc): void;
}

/**
 * Declares a component. The pipeline checks `requires` against what earlier components
 * `assign` when it is built, not while it runs.
 *
 * @example defineComponent({ name: 'dates', requires: ['sentences'], assigns: ['dates'], run })
 */
export function defineComponent(c: Component): Component {
  return Object.freeze({ ...c, requires: [...c.requires], assigns: [...c.assigns] });
}
