import { domWords, textOfElement } from './dom-facts.ts';
import { CREDIT_WORDS } from './figures.ts';

/**
 * Readies the page's pictures for Readability and the body conversion:
 * WordPress's `div.wp-caption` becomes the `<figure>` it stands for, so does
 * a caption the page left outside any figure (`div.image-caption`), each
 * caption's credit part is marked with the class `credit` (Readability strips
 * all classes but a few), and the media themselves go: the archive keeps
 * text, and a gallery whose pictures Readability does not see is not
 * weighed as images against its captions' text.
 */
export function prepareFigures(document: Document): void {
  // One pass over the page collects all four kinds: selector queries each cost a pass of their own.
  const media: Element[] = [];
  const captioned: Element[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (MEDIA.has(element.localName)) media.push(element);
    else if (element.hasAttribute('class') && /caption/i.test(element.getAttribute('class') ?? ''))
      captioned.push(element);
  }
  for (const element of media) element.remove();
  for (const element of captioned) {
    if (element.classList.contains('wp-caption')) rename(document, element, 'figure');
  }
  for (const element of document.body.querySelectorAll('figure .wp-caption-text')) {
    rename(document, element, 'figcaption');
  }
  for (const element of captioned) if (element.isConnected && isLooseCaption(element)) wrapAsFigure(document, element);
  for (const caption of document.body.querySelectorAll('figcaption')) markCredit(caption);
}

const CAPTION_WORDS = ['caption', 'captiontext', 'creditcaption', 'imagecaption', 'photocaption', 'mediacaption'];
const CAPTION_MAX_CHARS = 400;

/** A picture's caption that the page did not put in a `<figure>` (`div.credit-caption`, `p.image-caption`). */
function isLooseCaption(element: Element): boolean {
  if (element.closest('figure, figcaption')) return false;
  const words = domWords(element);
  if (!CAPTION_WORDS.some((word) => words.has(word))) return false;
  const length = textOfElement(element).length;
  return length > 0 && length <= CAPTION_MAX_CHARS;
}

function wrapAsFigure(document: Document, caption: Element): void {
  const figure = document.createElement('figure');
  const figcaption = document.createElement('figcaption');
  figcaption.append(...caption.childNodes);
  figure.append(figcaption);
  caption.replaceWith(figure);
}

const MEDIA = new Set([
  ...['img', 'picture', 'source', 'svg', 'video', 'audio', 'iframe', 'object', 'embed', 'canvas'],
  ...['amp-img', 'amp-video', 'amp-iframe'],
]);

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
