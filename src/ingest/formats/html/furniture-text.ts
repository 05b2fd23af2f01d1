import { furnitureTextRules } from '../../rules/load-rules.ts';
import type { ElementFacts } from './element-facts.ts';

/** Page furniture told by its text: labels, promo openings, link lists and link cards. */

/** Whole-text labels of furniture (the text of the element, entire). */
const FURNITURE_TEXTS: readonly (readonly [label: string, test: RegExp | ((text: string) => boolean)])[] = [
  [
    'advertisement',
    /^(?:advertisement|advert|ad|sponsored(?: content)?|paid content|(?:story|article) continues below(?: advertisement)?|continue reading below|scroll to continue(?: with content)?|publicidad|anuncio|publicité|annonce|anzeige|werbung|pubblicità|publicidade)$/i,
  ],
  ['share bar', /^(?:share(?: this(?: article| story)?)?|share on (?:facebook|twitter|x|linkedin|whatsapp|email))$/i],
  ['share bar', isPageControls],
  ['comments', /^(?:(?:show|view|load|read|see) (?:all )?)?[\d,.]*k?\s*comments?$/i],
  ['navigation', /^(?:skip|jump) to (?:main )?(?:content|navigation|site index)/i],
  ['byline or timestamp', isTimestampLine],
];

/** "E-mail this story | Printer-friendly version": links that work the page, not text. */
function isPageControls(text: string): boolean {
  const parts = text.split(/\s*[|•·]\s*/).filter(Boolean);
  return (
    parts.length > 0 &&
    parts.every((part) =>
      /^(?:e-?mail|print|share|save|bookmark|printer[- ]friendly|text size|font size)(?: this)?(?: story| article| page| version)?$/i.test(
        part,
      ),
    )
  );
}

/**
 * "Home » News » Politics": a breadcrumb trail, the page's place in its site
 * written as links joined by arrows; a sentence is never mostly links with an
 * arrow between each.
 */
function isBreadcrumbTrail(element: ElementFacts, text: string): boolean {
  const steps = text.split(BREADCRUMB_ARROW).map((step) => step.trim());
  return (
    steps.length >= 3 &&
    steps.every((step) => step !== '' && step.length <= BREADCRUMB_STEP_MAX_CHARS) &&
    element.linkShare() >= BREADCRUMB_LINK_SHARE
  );
}
const BREADCRUMB_ARROW = /[»›>→]/;
const BREADCRUMB_STEP_MAX_CHARS = 40;
const BREADCRUMB_LINK_SHARE = 0.6;

/** "Updated 10:05 p.m. ET", "Published March 3, 2021": a timestamp line, with a number and a few words at most. */
function isTimestampLine(text: string): boolean {
  return (
    /^(?:(?:last )?updated|(?:first )?published|posted)\b/i.test(text) &&
    /\d/.test(text) &&
    text.split(/\s+/).length <= TIMESTAMP_MAX_WORDS
  );
}
const TIMESTAMP_MAX_WORDS = 9;

