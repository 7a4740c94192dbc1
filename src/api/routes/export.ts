// GET /api/export?format=...: the whole result of a Query, streamed page by page (memory
// stays flat), with the codebook linked; GET /api/export/codebook?format=... serves it.
import type { Hono } from 'hono';
import { NewsgraphError } from '../../errors.js';
import { renderCodebook } from '../../query/export/codebook.js';
import { EXPORT_FORMATS, FORMATS, type ExportFormat } from '../../query/export/formats.js';
import { queryToSearch } from '../../query/params.js';
import type { QueryableStore } from '../../store/store.js';
import { readParams } from '../request.js';

function formatOf(value: string | undefined): ExportFormat {
  if (value !== undefined && (EXPORT_FORMATS as readonly string[]).includes(value)) return FORMATS[value as ExportFormat['name']];
  throw new NewsgraphError('NG_E060', `query parameter "format": expected one of ${EXPORT_FORMATS.join(', ')}, found "${(value ?? '').slice(0, 40)}"`, {
    hint: 'add ?format=csv (or another listed format)', detail: { field: 'format' },
  });
}

/** A byte stream that pulls the next chunk only when the client has taken the last one. */
export function textStream(chunks: AsyncGenerator<string>, onError: (e: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (e) {
        // Headers are gone by now: log, and cut the body so the client sees an incomplete file.
        onError(e);
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  }, { highWaterMark: 1 });
}

export function registerExportRoutes(app: Hono, store: QueryableStore): void {
  app.get('/api/export', async (c) => {
    const { query, extra } = readParams(c, { extra: ['format'] });
    const format = formatOf(extra.format);
    const file = `newsgraph-events${format.suffix}`;
    const stream = textStream(format.write(store, query), (e) => console.error(`NG_E099 export ${format.name} failed mid-stream:`, e));
    return new Response(stream, {
      headers: {
        'Content-Type': format.mediaType,
        'Content-Disposition': `attachment; filename="${file}"`,
        Link: `</api/export/codebook?format=${format.name}&${queryToSearch(query)}>; rel="describedby"`,
        'Cache-Control': 'no-cache',
      },
    });
  });

  app.get('/api/export/codebook', async (c) => {
    const { query, extra } = readParams(c, { extra: ['format'] });
    const format = formatOf(extra.format);
    return c.body(renderCodebook(format.codebook, queryToSearch(query)), 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
  });
}
