import { Readability } from '@mozilla/readability';
import { bodyRules, type ExtractionAttempt } from '../../rules/load-rules.ts';
import { paragraphsFromBreaks } from './break-paragraphs.ts';
import { prepareFigures } from './figures-dom.ts';
import { dropFurnitureFromDom } from './furniture-dom.ts';
import { removeArticleFront } from './page-front.ts';
import { narrowToStoryContainer } from './story-container.ts';
import type { Tally } from './tally.ts';

/** Classes that the body conversion reads, so Readability must keep them (it strips all others). */
const PRESERVED_CLASSES = ['twitter-tweet', 'credit'];

/** What Readability made of the page. */
export interface ExtractedArticle {
  /** The article's HTML, as Readability serialised it. */
  readonly content: string;
  /** Page furniture taken out before Readability ran. */
  readonly furniture: Tally;
  /** Readability's own reading of the page's metadata, the last resort for each field. */
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly publishedTime?: string;
}

/**
 * The article's content: the page's headline, byline, date and standfirst
 * elements and its furniture are taken out (Readability keeps some of them),
 * then Readability finds the article. Changes the document; read the page's
 * metadata first. Undefined when Readability finds no article. `attempt`
 * says how (see src/ingest/rules/body.yaml): the first attempt by default.
 */
export function extractArticle(
  document: Document,
  frontElements: readonly Element[],
  attempt: ExtractionAttempt = bodyRules().attempts[0]!,
): ExtractedArticle | undefined {
  removeArticleFront(document, frontElements);
  paragraphsFromBreaks(document);
  prepareFigures(document);
  const furniture: Tally = attempt.pruneFurniture ? dropFurnitureFromDom(document) : new Map();
  if (attempt.narrow) narrowToStoryContainer(document);
  unmarkSubheadings(document);
  const result = new Readability(document, {
    classesToPreserve: PRESERVED_CLASSES,
    charThreshold: attempt.charThreshold,
    nbTopCandidates: attempt.nbTopCandidates,
  }).parse();
  if (!result?.content) return undefined;
  return {
    content: result.content,
    furniture,
    ...optional('title', result.title),
    ...optional('byline', result.byline),
    ...optional('siteName', result.siteName),
    ...optional('publishedTime', result.publishedTime),
  };
}

/**
 * Readability drops a subheading whose class or id sounds like furniture
 * ("header-anchor-post" has "header" in it). The page's furniture is gone by
 * now, told by better rules, so the subheadings that are left lose those words.
 */
function unmarkSubheadings(document: Document): void {
  for (const heading of document.body.querySelectorAll('h2, h3, h4, h5, h6')) {
    heading.removeAttribute('class');
    heading.removeAttribute('id');
  }
}

function optional<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  const trimmed = value?.trim();
  return (trimmed ? { [key]: trimmed } : {}) as { [P in K]?: string };
}
