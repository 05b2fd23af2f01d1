import type { ElementFacts } from './element-facts.ts';

/** Page furniture told by its markup: element names, ARIA roles, class and id words. */

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
