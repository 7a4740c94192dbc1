// The extraction record v1 as a zod schema: validates records at boundaries (API input, NDJSON
// of records) and generates extraction-record.schema.json, the JSON Schema that ships.
import { z } from 'zod';

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() };
const dateValue = z.string().regex(/^\d{3,4}(-\d{2}(-\d{2})?|-W\d{2}(-WE)?)?(\/\d{3,4}(-\d{2}(-\d{2})?)?)?$/);
const code = z.string().regex(/^[A-Z0-9]{3,}$/).nullable();

const actor = z.object({
  entity: z.string().nullable(), code, country: z.string().nullable(), text: z.string(),
  start: z.number().int().optional(), end: z.number().int().optional(),
});

export const recordSchema = z.object({
  schema: z.literal('newsgraph.extraction/1'),
  article: z.object({
    id: z.string().regex(/^[0-9a-f]{16}$/), title: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    source: z.string(), url: z.string().nullable(), lang: z.string(), text: z.string(),
  }),
  sentences: z.array(z.object({ i: z.number().int().nonnegative(), start: z.number().int(), end: z.number().int() })),
  entities: z.array(z.object({
    id: z.string().regex(/^E\d+$/), name: z.string(),
    type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'GROUP']),
    code, country: z.string().nullable(), lat: z.number().nullable().optional(), lon: z.number().nullable().optional(),
    mentions: z.array(z.object({ ...span, kind: z.enum(['name', 'agent', 'description', 'pronoun']).optional() })),
  })),
  events: z.array(z.object({
    id: z.string(), sentence: z.number().int(), source: actor.nullable(), target: actor.nullable(),
    cameo: z.string().regex(/^\d{2,4}$/), root: z.string().regex(/^\d{2}$/), quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    goldstein: z.number().min(-10).max(10), plover: z.string().nullable(), trigger: z.object(span),
    date: dateValue.nullable(), dateText: z.string().nullable(),
    location: z.object({ name: z.string(), country: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() }).nullable(),
    negated: z.boolean(), modality: z.enum(['asserted', 'reported', 'hypothetical', 'future']),
    confidence: z.number().min(0).max(1), rule: z.string().optional(),
  })),
  quotes: z.array(z.object({
    id: z.string(), ...span,
    speaker: z.object({
      entity: z.string().nullable(), name: z.string(), start: z.number().int(), end: z.number().int(),
      members: z.array(z.string()).optional(), description: z.object(span).optional(),
    }).nullable(),
    cue: z.string().nullable(), kind: z.enum(['direct', 'partial', 'indirect', 'scare']),
    cueSpan: z.object(span).optional(), continues: z.string().optional(),
  })),
  dates: z.array(z.object({ ...span, value: dateValue, granularity: z.enum(['day', 'week', 'month', 'year', 'interval', 'decade']) })),
  amounts: z.array(z.object({ ...span, value: z.number(), unit: z.string().min(1) })),
  claims: z.array(z.object({
    ...span, speaker: z.string().nullable(), flag: z.enum(['disputed', 'false', 'unverified']), marker: z.object(span).optional(),
    claimant: z.object(span).optional(), quote: z.string().optional(),
  })),
});

/** The JSON Schema (draft 2020-12) of the record, as shipped in extraction-record.schema.json. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://newsgraph.dev/schema/extraction-record-1.json',
    title: 'newsgraph extraction record, version 1',
    ...z.toJSONSchema(recordSchema, { target: 'draft-2020-12' }),
  };
}
