// JSON Feed (https://jsonfeed.org, versions 1 and 1.1): one article per item.
import { z } from 'zod';
import type { SourceItem } from './article.js';
import { feedEntriesToItems, type FeedBody, type FeedEntry } from './feed-entries.js';
import { errorText, failed } from './source-items.js';
import type { ReadContext } from './types.js';

const optionalText = z.string().nullish().catch(undefined);

const itemSchema = z.looseObject({
  url: optionalText,
  external_url: optionalText,
  title: optionalText,
  content_text: optionalText,
  content_html: optionalText,
  summary: optionalText,
  date_published: optionalText,
  date_modified: optionalText,
});

const feedSchema = z.looseObject({
  version: z.string().refine((v) => v.toLowerCase().includes('jsonfeed')),
  title: optionalText,
  items: z.array(z.unknown()),
});

type JsonItem = z.infer<typeof itemSchema>;

function entry(item: JsonItem): FeedEntry {
  const bodies: FeedBody[] = [
    { field: 'content_text', value: item.content_text ?? '', html: false },
    { field: 'content_html', value: item.content_html ?? '', html: true },
    { field: 'summary', value: item.summary ?? '', html: false },
  ];
  return {
    title: item.title ?? '',
    url: item.url ?? item.external_url ?? null,
    date: item.date_published ?? item.date_modified ?? null,
    bodies: bodies.filter((b) => b.value.trim() !== ''),
  };
}

/** Reads a JSON Feed. JSON that does not parse fails NG_E016; JSON that is not a JSON Feed, NG_E018. */
export function readJsonFeed(json: string, ctx: ReadContext): SourceItem[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return [failed(ctx.origin, 'NG_E016', `expected a JSON Feed, found JSON that does not parse (${errorText(e)}); fix the file`)];
  }
  const feed = feedSchema.safeParse(data);
  if (!feed.success) {
    return [
      failed(
        ctx.origin,
        'NG_E018',
        "expected a JSON Feed (a 'version' naming jsonfeed and an 'items' array), found other JSON; use .ndjson for one article per line",
      ),
    ];
  }
  const entries = feed.data.items.map((raw) => {
    const item = itemSchema.safeParse(raw);
    return entry(item.success ? item.data : {});
  });
  return feedEntriesToItems(entries, feed.data.title ?? '', ctx);
}
