import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { enforceBodyContract } from '../body-contract.ts';
import { dropFurnitureFromHast } from './furniture-hast.ts';
import { hastToMdast, normaliseHeadingDepths, splitAtDoubleBreaks } from './hast-to-mdast.ts';
import { resolveLinks } from './links.ts';
import { nonTextLabel } from './non-text.ts';
import { pruneHast } from './prune-hast.ts';
import { describeDropped, mergeTallies, type Tally } from './tally.ts';

const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();

export function parseFragment(html: string): HastRoot {
  return fragmentParser.parse(html);
}

/**
 * An HTML fragment (an article's content, a JSON export's HTML body) as an
 * entry body: rehype-parse → drop non-text elements and page furniture →
 * resolve links → rehype-remark (tweets as quotes, figures as captions) →
 * the entry body contract. `baseUrl` resolves relative links; without it they
 * keep their text only.
 */
export function htmlFragmentToBody(html: string, baseUrl?: string): { body: Root; notes: string[] } {
  return hastToBody(parseFragment(html), baseUrl);
}

/**
 * The same, from an already parsed fragment (which it changes).
 * `droppedBefore` is furniture already taken out of the page, reported with
 * what this drops.
 */
export function hastToBody(
  tree: HastRoot,
  baseUrl?: string,
  droppedBefore: Tally = new Map(),
): { body: Root; notes: string[] } {
  const nonText = pruneHast(tree, nonTextLabel);
  const furniture = mergeTallies(droppedBefore, dropFurnitureFromHast(tree));
  const unwrapped = resolveLinks(tree, baseUrl);
  const mdast = hastToMdast(tree);
  splitAtDoubleBreaks(mdast);
  normaliseHeadingDepths(mdast);
  const { root, notes: contractNotes } = enforceBodyContract(mdast);
  const notes = [
    describeDropped(furniture, 'page furniture block'),
    describeDropped(withoutScripts(nonText), 'non-text element'),
    unwrapped > 0 ? `kept ${unwrapped} link${unwrapped > 1 ? 's' : ''} that were not http(s) as text` : undefined,
    ...contractNotes,
  ].filter((note): note is string => note !== undefined);
  return { body: root, notes };
}

/** Scripts and styles are on every page; only the rest is worth a note. */
function withoutScripts(tally: Map<string, number>): Map<string, number> {
  return new Map([...tally].filter(([label]) => label !== 'script or style'));
}
