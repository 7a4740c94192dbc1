import { it } from 'vitest';
import { readText } from './read-buffer.js';
const EN = 'The ferry between the invented islands ran late on Monday because of high winds, the operator said, and two crossings were cancelled. ';
function time(label: string, f: () => any) { const t0 = performance.now(); let r; try { r = f(); } catch (e) { r = 'threw ' + (e as Error).message; } console.log('PERF', label, Math.round(performance.now() - t0), 'ms', JSON.stringify(r).slice(0, 200)); }
it('x', () => {
  time('lt 1e6', () => readText('a.html', '<'.repeat(1e6), { maxBytes: 1e9 }));
  time('lt 4e6', () => readText('a.html', '<'.repeat(4e6), { maxBytes: 1e9 }));
  time('lt< 4e6', () => readText('a.html', '< '.repeat(2e6), { maxBytes: 1e9 }));
  time('a 2e6', () => readText('a.html', '<a'.repeat(2e6), { maxBytes: 1e9 }));
  time('nest b 3e5', () => readText('a.html', '<b>'.repeat(3e5), { maxBytes: 1e9 }));
  time('comment 1e6', () => readText('a.html', '<!--'.repeat(1e6), { maxBytes: 1e9 }));
  time('feed deep', () => readText('a.rss', `<rss><channel><item><description>${'&lt;b&gt;'.repeat(1e5)}${EN}</description></item></channel></rss>`, { maxBytes: 1e9 }));
  time('feed lt', () => readText('a.rss', `<rss><channel><item><description>${'&lt;'.repeat(1e6)}${EN}</description></item></channel></rss>`, { maxBytes: 1e9 }));
  time('xml deep', () => readText('a.rss', `<rss>${'<x>'.repeat(1e5)}${'</x>'.repeat(1e5)}</rss>`, { maxBytes: 1e9 }));
  time('html 16MB', () => readText('a.html', `<html><body><article>${`<p>${EN.repeat(5)}</p>`.repeat(25000)}</article></body></html>`, { maxBytes: 1e9 }).map((x: any) => x.kind));
}, 600000);
