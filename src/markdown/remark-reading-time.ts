import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

/** Average adult reading speed for news prose, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes to read a text, at least 1. */
export function readingMinutes(text: string): number {
  const words = text.split(/\s+/u).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Puts `readingMinutes` into the entry's plugin front matter, which Astro
 * returns from `render()` as `remarkPluginFrontmatter`.
 */
export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).readingMinutes = readingMinutes(toString(tree));
  };
}
