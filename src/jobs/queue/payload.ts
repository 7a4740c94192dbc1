// The job payload: a batch of articles (or inputs that produced none) as `enqueue` reads
// them; the worker validates it at the boundary and dead-letters what does not fit.
import { z } from 'zod';
import type { SourceItem } from '../../sources/article.js';

export const PAYLOAD_VERSION = 1;
/** Items per job at most; `enqueue --batch` stays below it. */
export const MAX_ITEMS = 1000;

const article = z.object({
  id: z.string().min(1),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string(),
  url: z.string().nullable(),
  lang: z.string(),
  text: z.string(),
});

const item = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), origin: z.string(), article }),
  z.object({ kind: z.enum(['skipped', 'failed']), origin: z.string(), code: z.string(), reason: z.string() }),
]);

export const payloadSchema = z.object({ v: z.literal(PAYLOAD_VERSION), items: z.array(item).min(1).max(MAX_ITEMS) });

export type JobPayload = z.infer<typeof payloadSchema>;

/** The payload of one job. */
export function makePayload(items: SourceItem[]): JobPayload {
  return { v: PAYLOAD_VERSION, items };
}

/** Why `data` is not a payload, in one line: what was expected and what was found. */
export function payloadProblem(data: unknown): string | null {
  const parsed = payloadSchema.safeParse(data);
  if (parsed.success) return null;
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
  return `expected {v: ${PAYLOAD_VERSION}, items: [1..${MAX_ITEMS} articles]}, found ${issues.join('; ')}`;
}
