import { domWords, textOfElement } from './dom-facts.ts';
import { CREDIT_WORDS } from './figures.ts';

/**
 * Readies the page's pictures for Readability and the body conversion:
 * WordPress's `div.wp-caption` becomes the `<figure>` it stands for, each
 * caption's credit part is marked with the class `credit` (Readability strips
 * all classes but a few), and the media themselves go: the archive keeps
 * text, and a gallery whose pictures Readability does not see is not
 * weighed as images against its captions' text.
 */
export function prepareFigures(document: Document): void {
  for (const caption of document.querySelectorAll('.wp-caption')) rename(document, caption, 'figure');
  for (const text of document.querySelectorAll('figure .wp-caption-text')) rename(document, text, 'figcaption');
  for (const caption of document.querySelectorAll('figcaption')) markCredit(caption);
  for (const element of document.querySelectorAll(MEDIA)) element.remove();
}

const MEDIA = 'img, picture, source, svg, video, audio, iframe, object, embed, canvas, amp-img, amp-video, amp-iframe';

function markCredit(caption: Element): void {
  for (const element of caption.querySelectorAll('[class]')) {
    const words = domWords(element);
    if (CREDIT_WORDS.some((word) => words.has(word)) && textOfElement(element) !== '') element.classList.add('credit');
  }
}

function rename(document: Document, element: Element, name: string): void {
  const renamed = document.createElement(name);
  renamed.append(...element.childNodes);
  element.replaceWith(renamed);
}
