/**
 * The search weight (`data-pagefind-weight`) of a figure's caption: a photo's
 * caption or a quote's attribution. Its words still find the story, but a
 * match in the story's own text ranks higher and gives the excerpt (Pagefind
 * weighs a word by the square of this: a quarter of story text).
 */
export const CAPTION_WEIGHT = '0.5';
