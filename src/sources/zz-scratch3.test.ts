import { it } from 'vitest';
import { parseHTML } from 'linkedom';
function time(label: string, f: () => any) { const t0 = performance.now(); let r; try { r = f(); } catch (e) { r = 'threw ' + (e as Error).message; } console.log('PERF', label, Math.round(performance.now() - t0), 'ms'); }
it('x', () => {
  for (const n of [10000, 20000, 40000, 80000]) {
    time('nest open+close ' + n, () => parseHTML(`<html><body>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}</body></html>`));
    time('nest open only ' + n, () => parseHTML(`<html><body>${'<div>'.repeat(n)}x</body></html>`));
    time('nest b ' + n, () => parseHTML(`<html><body>${'<b>'.repeat(n)}x</body></html>`));
    time('flat ' + n, () => parseHTML(`<html><body>${'<div></div>'.repeat(n)}x</body></html>`));
  }
}, 600000);
