// The one catalogue of newsgraph errors: stable codes, and messages that say what was
// expected, what was found and what to do.

export const ERRORS = {
  NG_E001: { exit: 2, title: 'Bad command-line usage' },
  NG_E002: { exit: 2, title: 'Unknown option value' },
  NG_E010: { exit: 3, title: 'Input not found' },
  NG_E011: { exit: 3, title: 'Input too large' },
  NG_E012: { exit: 3, title: 'Input is empty' },
  NG_E013: { exit: 3, title: 'Input is binary or not valid UTF-8' },
  NG_E014: { exit: 3, title: 'Wire header missing or invalid' },
  NG_E015: { exit: 3, title: 'HTML page has no article text' },
  NG_E016: { exit: 3, title: 'Malformed feed' },
  NG_E017: { exit: 3, title: 'Malformed NDJSON line' },
  NG_E018: { exit: 3, title: 'Unsupported file type' },
  NG_E019: { exit: 3, title: 'Article is not in English' },
  NG_E020: { exit: 3, title: 'Invalid date' },
  NG_E030: { exit: 4, title: 'Database cannot be opened' },
  NG_E031: { exit: 4, title: 'Database schema is newer than this newsgraph' },
  NG_E032: { exit: 4, title: 'Not found in the store' },
  NG_E033: { exit: 4, title: 'Record cannot be stored' },
  NG_E034: { exit: 4, title: 'Article id prefix is ambiguous' },
  NG_E040: { exit: 5, title: 'Bad lexicon or dictionary file' },
  NG_E041: { exit: 5, title: 'Bad pipeline configuration' },
  NG_E050: { exit: 6, title: 'Gold set not found or unreadable' },
  NG_E070: { exit: 4, title: 'Job queue (Redis) cannot be reached' },
  NG_E071: { exit: 3, title: 'Malformed job payload' },
  NG_E072: { exit: 4, title: 'Job failed repeatedly and went to the dead-letter list' },
  NG_E073: { exit: 70, title: 'Extraction worker thread failed' },
  NG_E074: { exit: 3, title: 'Feed cannot be fetched' },
  NG_E060: { exit: 2, title: 'Invalid query' },
  NG_E061: { exit: 2, title: 'Request body too large' },
  NG_E062: { exit: 2, title: 'Malformed request body' },
  NG_E063: { exit: 2, title: 'Ingest refused: token missing or wrong' },
  NG_E064: { exit: 2, title: 'No such endpoint' },
  NG_E065: { exit: 2, title: 'Server cannot listen' },
  NG_E099: { exit: 70, title: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error a user can act on: a stable code, what went wrong and what to do. */
export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly detail: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, opts: { hint?: string; detail?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'NewsgraphError';
    this.code = code;
    this.hint = opts.hint;
    this.detail = opts.detail ?? {};
  }

  get exitCode(): number {
    return ERRORS[this.code].exit;
  }

  /** One readable line for a terminal: `NG_E014 file.txt: ... (what to do)`. */
  toLine(): string {
    return `${this.code} ${this.message}${this.hint ? ` — ${this.hint}` : ''}`;
  }
}

export function isNewsgraphError(e: unknown): e is NewsgraphError {
  return e instanceof NewsgraphError;
}
