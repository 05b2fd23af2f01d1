import { z } from 'astro/zod';
import { parsePublished } from '../lib/published-date.ts';

const text = () => z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const names = () =>
  z
    .array(text(), { error: 'must be a list' })
    .refine((items) => new Set(items).size === items.length, 'lists the same value twice');

/**
 * One editorial decision in content/overrides.yaml, keyed there by the
 * source's file name. Every value set here wins over what the ingester would
 * derive, and is recorded with provenance `editor` and `reason` as evidence.
 */
export const overrideSchema = z.strictObject({
  /** The `published` value (see lib/published-date.ts), quoted. */
  date: z
    .string({ error: 'must be a quoted date string such as "2020-11-30"' })
    .check((ctx) => {
      const parsed = parsePublished(ctx.value);
      if (!parsed.ok) ctx.issues.push({ code: 'custom', input: ctx.value, message: parsed.reason });
    })
    .optional(),
  headline: text().optional(),
  dek: text().optional(),
  authors: names().optional(),
  publication: text().optional(),
  topics: names().optional(),
  people: names().optional(),
  /** Why: shown to readers as the evidence for every value this override sets. */
  reason: text(),
});

export type Override = z.infer<typeof overrideSchema>;
