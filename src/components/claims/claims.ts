// The claims component (stub while quotes are tuned).
import { defineComponent, type Component } from '../component.js';

export function claimsComponent(): Component {
  return defineComponent({
    name: 'claims',
    requires: ['tokens', 'sentences', 'pos', 'entities', 'quotes'],
    assigns: ['claims'],
    run(doc) {
      doc.set('claims', []);
    },
  });
}
