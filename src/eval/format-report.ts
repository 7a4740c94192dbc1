// Prints an evaluation report as a table a person reads, or as JSON.
import type { EvalReport } from './suite.js';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

export function formatReport(r: EvalReport): string[] {
  const width = Math.max(24, ...Object.keys(r.fields).map((k) => k.length));
  const out = [`${r.suite}: ${r.items} gold items from ${r.gold}`, `${'field'.padEnd(width)}      P      R     F1     tp     fp     fn`];
  for (const [k, m] of Object.entries(r.fields)) {
    out.push(`${k.padEnd(width)}  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${String(m.tp).padStart(5)}  ${String(m.fp).padStart(5)}  ${String(m.fn).padStart(5)}`);
  }
  for (const [k, v] of Object.entries(r.figures ?? {})) out.push(`${k}: ${Number.isInteger(v) ? v : pct(v).trim() + '%'}`);
  for (const n of r.notes ?? []) out.push(`note: ${n}`);
  return out;
}
