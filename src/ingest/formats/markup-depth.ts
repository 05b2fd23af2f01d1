import { Parser } from 'htmlparser2';

/**
 * Deeper than this, markup is not an article but an attack on the parsers
 * (their tree walks recurse, and thousands of levels exhaust the stack).
 * Real pages nest a few dozen elements deep; the readers fail at about 1,500.
 */
export const MAX_MARKUP_DEPTH = 500;

/** How deep the elements of HTML or XML-like markup nest, found by streaming it (no recursion). */
export function markupDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        if (depth > deepest) deepest = depth;
      },
      onclosetag() {
        depth = Math.max(0, depth - 1);
      },
    },
    { decodeEntities: false },
  );
  parser.end(text);
  return deepest;
}
