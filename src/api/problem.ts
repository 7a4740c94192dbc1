// Errors as RFC 9457 problem+json: catalogue errors keep their code, title, message and
// hint; anything else is logged and answered as a plain NG_E099 that leaks no internals.
import type { Context } from 'hono';
import { ERRORS, isNewsgraphError, NewsgraphError, type ErrorCode } from '../errors.js';

export const PROBLEM_TYPE = 'application/problem+json';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  hint?: string;
  instance: string;
  field?: string;
  issues?: unknown;
}

/** HTTP status of a catalogue code: client errors 4xx, database trouble 503, the rest 500. */
export function statusOf(code: ErrorCode): number {
  if (['NG_E001', 'NG_E002', 'NG_E020', 'NG_E060', 'NG_E062'].includes(code)) return 400;
  if (code === 'NG_E061' || code === 'NG_E011') return 413;
  if (code === 'NG_E063') return 401;
  if (code === 'NG_E032' || code === 'NG_E064') return 404;
  if (code === 'NG_E034') return 409;
  if (/^NG_E01\d$/.test(code) || code === 'NG_E033') return 422;
  if (code === 'NG_E030' || code === 'NG_E031') return 503;
  return 500;
}

/** The problem document of an error; unknown errors become a generic NG_E099. */
export function toProblem(e: unknown, instance: string, log: (line: string) => void = console.error): Problem {
  if (!isNewsgraphError(e)) {
    log(`NG_E099 ${instance}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return {
      type: 'urn:newsgraph:error:NG_E099', title: ERRORS.NG_E099.title, status: 500, code: 'NG_E099', instance,
      detail: 'the server failed on this request; it has been logged', hint: 'try again; if it keeps failing, report it with the URL',
    };
  }
  const status = typeof e.detail.status === 'number' ? e.detail.status : statusOf(e.code);
  const p: Problem = {
    type: `urn:newsgraph:error:${e.code}`, title: ERRORS[e.code].title, status, detail: e.message, code: e.code, instance,
  };
  if (e.hint) p.hint = e.hint;
  if (typeof e.detail.field === 'string') p.field = e.detail.field;
  if (Array.isArray(e.detail.issues)) p.issues = e.detail.issues;
  return p;
}

/** Answers `c` with the problem document of `e`. */
export function problemResponse(c: Context, e: unknown): Response {
  const p = toProblem(e, new URL(c.req.url).pathname);
  return c.body(JSON.stringify(p), p.status as 400, { 'Content-Type': PROBLEM_TYPE, 'Cache-Control': 'no-store' });
}

/** A catalogue error with a fixed HTTP status (for the cases one code answers in two ways). */
export function withStatus(code: ErrorCode, status: number, message: string, hint: string): NewsgraphError {
  return new NewsgraphError(code, message, { hint, detail: { status } });
}
