import { z } from 'astro/zod';

/** Where the value of a derived field came from. */
export const provenanceSchema = z.strictObject({
  /**
   * - `source`: stated in the source as such (a headline line, a byline, a date line).
   * - `derived`: computed from the source by a fixed rule (a headline cut from the lede).
   * - `inferred`: estimated from indirect evidence in the text; shown to readers as an estimate.
   * - `editor`: set by an editor (content/overrides.yaml or a hand edit).
   */
  method: z.enum(['source', 'derived', 'inferred', 'editor']),
  /** The text or reasoning behind the value: required for `inferred` and `editor`. */
  evidence: z.string().trim().min(1, 'must not be empty').optional(),
});

export type Provenance = z.infer<typeof provenanceSchema>;
