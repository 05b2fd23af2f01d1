import { z } from 'astro/zod';
import { parsePublished } from '../../entry/published-date.ts';

const text = () => z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');
const names = () =>
  z
    .array(text(), { error: 'must be a list' })
    .refine((items) => new Set(items).size === items.length, 'lists the same value twice');

/** The fields an override can set, in the order an entry shows them. */
export const OVERRIDE_FIELDS = [
  'date',
  'bound',
  'headline',
  'dek',
  'authors',
  'publication',
  'topics',
  'people',
] as const;

export type OverrideField = (typeof OVERRIDE_FIELDS)[number];

/** One optional reason per field an override can set. */
function reasonsShape() {
  return Object.fromEntries(OVERRIDE_FIELDS.map((field) => [field, text().optional()])) as {
    [F in OverrideField]: z.ZodOptional<z.ZodString>;
  };
}

/**
 * One editorial decision in content/overrides.yaml, keyed there by the
 * source's file name. Every value set here wins over what the ingester would
 * derive, and is recorded with provenance `editor` and, as evidence, its own
 * entry in `reasons` or else `reason`.
 */
export const overrideSchema = z
  .strictObject({
    /** The `published` value (see entry/published-date.ts), quoted. */
    date: z
      .string({ error: 'must be a quoted date string such as "2020-11-30"' })
      .check((ctx) => {
        const parsed = parsePublished(ctx.value);
        if (!parsed.ok) ctx.issues.push({ code: 'custom', input: ctx.value, message: parsed.reason });
      })
      .optional(),
    /**
     * That `date` is a bound, not the date: `earliest` (published on it or
     * later) or `latest` (on it or earlier). Written to the entry as
     * `publishedBound`.
     */
    bound: z.enum(['earliest', 'latest'], { error: 'must be "earliest" or "latest"' }).optional(),
    headline: text().optional(),
    dek: text().optional(),
    authors: names().optional(),
    publication: text().optional(),
    topics: names().optional(),
    people: names().optional(),
    /** Why: shown to readers as the evidence for every value this override sets without a reason of its own. */
    reason: text(),
    /** Why, field by field (`topics: "…"`), where one value rests on something else than the rest. */
    reasons: z
      .strictObject(reasonsShape(), {
        error: (issue) => (issue.code === 'invalid_type' ? 'must map fields of this override to reasons' : undefined),
      })
      .optional(),
  })
  .superRefine((override, ctx) => {
    if (override.bound !== undefined && override.date === undefined) {
      ctx.addIssue({ code: 'custom', path: ['bound'], message: 'needs the date it bounds: set date too' });
    }
    for (const field of Object.keys(override.reasons ?? {})) {
      if (override[field as OverrideField] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['reasons', field],
          message: `gives a reason for ${field}, which this override does not set`,
        });
      }
    }
  });

export type Override = z.infer<typeof overrideSchema>;

/** The evidence recorded for a value an override sets: its own reason, else the override's. */
export function overrideReason(override: Override, field: OverrideField): string {
  return override.reasons?.[field] ?? override.reason;
}