/** Short promo sentences that open a block: the block is the promo. */
const PROMO_OPENINGS: readonly (readonly [label: string, pattern: RegExp])[] = [
  ['newsletter sign-up', /^(?:sign up|subscribe (?:to|now|today|for)|get (?:our|the) [\w ]{0,40}newsletter)\b/i],
  ['follow us', /^follow (?:us|@?\w+ on)\b/i],
  ['paywall prompt', /^(?:already a subscriber|subscribe to continue|this (?:article|story) is for subscribers)\b/i],
  ['app promotion', /^(?:download|get) (?:the|our) [\w ]{0,40}\bapp\b/i],
  ['print edition note', /^a version of this (?:article|story) appear(?:s|ed) in print\b/i],
  ['donation appeal', /^(?:support (?:local|independent|our) journalism|(?:please )?(?:donate|make a donation)\b)/i],
  [
    'submission invitation',
    /^(?:[\w’' ]{0,40} welcomes (?:letters|guest|op-eds|submissions|columns)|to submit (?:a|your) (?:letter|column|op-ed))/i,
  ],
];
const PROMO_MAX_CHARS = 240;

/** "Read more: <a>…</a>" — a label then links; the block is a link list when most of the rest is link text. */
const LINK_LIST_LABEL =
  /^(?:read more|read also|also read|more|related(?: coverage| stories| articles)?|see also|recommended|more on this(?: story)?|read next|more from [\w ]{1,30}|lee también|lea también|te puede interesar|(?:à )?lire aussi|leia também|leggi anche|mehr zum thema|auch interessant)\s*[:›»|–—-]/iu;
/** The same label standing alone, above a list of links. */
const LINK_LIST_HEADING =
  /^(?:read more|related(?: coverage| stories| articles| links)?|more on this(?: story)?|see also|recommended(?: for you)?|read next|more stories|most read|most popular|trending(?: now)?)\s*:?$/i;
const LINK_LIST_MIN_SHARE = 0.5;
/** A box that is all one link (a title and a summary of another story): a link card. */
const CARD_TAGS = new Set(['div', 'figure', 'section', 'aside']);
const CARD_MIN_CHARS = 40;
const CARD_LINK_SHARE = 0.95;
/** "… is free and reader-supported. Subscribe …" */
const READER_FUNDED = /\breader[- ](?:supported|funded)\b/i;
const SUPPORT_ASK = /\b(?:subscrib|support|donat|member|contribut)/i;
/** "Full results »", "More from our series ›": a lone link pointing elsewhere. */
const ARROW_LINK_MAX_CHARS = 60;

/** Furniture told by its text alone; only blocks and short inline boxes are looked at. */
export function textLabel(element: ElementFacts): string | undefined {
  if (!TEXT_CHECKED_TAGS.has(element.tag)) return undefined;
  const text = element.text();
  if (text === '' || text.length > PROMO_MAX_CHARS) return undefined;
  for (const [label, test] of FURNITURE_TEXTS) {
    if (typeof test === 'function' ? test(text) : test.test(text)) return label;
  }
  for (const [label, pattern] of PROMO_OPENINGS) if (pattern.test(text)) return label;
  if (isBreadcrumbTrail(element, text)) return 'navigation';
  const label = LINK_LIST_LABEL.exec(text);
  if (label && element.linkShare() * text.length >= (text.length - label[0].length) * LINK_LIST_MIN_SHARE) {
    return 'related links';
  }
  if (LINK_LIST_HEADING.test(text)) return 'related links';
  if (text.length <= ARROW_LINK_MAX_CHARS && /[»›→]$/.test(text) && element.linkShare() >= 0.9) return 'related links';
  if (CARD_TAGS.has(element.tag) && text.length >= CARD_MIN_CHARS && element.linkShare() >= CARD_LINK_SHARE) {
    return 'related links';
  }
  if (READER_FUNDED.test(text) && SUPPORT_ASK.test(text)) return 'donation appeal';
  return ruledTextLabel(element, text);
}

const TEXT_RULES = furnitureTextRules();

/** The rules of src/ingest/rules/furniture-text.yaml. */
function ruledTextLabel(element: ElementFacts, text: string): string | undefined {
  if (text.length > TEXT_RULES.maxChars) return undefined;
  for (const [label, pattern] of TEXT_RULES.wholeText) if (pattern.test(text)) return label;
  for (const pattern of TEXT_RULES.linkListLabels) {
    const label = pattern.exec(text);
    if (label && element.linkShare() * text.length >= (text.length - label[0].length) * LINK_LIST_MIN_SHARE) {
      return 'related links';
    }
  }
  return undefined;
}

const TEXT_CHECKED_TAGS = new Set([
  'p',
  'div',
  'span',
  'li',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'small',
  'figure',
]);

/** A list whose items are all links (what follows a "Related" heading). */
export function isLinkList(element: ElementFacts): boolean {
  return (element.tag === 'ul' || element.tag === 'ol') && element.linkShare() >= 0.8;
}
