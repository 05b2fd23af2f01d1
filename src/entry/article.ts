import { z } from 'astro/zod';
import { hasInvisibleFormatting, hasXmlForbidden } from './invisible-formatting.ts';
import { archive } from './config.ts';
import { outOfArchiveRange, parsePublished } from './published-date.ts';
import { provenanceSchema } from './provenance.ts';
import { sourceNameProblem } from './source-name.ts';
import { isReservedSlug } from './story-path.ts';

const nonEmpty = () =>
  z
    .string({ error: 'must be text' })
    .trim()
    .min(1, 'must not be empty')
    .refine(
      (text) => !hasInvisibleFormatting(text),
      'contains invisible formatting characters (a direction override such as U+202E, or a zero-width space); remove them',
    )
    .refine(
      (text) => !hasXmlForbidden(text),
      'contains a control character XML does not allow (such as U+0001, U+0008, U+000B, U+FFFE), which would break the feeds; remove it',
    );

/**
 * The most authors, topics or people one entry may list. Each topic and
 * person has pages of its own, so one source with thousands of tags would
 * otherwise make thousands of pages (the ingester keeps the first ones and
 * says how many it left out; see ingest/deciding/decide-entry.ts).
 */
export const MAX_LIST_ITEMS = 20;

/** A list of names or labels: each non-empty, no repeats, at most MAX_LIST_ITEMS. */
const labelList = () =>
  z
    .array(nonEmpty(), { error: 'must be a list' })
    .max(
      MAX_LIST_ITEMS,
      `lists more than ${MAX_LIST_ITEMS} values; keep the ${MAX_LIST_ITEMS} that matter most (each has pages of its own)`,
    )
    .refine((items) => new Set(items).size === items.length, 'lists the same value twice');

/** Names each unknown key, since Astro shows an issue at the top level without a field path. */
const unknownKeys = (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `${(issue.keys ?? []).join(', ')}: ${issue.keys?.length === 1 ? 'is not a field' : 'are not fields'} of an entry (check the spelling)`
    : undefined;

const THREAD_FIELD_ERROR =
  'must be a thread id (lowercase letters and digits joined by hyphens, as in /threads/<id>/) or false';

/** ISO 8601 date with its precision in the value; see entry/published-date.ts. */
const publishedSchema = z.string({ error: 'must be a quoted ISO 8601 date string' }).check((ctx) => {
  const parsed = parsePublished(ctx.value);
  const problem = parsed.ok ? outOfArchiveRange(parsed.date, archive.timeZone) : parsed.reason;
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
});

/**
 * The one contract between the ingester and the site: the front matter of
 * every entry in content/articles/. Unknown keys are errors, so a typo in a
 * hand edit is caught rather than ignored.
 */
export const articleSchema = z
  .strictObject(
    {
      /** The story's headline as shown on its page. */
      headline: nonEmpty(),
      /** Optional standfirst shown under the headline. */
      dek: nonEmpty().optional(),
      /**
       * Publication date: see entry/published-date.ts for the accepted forms.
       * Absent on an undated entry (kept by `undated: keep` in
       * content/ingest.yaml), whose story is at /undated/<slug>/.
       */
      published: publishedSchema.optional(),
      /**
       * When set, `published` is a bound on the date, not the date: `earliest`,
       * the story appeared on that date or later ("On or after November 30,
       * 2020"); `latest`, on it or earlier. Absent: `published` is the date, as
       * precisely as it is written. Set by an override's `bound` (docs/archiving.md).
       */
      publishedBound: z.enum(['earliest', 'latest'], { error: 'must be "earliest" or "latest"' }).optional(),
      /** Bylined authors, in byline order. */
      authors: labelList().optional(),
      /** The publication that ran the story, only when the source names it. */
      publication: nonEmpty().optional(),
      /** Where the story was first published, as the source gives it: an http(s) URL. */
      url: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
      /** Last segment of the story URL: lowercase ASCII words joined by hyphens, at least one with a letter. */
      slug: z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters and digits joined by single hyphens')
        .max(80, 'must be at most 80 characters')
        .refine(
          (slug) => !isReservedSlug(slug),
          'must hold a letter and must not be "page": such a slug names a folder of the date archive (/2021/03/, /2021/page/2/); add a word',
        ),
      /** Subjects the story is about. */
      topics: labelList().optional(),
      /** People the story is about or quotes. */
      people: labelList().optional(),
      /**
       * The editor's word on the story's thread (see lib/threads/): a thread id, as in
       * /threads/<id>/, to put it in that thread, or false to keep it out of every
       * thread. Absent: the story is grouped by its text, people and date.
       */
      thread: z
        .union([z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, THREAD_FIELD_ERROR), z.literal(false)], {
          error: THREAD_FIELD_ERROR,
        })
        .optional(),
      /** The raw source this entry was made from, as received. */
      source: z.strictObject({
        /** Repository-relative path of the raw file. */
        path: z
          .string({ error: 'must be text' })
          .regex(/^content\/sources\/./, 'must be a file under content/sources/')
          .check((ctx) => {
            if (!/^content\/sources\/./.test(ctx.value)) return;
            const problem = sourceNameProblem(ctx.value.slice('content/sources/'.length));
            if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
          }),
        /** SHA-256 of the raw file's bytes, lowercase hex. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
        /** Which article of a file that holds several (a wire file, a JSON array): its id or 1-based position. */
        part: nonEmpty().optional(),
      }),
      /** How each derived field got its value. `headline` is always recorded, every other field whenever it is set. */
      provenance: z.strictObject({
        headline: provenanceSchema,
        published: provenanceSchema.optional(),
        publishedBound: provenanceSchema.optional(),
        dek: provenanceSchema.optional(),
        authors: provenanceSchema.optional(),
        publication: provenanceSchema.optional(),
        url: provenanceSchema.optional(),
        topics: provenanceSchema.optional(),
        people: provenanceSchema.optional(),
      }),
      /** Written by the ingester; absent on entries made by hand. */
      ingest: z
        .strictObject({
          /** SHA-256 of the entry as the ingester wrote it; a mismatch means it was edited by hand. */
          entrySha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
          /**
           * SHA-256 of the body's normalised text (see ingest/fingerprint.ts): the
           * same article received twice, in any format, has the same value.
           */
          textSha256: z
            .string()
            .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
            .optional(),
        })
        .optional(),
    },
    { error: unknownKeys },
  )
  .superRefine((entry, ctx) => {
    if (entry.published !== undefined && entry.provenance.published === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['provenance', 'published'],
        message: 'published is set, so provenance.published must say where it came from',
      });
    }
    if (entry.published === undefined && entry.provenance.published !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message:
          'is missing, but provenance.published says where a date came from; give the date, or remove provenance.published to leave the entry undated',
      });
    }
    if (entry.publishedBound !== undefined && entry.published === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedBound'],
        message: 'is set, but there is no published date for it to bound; give the date, or remove publishedBound',
      });
    }
    for (const field of ['publishedBound', 'dek', 'authors', 'publication', 'url', 'topics', 'people'] as const) {
      if (entry[field] !== undefined && entry.provenance[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['provenance', field],
          message: `${field} is set, so provenance.${field} must say where it came from`,
        });
      }
    }
    for (const [field, record] of Object.entries(entry.provenance)) {
      if (record && (record.method === 'inferred' || record.method === 'editor') && !record.evidence) {
        ctx.addIssue({
          code: 'custom',
          path: ['provenance', field, 'evidence'],
          message: `an ${record.method} value must give its evidence`,
        });
      }
    }
  });

export type Article = z.infer<typeof articleSchema>;
