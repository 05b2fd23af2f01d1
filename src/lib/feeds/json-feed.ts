import { z } from 'astro/zod';
import type { Feed } from './feed.ts';

/** RFC 3339 date-time, as JSON Feed requires: seconds always, offset or Z. */
const rfc3339 = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/, 'must be an RFC 3339 date-time');
const absoluteUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** The JSON Feed 1.1 fields this archive writes (https://jsonfeed.org/version/1.1). */
export const jsonFeedItemSchema = z.strictObject({
  /** Unique and stable: the story's URL. */
  id: z.string().min(1),
  url: absoluteUrl,
  /** Where the story was first published. */
  external_url: absoluteUrl.optional(),
  title: z.string().min(1),
  content_html: z.string(),
  summary: z.string().optional(),
  /** Absent for a story known only to its year or month, which names no moment: `_archive.published` gives its date. */
  date_published: rfc3339.optional(),
  /** This archive's extension (JSON Feed "custom objects"): the date as precisely as it is known, "2021" or "2021-03". */
  _archive: z.strictObject({ published: z.string().regex(/^\d{4}(?:-\d{2})?$/, 'must be YYYY or YYYY-MM') }).optional(),
  authors: z.array(z.strictObject({ name: z.string().min(1) })).optional(),
  tags: z.array(z.string().min(1)).optional(),
});

export const jsonFeedSchema = z.strictObject({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string().min(1),
  home_page_url: absoluteUrl,
  feed_url: absoluteUrl,
  description: z.string().optional(),
  language: z.string().min(1),
  items: z.array(jsonFeedItemSchema),
});

export type JsonFeed = z.infer<typeof jsonFeedSchema>;

/**
 * The feed as a JSON Feed 1.1 document. The result is checked against
 * jsonFeedSchema, so a feed that breaks the format fails the build, naming
 * the field, instead of being published.
 */
export function renderJsonFeed(feed: Feed): string {
  const document: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrl,
    description: feed.description,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      ...(item.externalUrl !== undefined ? { external_url: item.externalUrl } : {}),
      title: item.title,
      content_html: item.contentHtml,
      ...(item.summary !== undefined ? { summary: item.summary } : {}),
      ...(item.publishedDateTime !== undefined
        ? { date_published: item.publishedDateTime }
        : { _archive: { published: item.publishedIsoDate } }),
      ...(item.authors.length > 0 ? { authors: item.authors.map((name) => ({ name })) } : {}),
      ...(item.tags.length > 0 ? { tags: [...item.tags] } : {}),
    })),
  };
  const checked = jsonFeedSchema.safeParse(document);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${feed.feedUrl}: not a valid JSON Feed 1.1:\n${problems.join('\n')}`);
  }
  return JSON.stringify(checked.data, null, 2);
}
