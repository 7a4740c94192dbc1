// The shapes a Query is served in: pages of event, article, actor and quote rows, aggregate
// buckets and actor graphs. Backend-independent; every Store returns exactly these.

/** One page of a list; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Page size and position; the cursor is the `nextCursor` of the previous page. */
export interface PageRequest {
  limit: number;
  cursor?: string | null;
}

/**
 * One event as one article reported it, flat, with its provenance: the article, the
 * sentence and the character offsets of trigger and actors. Every export starts from these.
 */
export interface EventRow {
  /** Id of this event mention (stable; the list cursor's tie-breaker). */
  id: number;
  /** Id of the `events` row; mentions that share a signature describe one event. */
  eventId: number;
  signature: string;
  /** Effective day (YYYY-MM-DD): the event's date, else the publication date; null if neither. */
  day: string | null;
  /** The event's date as the record gives it (day, week, month, year or interval). */
  eventDate: string | null;
  dateText: string | null;
  sourceCode: string | null;
  sourceCountry: string | null;
  sourceName: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  targetCode: string | null;
  targetCountry: string | null;
  targetName: string | null;
  targetStart: number | null;
  targetEnd: number | null;
  cameo: string;
  root: string;
  quadClass: number;
  goldstein: number;
  plover: string | null;
  placeName: string | null;
  placeCountry: string | null;
  lat: number | null;
  lon: number | null;
  modality: string;
  negated: boolean;
  confidence: number;
  rule: string | null;
  articleId: string;
  title: string;
  outlet: string;
  url: string | null;
  lang: string;
  published: string | null;
  sentence: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentence the event was coded from. */
  sentenceText: string;
  triggerStart: number;
  triggerEnd: number;
  triggerText: string;
  /** Length of the article text in characters. */
  docLength: number;
  /** When newsgraph stored the article (UTC ISO 8601). */
  addedAt: string;
  /** Smallest events id of the signature: GDELT's GLOBALEVENTID, the same in every export. */
  globalEventId: number;
  /** When newsgraph stored the first mention of the signature (UTC ISO 8601): GDELT's DATEADDED. */
  eventAddedAt: string;
}

/** Names of the people, organisations and places of an event's article (POLECAT's story columns). */
export interface StoryNames {
  people: string[];
  organizations: string[];
  locations: string[];
}

/** One event of the GDELT event table: the mentions that share a signature, counted. */
export interface EventGroupRow extends EventRow {
  numMentions: number;
  numSources: number;
  numArticles: number;
  /** Earliest publication date among the mentions. */
  firstSeen: string | null;
}

export type Interval = 'day' | 'week' | 'month';

export const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

export type GroupBy = 'none' | 'actor' | 'source' | 'target' | 'dyad' | 'root' | 'quad' | 'plover' | 'country' | 'place' | 'outlet';

export const GROUP_BYS: readonly GroupBy[] = ['none', 'actor', 'source', 'target', 'dyad', 'root', 'quad', 'plover', 'country', 'place', 'outlet'];

export interface AggregateSpec {
  interval: Interval;
  groupBy: GroupBy;
}

/**
 * One bucket of an aggregate. `total` counts every event of the bucket that passes only the
 * time window, modality, negation and confidence conditions, so `count / total` is the share.
 */
export interface AggregateRow {
  /** First day of the bucket (YYYY-MM-DD; weeks start on Monday, ISO 8601). */
  bucket: string;
  /** The group: an actor code, `SRC>TGT` for a dyad, a root code, ...; '' for none or unknown. */
  key: string;
  count: number;
  goldsteinSum: number;
  goldsteinMean: number;
  total: number;
  ratio: number;
}

export interface AggregateResult extends AggregateSpec {
  buckets: AggregateRow[];
  /** True when there were more rows than the store returns at once (50,000); narrow the query. */
  truncated: boolean;
}

/** An actor code seen in the events of a query. */
export interface ActorRow {
  code: string;
  /** A name the articles use for it (the most frequent one). */
  name: string | null;
  asSource: number;
  asTarget: number;
  events: number;
  firstDay: string | null;
  lastDay: string | null;
}

export interface QuoteRow {
  articleId: string;
  quoteId: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  cue: string | null;
  /** The speaker's words ("he", "the ministry"). */
  speakerName: string | null;
  /** The name of the speaker's entity ("Vladimir Putin"); null for no speaker or several. */
  speaker: string | null;
  speakerCode: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  title: string;
  outlet: string;
  url: string | null;
  published: string | null;
}

export interface GraphNode {
  id: string;
  label: string | null;
  events: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  events: number;
  goldsteinMean: number;
  firstDay: string | null;
  lastDay: string | null;
}

/** The actor network of a query: the busiest edges and the actors on them. */
export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when more edges matched than `limit` allowed. */
  truncated: boolean;
}

/** A full-text hit: the article and a snippet with the matched words marked «like this». */
export interface SearchHit {
  id: string;
  title: string;
  date: string | null;
  source: string;
  url: string | null;
  lang: string;
  snippet: string;
}

/** An actor's profile: its counts, the co-actors it deals with and its latest events and quotes. */
export interface ActorProfile {
  actor: ActorRow;
  coActors: { code: string; events: number; goldsteinMean: number }[];
  events: EventRow[];
  quotes: QuoteRow[];
}
