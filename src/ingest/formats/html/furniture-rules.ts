/**
 * Page furniture: the parts of a news page around and inside the article that
 * are not the story (share bars, related links, newsletter boxes, cookie and
 * paywall prompts, ads, comments, author bios, tag lists). The rules are data,
 * read the same way over the page's DOM (before Readability) and over an HTML
 * fragment's hast, through `ElementFacts`.
 */

/** What a rule may look at: the element's name, ARIA role, class and id words, and (lazily) its text. */
export interface ElementFacts {
  /** Lowercase tag name. */
  readonly tag: string;
  readonly role: string;
  /** Words of the class and id attributes, lowercased, plus each adjacent pair joined ("most-read" → most, read, mostread). */
  readonly words: ReadonlySet<string>;
  /** The element's text, whitespace collapsed and trimmed. */
  readonly text: () => string;
  /** The share of the element's text that is link text, 0–1. */
  readonly linkShare: () => number;
}

/** Elements whose content is never article text, whatever their class. */
const FURNITURE_TAGS = new Map<string, string>([
  ['nav', 'navigation'],
  ['aside', 'aside box'],
  ['footer', 'footer'],
  ['form', 'form'],
  ['button', 'button'],
  ['dialog', 'dialog'],
  ['menu', 'navigation'],
  ['amp-ad', 'advertisement'],
  ['amp-embed', 'advertisement'],
  ['amp-sticky-ad', 'advertisement'],
  ['amp-sidebar', 'navigation'],
  ['amp-social-share', 'share bar'],
  ['amp-consent', 'cookie prompt'],
  ['amp-user-notification', 'cookie prompt'],
  ['amp-analytics', 'tracking'],
  ['amp-pixel', 'tracking'],
]);

const FURNITURE_ROLES = new Map<string, string>([
  ['navigation', 'navigation'],
  ['banner', 'site header'],
  ['contentinfo', 'footer'],
  ['complementary', 'aside box'],
  ['search', 'search box'],
  ['dialog', 'dialog'],
  ['alertdialog', 'dialog'],
  ['menu', 'navigation'],
  ['menubar', 'navigation'],
  ['toolbar', 'toolbar'],
]);

/**
 * Class and id words that name furniture. Compound words cover sites that
 * write the words together ("sharebar", "mostread") or apart ("share-bar").
 * Only words that name the box itself: "social" or "video" alone also wrap
 * embedded posts and are left to Readability.
 */
