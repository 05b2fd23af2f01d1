/**
 * The search weight (`data-pagefind-weight`) of a quote's attribution
 * ("— Name (@handle) on Twitter, date"): its words still find the story, but
 * a match in the story's own text ranks higher and gives the excerpt
 * (Pagefind weighs a word by the square of this: a quarter of story text).
 */
export const ATTRIBUTION_WEIGHT = '0.5';
