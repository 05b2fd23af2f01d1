import type { Element } from 'hast';

/**
 * Elements whose content is never text of the article: code, styles,
 * embedded frames and media, images (the archive keeps text), form controls
 * and document metadata. Their text, if any, must not become body text.
 */
const NON_TEXT_TAGS = new Map<string, string>(
  [
    ['script or style', ['script', 'style', 'noscript', 'template', 'link', 'meta', 'base', 'title', 'head']],
    ['embedded frame or object', ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'amp-iframe']],
    ['media', ['video', 'audio', 'source', 'track', 'amp-video', 'amp-audio', 'canvas', 'svg', 'math']],
    ['image', ['img', 'picture', 'map', 'area', 'amp-img', 'amp-anim']],
    ['form control', ['input', 'select', 'option', 'textarea', 'button', 'label']],
    ['structured data', ['amp-state', 'amp-analytics', 'amp-pixel']],
  ].flatMap(([label, tags]) => (tags as string[]).map((tag) => [tag, label as string] as const)),
);

/** What an element is when it holds no article text (a label for the report), else undefined. */
export function nonTextLabel(element: Element): string | undefined {
  const label = NON_TEXT_TAGS.get(element.tagName);
  if (label) return label;
  return isHidden(element) ? 'hidden element' : undefined;
}

/** Hidden by the page itself: not shown to readers, so not part of what they read. */
function isHidden(element: Element): boolean {
  const { hidden, ariaHidden, style } = element.properties;
  if (hidden === true || hidden === '') return true;
  if (String(ariaHidden) === 'true') return true;
  return typeof style === 'string' && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
