import { it } from 'vitest';
import { readText } from './read-buffer.js';
const EN = 'The ferry between the invented islands ran late on Monday because of high winds, the operator said, and two crossings were cancelled. ';
function time(label: string, f: () => any) { const t0 = performance.now(); let r; try { r = f(); } catch (e) { r = 'threw ' + (e as Error).message; } console.log('PERF', label, Math.round(performance.now() - t0), 'ms', JSON.stringify(r).slice(0, 200)); }
it('x', () => {
  time('lt 1e6', () => readText('a.html', '<'.repeat(1e6), { maxBytes: 1e9 }));
}, 600000);
