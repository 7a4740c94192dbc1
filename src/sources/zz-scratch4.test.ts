import { it } from 'vitest';
import { readText } from './read-buffer.js';
const EN = 'The ferry between the invented islands ran late on Monday because of high winds, the operator said, and two crossings were cancelled. ';
function time(label: string, f: () => any) { const t0 = performance.now(); let r; try { r = f(); } catch (e) { r = 'threw ' + (e as Error).message; } console.log('PERF', label, Math.round(performance.now() - t0), 'ms', JSON.stringify(r).slice(0, 160)); }
const o = { maxBytes: 1e9 };
it('x', () => {
  time('lt 4e6', () => readText('a.html', '<'.repeat(4e6), o));
  time('a 2e6', () => readText('a.html', '<a'.repeat(2e6), o));
  time('nest b 3e5', () => readText('a.html', '<b>'.repeat(3e5), o));
  time('comment 1e6', () => readText('a.html', '<!--'.repeat(1e6), o));
  time('feed deep', () => readText('a.rss', `<rss><channel><item><description>${'&lt;b&gt;'.repeat(1e5)}${EN}</description></item></channel></rss>`, o).map((x: any) => x.kind));
  time('feed lt', () => readText('a.rss', `<rss><channel><item><description>${'&lt;'.repeat(1e6)}${EN}</description></item></channel></rss>`, o).map((x: any) => x.kind));
  time('xml deep', () => readText('a.rss', `<rss>${'<x>'.repeat(1e5)}${'</x>'.repeat(1e5)}</rss>`, o));
  time('xml lt', () => readText('a.rss', '<'.repeat(4e6), o));
  time('html 16MB', () => readText('a.html', `<html><body><article>${`<p>${EN.repeat(5)}</p>`.repeat(25000)}</article></body></html>`, o).map((x: any) => x.kind));
  time('html 140k tags', () => readText('a.html', `<html><body><article>${`<p>${EN}<b>x</b></p>`.repeat(45000)}</article></body></html>`, o).map((x: any) => x.kind));
}, 600000);
