// The OpenAPI 3.1 document of the HTTP API, built from the same parameter table the Query
// parser reads, so the document and the validation cannot drift apart.
import { EXPORT_FORMATS } from '../query/export/formats.js';
import { MAX_PAGE, QUERY_PARAMS, QUOTE_ONLY } from '../query/params.js';
import type { Query } from '../query/query.js';
import { GROUP_BYS, INTERVALS } from '../query/types.js';

type Json = Record<string, unknown>;

const ALL_FIELDS = (Object.keys(QUERY_PARAMS) as (keyof Query)[]).filter((f) => !QUOTE_ONLY.includes(f));
const ARTICLE_FIELDS: (keyof Query)[] = ['outlet', 'time', 'dateField', 'text'];

function queryParam(name: keyof Query): Json {
  const doc = QUERY_PARAMS[name];
  const schema = doc.kind === 'one' ? { type: 'string' } : { type: 'array', items: { type: 'string' }, maxItems: 100 };
  const list = doc.kind === 'codes' ? ' Comma-separated or repeated.' : doc.kind === 'names' ? ' Repeat the parameter for several.' : '';
  return { name, in: 'query', required: false, description: `${doc.description}.${list}`, schema, example: doc.example, explode: true };
}

const param = (name: string, description: string, schema: Json, required = false): Json => ({ name, in: 'query', required, description, schema });
const LIMIT = (dflt: number) => param('limit', `Page size, 1 to ${MAX_PAGE}`, { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: dflt });
const CURSOR = param('cursor', 'nextCursor of the previous page (opaque)', { type: 'string' });
const PROBLEM = { description: 'Problem (RFC 9457) with the newsgraph error code', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };

function get(summary: string, params: Json[], ok: Json, fields: (keyof Query)[] = ALL_FIELDS): Json {
  return {
    get: {
      summary, parameters: [...fields.map(queryParam), ...params],
      responses: { 200: ok, 400: PROBLEM, 404: PROBLEM, 500: PROBLEM },
    },
  };
}

const json = (description: string, schema: Json = { type: 'object' }): Json => ({ description, content: { 'application/json': { schema } } });
const page = (item: string): Json => json(`A page of ${item}`, {
  type: 'object', required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items: { type: 'object' } }, nextCursor: { type: ['string', 'null'] }, next: { type: ['string', 'null'] } },
});

/** The OpenAPI 3.1 document served at /api/openapi.json. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API', version: '0.1.0',
      description: 'Ask the event graph: one Query (the parameters shared by every read) served as lists, aggregates and exports. See docs/query-and-api.md.',
    },
    paths: {
      '/api/events': get('Event mentions, newest first, with provenance', [LIMIT(50), CURSOR], page('events')),
      '/api/events/aggregate': get('Counts and Goldstein sums per bucket and group, with bucket totals', [
        param('interval', 'Bucket', { type: 'string', enum: INTERVALS, default: 'month' }),
        param('groupBy', 'Group key', { type: 'string', enum: GROUP_BYS, default: 'none' }),
        param('format', 'json, or csv for the table behind a chart', { type: 'string', enum: ['json', 'csv'], default: 'json' }),
      ], json('Buckets')),
      '/api/articles': get('Articles (with a matching event when the query has event conditions)', [LIMIT(50), CURSOR], page('articles')),
      '/api/articles/{id}': {
        get: {
          summary: 'One article: its text and every span layer (the extraction record)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-fA-F]{6,64}$' } }],
          responses: { 200: json('Extraction record'), 400: PROBLEM, 404: PROBLEM },
        },
      },
      '/api/actors': get('Actors of the matching events, most events first', [LIMIT(50), CURSOR], page('actors')),
      '/api/actors/{code}': {
        get: {
          summary: "One actor: counts, co-actors, latest events and quotes",
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9]{2,20}$' } }, ...ALL_FIELDS.map(queryParam), LIMIT(20)],
          responses: { 200: json('Actor profile'), 400: PROBLEM, 404: PROBLEM },
        },
      },
      '/api/quotes': get('Quotes; actor codes or speaker names select the speaker', [LIMIT(50), CURSOR], page('quotes'), ['actor', 'source', 'target', 'speaker', ...ARTICLE_FIELDS]),
      '/api/graph': get('Actor network: the busiest dyads and their actors', [LIMIT(100)], json('Nodes and edges')),
      '/api/search': get('Full-text search with snippets (text is required)', [LIMIT(50), CURSOR], page('hits'), ARTICLE_FIELDS),
      '/api/export': {
        get: {
          summary: 'The whole result, streamed; the Link header points to the codebook',
          parameters: [...ALL_FIELDS.map(queryParam), param('format', 'Export format', { type: 'string', enum: EXPORT_FORMATS }, true)],
          responses: { 200: { description: 'The export file' }, 400: PROBLEM },
        },
      },
      '/api/export/codebook': get('The codebook of an export format (Markdown)', [param('format', 'Export format', { type: 'string', enum: EXPORT_FORMATS }, true)], { description: 'Markdown', content: { 'text/markdown': {} } }),
      '/api/ingest': {
        post: {
          summary: 'Extract and store articles: a raw body named by ?name= (wire, text, HTML, feed, NDJSON) or JSON {items:[{name,text}]}',
          security: [{ bearer: [] }],
          parameters: [
            param('name', 'File name of a raw body; its extension picks the reader', { type: 'string' }),
            param('outlet', 'Outlet name for the articles (their source)', { type: 'string' }),
            param('date', 'Publication date (YYYY-MM-DD) for inputs without one', { type: 'string', format: 'date' }),
          ],
          requestBody: { required: true, content: { '*/*': {}, 'application/json': { schema: { type: 'object', properties: { items: { type: 'array' } } } } } },
          responses: { 200: json('Counts per ledger status and one ledger entry per input'), 400: PROBLEM, 401: PROBLEM, 403: PROBLEM, 413: PROBLEM, 422: PROBLEM },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json('OpenAPI 3.1') } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'NEWSGRAPH_TOKEN' } },
      schemas: {
        Problem: {
          type: 'object', required: ['type', 'title', 'status', 'detail', 'code'],
          properties: {
            type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
            code: { type: 'string', pattern: '^NG_E\\d{3}$' }, hint: { type: 'string' }, instance: { type: 'string' }, field: { type: 'string' },
          },
        },
      },
    },
  };
}
