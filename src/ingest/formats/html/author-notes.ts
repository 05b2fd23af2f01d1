import type { Element, Root } from 'hast';
import { authorNames } from './front-leaks.ts';
import { textOf } from './hast-facts.ts';
import { collapse } from './text.ts';

/** Only the last blocks of the article are looked at. */
const TAIL_BLOCKS = 3;
const NOTE_MAX_CHARS = 320;
/** "Jane Doe is a reporter…", "Jane Doe covers…", "Jane Doe can be reached at…" */
const ABOUT_VERBS = /^(?:is|was|covers|writes|reports on|can be reached|has covered|joined)\b/;
/** "Contact Jane Doe at…", "Email her at…", "Reach the reporter at…", "Follow her on Twitter…" */
const CONTACT =
  /^(?:contact|e-?mail|reach|follow|write to)\s+(?:her|him|them|the (?:reporter|writer|author)s?|\p{Lu})/iu;

/**
 * Removes the author's note that pages put under the story (a one-line bio,
 * how to reach the reporter): it is about the writer, not the story.
 * "Jane Doe contributed reporting" and "Koski reported from Washington" stay.
 * Returns how many blocks went.
 */
export function dropAuthorNotes(tree: Root, authors: readonly string[]): number {
  const names = authorNames(authors);
  const blocks = leafBlocks(tree).slice(-TAIL_BLOCKS);
  let removed = 0;
  for (const { block, parent } of blocks) {
    const text = collapse(textOf(block));
    if (text.length > NOTE_MAX_CHARS || !isAuthorNote(text, names)) continue;
    parent.children = parent.children.filter((child) => child !== block);
    removed += 1;
  }
  return removed;
}

function isAuthorNote(text: string, names: readonly string[]): boolean {
  if (CONTACT.test(text) && (/@|\d{3}/.test(text) || names.some((name) => text.toLowerCase().includes(name)))) {
    return true;
  }
  const lower = text.toLowerCase();
  return names.some((name) => lower.startsWith(name) && ABOUT_VERBS.test(lower.slice(name.length).trim()));
}

function leafBlocks(tree: Root): { block: Element; parent: Root | Element }[] {
  const found: { block: Element; parent: Root | Element }[] = [];
  const visit = (parent: Root | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (LEAF_TAGS.has(child.tagName)) {
        if (collapse(textOf(child)) !== '') found.push({ block: child, parent });
      } else {
        visit(child);
      }
    }
  };
  visit(tree);
  return found;
}

const LEAF_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figure', 'table', 'pre']);
