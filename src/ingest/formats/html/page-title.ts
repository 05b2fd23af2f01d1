import type { Stated } from '../../reading/received.ts';
import { collapse, comparable } from './text.ts';

/** Separators pages put between the headline and the site's name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|–—·:•-]{1,2}\s+(?=[^|–—·:•]*$)/u;
const SITE_NAME_MAX_WORDS = 5;

/**
 * `<title>` without the site's name: the part of it that the page also shows
 * as an element's whole text ("Examiner -- Landfill approved" where the page
 * shows "Landfill approved"), else the title without a short last part
 * ("Headline | The Paper" → "Headline").
 */
export function fromTitle(document: Document, publication: string | undefined): Stated<string> | undefined {
  const title = collapse(document.querySelector('head title, title')?.textContent ?? '');
  if (title === '') return undefined;
  const parts = title.split(TITLE_SEPARATORS).filter(Boolean);
  if (parts.length > 1) {
    const shown = shownTexts(document);
    const part = [...parts].sort((a, b) => b.length - a.length).find((candidate) => shown.has(comparable(candidate)));
    if (part) return { value: part, evidence: `the page's <title>, the part the page shows as its headline` };
  }
  const match = TITLE_SEPARATOR.exec(title);
  const suffix = match ? title.slice(match.index + match[0].length) : '';
  const isSite =
    match !== null &&
    (comparable(suffix) === comparable(publication ?? '') || suffix.split(/\s+/).length <= SITE_NAME_MAX_WORDS);
  const value = isSite && match ? title.slice(0, match.index) : title;
  return { value, evidence: isSite ? `the page's <title>, without the site name after it` : `the page's <title>` };
}

const TITLE_SEPARATORS = /\s+[|–—·:•-]{1,2}\s+/u;
/** Elements an old page shows its headline in. */
const SHOWN_HEADLINE = 'h1, h2, h3, h4, b, strong, font, big, td, .title, .headline';
const SHOWN_MAX_CHARS = 300;

function shownTexts(document: Document): Set<string> {
  const texts = new Set<string>();
  for (const element of document.querySelectorAll(SHOWN_HEADLINE)) {
    const text = element.textContent ?? '';
    if (text.length <= SHOWN_MAX_CHARS) texts.add(comparable(text));
  }
  return texts;
}

/** A meta title sometimes carries the site name too: "Headline | The Paper" loses it when the site is known. */
export function withoutSiteSuffix(headline: Stated<string>, publication: string | undefined): Stated<string> {
  if (!publication) return headline;
  const match = TITLE_SEPARATOR.exec(headline.value);
  if (!match) return headline;
  const suffix = headline.value.slice(match.index + match[0].length);
  return comparable(suffix) === comparable(publication)
    ? { value: headline.value.slice(0, match.index), evidence: `${headline.evidence}, without the site name after it` }
    : headline;
}