const FURNITURE_WORDS: readonly (readonly [label: string, words: readonly string[]])[] = [
  [
    'share bar',
    ['share', 'shares', 'sharing', 'sharebar', 'sharetools', 'sharelinks', 'socialshare', 'sociallinks', 'socialicons'],
  ],
  ['share bar', ['socialbar', 'socialbuttons', 'addthis', 'sharethis', 'sharedaddy']],
  [
    'related links',
    ['related', 'relatedposts', 'relatedarticles', 'relatedstories', 'relatedcontent', 'relatedlinks', 'recirc'],
  ],
  ['related links', ['recirculation', 'morestories', 'moreon', 'readmore', 'readnext', 'alsoread', 'recommended']],
  ['related links', ['recommendations', 'youmaylike', 'upnext', 'outbrain', 'taboola']],
  ['related links', ['bookmark', 'bookmarkcard', 'linkpreview', 'linkcard']],
  ['most read', ['mostread', 'mostpopular', 'popular', 'trending', 'mostviewed', 'topstories', 'rail', 'sidebar']],
  ['newsletter sign-up', ['newsletter', 'signup', 'subscribe', 'subscription', 'optin', 'emailsignup']],
  ['donation appeal', ['donate', 'donation', 'donations', 'donationask', 'supportus']],
  ['app promotion', ['downloadapp', 'appdownload', 'apppromo', 'getapp']],
  ['cookie prompt', ['cookie', 'cookies', 'consent', 'gdpr', 'ccpa', 'cmp', 'onetrust']],
  ['paywall prompt', ['paywall', 'regwall', 'meter', 'piano', 'barrier', 'tpmodal']],
  ['advertisement', ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit']],
  ['advertisement', ['adcontainer', 'adwrapper', 'dfp', 'gpt', 'sponsor', 'sponsored', 'promo', 'promotion']],
  ['comments', ['comments', 'comment', 'commentlist', 'disqus', 'discussion', 'responses']],
  ['author bio', ['authorbio', 'bio', 'aboutauthor', 'authorbox', 'authorinfo', 'contributorbio']],
  ['tag list', ['tags', 'taglist', 'tagcloud', 'entrytags', 'posttags', 'articletags', 'keywords', 'category']],
  ['contact box', ['mediacontact', 'contactinfo', 'presscontact']],
  ['fact box', ['factbox', 'infobox', 'factfile']],
  ['poll', ['poll', 'polls', 'quiz', 'survey']],
  ['navigation', ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager']],
  ['navigation', ['skiplink', 'masthead', 'footer', 'sitefooter', 'siteheader']],
  ['toolbar', ['toolbar', 'articletools', 'utilitybar', 'print']],
  ['video player', ['player', 'videoplayer', 'jwplayer', 'brightcove', 'vjs', 'videoembed', 'videowrapper']],
  ['pop-up', ['modal', 'popup', 'overlay', 'interstitial', 'lightbox']],
  ['pull quote', ['pullquote', 'pquote']],
  ['screen-reader label', ['sronly', 'visuallyhidden', 'screenreader']],
];

const WORD_LABELS = new Map<string, string>(
  FURNITURE_WORDS.flatMap(([label, words]) => words.map((word) => [word, label] as const)),
);

/** Class and id words that name article metadata; such short elements are the byline or timestamp, not text. */
const METADATA_WORDS = new Set([
  'byline',
  'dateline',
  'timestamp',
  'date',
  'publishdate',
  'pubdate',
  'published',
  'updated',
  'posted',
  'postdate',
  'entrydate',
]);
const METADATA_MAX_CHARS = 160;

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

/** The furniture an element is (a label for the report), or undefined when it may be article text. */
export function furnitureLabel(element: ElementFacts): string | undefined {
  return markupLabel(element) ?? textLabel(element);
}

/**
 * Furniture told by the element's markup: its name, role or class words
 * (the byline and timestamp boxes only when short). This is all that is
 * looked at on the whole page, where reading every element's text would
 * cost too much; text patterns are looked for in the article Readability
 * finds.
 */
export function markupLabel(element: ElementFacts): string | undefined {
  const box = boxLabel(element);
  if (box) return box;
  for (const word of element.words) {
    if (METADATA_WORDS.has(word) && element.text().length <= METADATA_MAX_CHARS) return 'byline or timestamp';
  }
  return undefined;
}

/** Furniture told by its element name, role or class words alone (a box around something that is not the story). */
export function boxLabel(element: Pick<ElementFacts, 'tag' | 'role' | 'words'>): string | undefined {
  const byTag = FURNITURE_TAGS.get(element.tag);
  if (byTag) return byTag;
  const byRole = FURNITURE_ROLES.get(element.role);
  if (byRole) return byRole;
  for (const word of element.words) {
    const label = WORD_LABELS.get(word);
    if (label) return label;
  }
  return undefined;
}

/** Furniture told by its text alone; only blocks and short inline boxes are looked at. */
function textLabel(element: ElementFacts): string | undefined {
  if (!TEXT_CHECKED_TAGS.has(element.tag)) return undefined;
  const text = element.text();
  if (text === '' || text.length > PROMO_MAX_CHARS) return undefined;
  for (const [label, test] of FURNITURE_TEXTS) {
    if (typeof test === 'function' ? test(text) : test.test(text)) return label;
  }
  for (const [label, pattern] of PROMO_OPENINGS) if (pattern.test(text)) return label;
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

/**
 * Every word a furniture rule reads, as one pattern: most elements' classes
 * hold none of them, and those are not split into words at all.
 */
const ANY_RULE_WORD = new RegExp([...WORD_LABELS.keys(), ...METADATA_WORDS].join('|'), 'i');

/** The class and id words the furniture rules read; empty when the attributes cannot hold any. */
export function ruleWords(className: string, id: string): ReadonlySet<string> {
  const joined = `${className} ${id}`;
  return ANY_RULE_WORD.test(joined) || ANY_RULE_WORD.test(joined.replace(/[^a-z0-9]+/gi, ''))
    ? attributeWords(className, id)
    : NO_WORDS;
}
const NO_WORDS: ReadonlySet<string> = new Set();

/** Class and id words: split on anything not a letter or digit and at camelCase humps, plus adjacent pairs joined. */
export function attributeWords(className: string, id: string): Set<string> {
  const words = new Set<string>();
  for (const value of [className, id]) {
    if (!value) continue;
    for (const name of value.split(/\s+/)) {
      const parts = name
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      parts.forEach((part, i) => {
        words.add(part);
        if (i > 0) words.add(parts[i - 1] + part);
      });
    }
  }
  return words;
}
