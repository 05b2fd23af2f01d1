import { z } from 'astro/zod';

/**
 * A source in content/sources/ that gave no entry, or not for every article
 * in it, and why: one YAML file per source under content/refusals/, named
 * like its entry (`<path under sources>.yaml`). Written by the ingester,
 * read by the build's reconciliation, which accepts a source only when it
 * has an entry or this record.
 */
export const refusalRecordSchema = z.strictObject({
  /** The raw source, as an entry's `source` names it. */
  source: z.strictObject({
    path: z.string().regex(/^content\/sources\/[^/].*$/, 'must be a file under content/sources/'),
    /** SHA-256 of the source's bytes when it was refused, lowercase hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
  }),
  /** Each article without an entry; one item without `part` when the whole file was refused. */
  articles: z
    .array(
      z.strictObject({
        /** Which article of a file that holds several. */
        part: z.string().min(1).optional(),
        /** `refused`, or `duplicate`: the same text is already another entry. */
        status: z.enum(['refused', 'duplicate']),
        /** The field at fault (`(file)` for the file as a whole). */
        field: z.string().min(1),
        reason: z.string().min(1),
      }),
    )
    .min(1, 'must list at least one article'),
});

export type RefusalRecord = z.infer<typeof refusalRecordSchema>;
