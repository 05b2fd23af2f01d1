import { bodyRules } from '../../rules/load-rules.ts';
import { paragraphTextLength } from './dom-facts.ts';

/** The share of the page's story-sized paragraphs a container must hold to be taken for the story's. */
const STORY_SHARE = 0.85;
/** Paragraphs shorter than this are as often teasers and captions as story. */
const STORY_PARAGRAPH = 80;

/**
 * Readability reads every element of the page, which is most of the time a
 * reader spends on a large page. When one `<article>` or `<main>` element
 * holds nearly all the story-sized paragraphs left once the furniture is gone, the
 * page's body is narrowed to it first (the smallest such, the outer one of
 * two that hold the same text). The same goes for an element marked as the
 * story's own (`itemprop="articleBody"`, `.story-body`; `storyContainers` in
 * src/ingest/rules/body.yaml): without this, Readability may take the
 * wrapper around the story and the column of related links beside it.
 * Pages without one are read whole.
 */
export function narrowToStoryContainer(document: Document): void {
  const body = document.body;
  const total = paragraphTextLength(body, STORY_PARAGRAPH);
  if (total === 0) return;
  let chosen: Element | undefined;
  let chosenLength = Infinity;
  for (const container of body.querySelectorAll(bodyRules().storyContainers.join(', '))) {
    const length = paragraphTextLength(container, STORY_PARAGRAPH);
    if (length >= total * STORY_SHARE && length < chosenLength) {
      chosen = container;
      chosenLength = length;
    }
  }
  if (chosen) body.replaceChildren(chosen);
}
