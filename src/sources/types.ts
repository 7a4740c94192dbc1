// Types shared by the source readers: the options a caller gives and the context a reader gets.

/** Options of `readInputs` and `readBuffer`. */
export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for inputs that carry none, such as plain text files. */
  date?: string;
  /** Largest input read whole, in bytes (default 20 MiB); NDJSON applies it per line. */
  maxBytes?: number;
  /** Outlet name that overrides the file name (and the feed title) as `Article.source`. */
  source?: string;
}

/** The formats a reader exists for. */
export type Format = 'wire' | 'text' | 'html' | 'feed' | 'jsonfeed' | 'ndjson';

/** What every reader knows about the input it reads. */
export interface ReadContext {
  /** Where the input came from (a path or a name); items of a feed add `#N`. */
  origin: string;
  /** Base name of the file, the default `Article.source`. */
  name: string;
  /** `ReadOptions.source`, when given. */
  source: string | undefined;
  /** `ReadOptions.date`, already validated, for inputs without a date of their own. */
  date: string | null;
  maxBytes: number;
}
