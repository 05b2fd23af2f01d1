import { parseStatedDate, type DateReading } from '../../reading/dates/parse-date.ts';
import type { Stated, StatedDate } from '../../reading/received.ts';
import { dateRules } from '../../rules/date-rules.ts';
import { domWords, textOfElement } from './dom-facts.ts';
import { readJsonLdDates, type JsonLdArticle } from './json-ld.ts';
import { metaEvidence, MetaTags } from './meta-tags.ts';
import { describe, insideBox, scopes } from './page-elements.ts';
import { collapse, comparable } from './text.ts';

/**
 * The page's publication date, read through a cascade of sources, best
 * first, as htmldate does: the JSON-LD article's datePublished (then
 * dateCreated, then the WebPage's), the publication-date meta tags, the
 * article's marked elements (`itemprop="datePublished"`, `<time pubdate>`),
 * its `<time>` elements, short elements whose class or id says date, the
 * date in the article's URL path (`/2019/11/15/`), and a date line near the
 * headline. Every value is read (in the page's own day/month order: see
 * `dayFirst`) and checked before it is taken; a placeholder (year 1, January
 * 1 of 1900 or 1970), an impossible date, or a date after the page was saved
 * is passed over with a note and the next source tried. A modification date
 * is never taken for the publication date.
 *
 * The value is the reading made here (the date is read once, and
 * decidePublished takes it as it is), with the text as written. When the
 * ingester would not read the text the same way unaided (a day-first
 * slashed date, a placeholder time of midnight) the evidence quotes the text.
 */
export interface PageDate {
  readonly date?: Stated<StatedDate>;
  /** The values passed over, and why. */
  readonly notes: readonly string[];
  /** Days the page's fields state that are not its date (a stale stamp): no other reading of the page may take them. */
  readonly staleDays?: readonly string[];
}

export interface PageDateInput {
  readonly jsonLd: JsonLdArticle | undefined;
  readonly meta: MetaTags;
  readonly headline: Element | undefined;
  /** The headline the page's fields state (JSON-LD, og:title), to find where the page shows it when no h1 does. */
  readonly headlineText?: string;
  /** The article's URL as the page states it. */
  readonly url: string | undefined;
  /** When the page was saved, if it says (an archive capture); dates after it are impossible. */
  readonly savedAt?: Date;
}

export const DATE_OG = ['article:published_time', 'og:article:published_time', 'og:published_time'];
export const DATE_META = [
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'published-date',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'article_date_original',
  'original-publish-date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'displaydate',
  'pdate',
];

interface Candidate {
  readonly text: string;
  readonly evidence: string;
  /** Only a full date (day, month and year) is taken from this source: free text, not a date field. */
  readonly needsDay?: boolean;
  /** A site-wide field (`<meta name="date">`), often the time the page was built: the article's own `<time>` outranks it. */
  readonly generic?: boolean;
  /** A line by the headline (its byline or date line), not the page's footer. */
  readonly byHeadline?: boolean;
  /** The article's own marked date (`<time datetime>`, `itemprop="datePublished"`). */
  readonly marked?: boolean;
}

/** Meta names any page may carry (a build or crawl time as often as the story's date). */
const GENERIC_META = new Set(['date', 'dc.date', 'dcterms.date']);

/** Elements with a date in their text are short: a date line, not a paragraph that mentions one. */
const MAX_DATE_TEXT = 100;

export function readPageDate(document: Document, input: PageDateInput): PageDate {
  const dayFirst = readsDayFirst(document, input.meta);
  const savedAt = input.savedAt ?? new Date();
  const notes: string[] = [];
  let coarse: { stated: Stated<StatedDate>; published: string } | undefined;
  let generic: { candidate: Candidate; reading: DateReading & { ok: true } } | undefined;
  const fromUrl = input.url ? urlDate(input.url) : undefined;
  const take = (candidate: Candidate, reading: DateReading & { ok: true }): PageDate => {
    const stale =
      candidate.marked || candidate.needsDay ? undefined : staleStamp(document, input.meta, reading.published);
    if (stale) {
      notes.push(`passed over ${candidate.evidence}, "${clip(candidate.text)}": ${stale}`);
      const staleDays = [reading.published.slice(0, 10)];
      const shown = shownVersionDate(document, input, dayFirst, savedAt);
      return { ...(shown ? { date: shown } : {}), notes, staleDays };
    }
    const utcDay = nextDayInUtc(reading.published, fromUrl);
    if (utcDay) {
      notes.push(`${candidate.evidence}, "${clip(candidate.text)}", is in UTC, the day after the one the URL names`);
      const value: StatedDate = { ok: true, published: utcDay, written: utcDay };
      return { date: { value, evidence: utcEvidence(candidate, reading.published) }, notes };
    }
    return { date: stated(candidate, reading, dayFirst), notes };
  };

  for (const candidate of candidates(document, input)) {
    if (generic && !candidate.marked) continue;
    const reading = parseStatedDate(candidate.text, dayFirst ? { dayFirst } : {});
    const problem = whyNot(reading, savedAt, candidate);
    if (problem) {
      if (problem !== NOT_A_DAY) notes.push(`passed over ${candidate.evidence}, "${clip(candidate.text)}": ${problem}`);
      continue;
    }
    if (!reading.ok) continue;
    if (reading.precision === 'year' || reading.precision === 'month') {
      // Kept in case nothing states the day; a day that agrees with it is better.
      coarse ??= { stated: stated(candidate, reading, dayFirst), published: reading.published };
      continue;
    }
    if (coarse && !reading.published.startsWith(coarse.published)) continue;
    if (generic) {
      if (reading.published.slice(0, 10) === generic.reading.published.slice(0, 10)) continue;
      notes.push(
        `passed over ${generic.candidate.evidence}, "${clip(generic.candidate.text)}": the article's own date says another day`,
      );
      return take(candidate, reading);
    }
    if (candidate.generic) {
      // Kept unless the article's own <time> or datePublished element names another day.
      generic = { candidate, reading };
      continue;
    }
    return take(candidate, reading);
  }
  if (generic) return take(generic.candidate, generic.reading);
  return { ...(coarse ? { date: coarse.stated } : {}), notes };
}

/** A year, in milliseconds: a modification this much later is a new version of the page, not a correction. */
const YEAR_MS = 365 * 86_400_000;

/**
 * Why a publication stamp from the page's fields is not the date of what
 * the page shows, or undefined: the page was modified a year or more after
 * it (its JSON-LD dateModified or article:modified_time), its text shows
 * the modification day ("This page was last edited on 7 April 2020", "Last
 * updated on 20 Feb, 2020") and no date at all in the stamp's year. The
 * page is then a later version (a wiki revision, a rewritten post) whose
 * own publication date the page does not state: refused, not guessed.
 */
function staleStamp(document: Document, meta: MetaTags, published: string): string | undefined {
  const modified = modifiedStamp(document, meta);
  if (!modified) return undefined;
  const [from, to] = [Date.parse(published.slice(0, 10)), Date.parse(modified.slice(0, 10))];
  if (Number.isNaN(from) || Number.isNaN(to) || to - from < YEAR_MS) return undefined;
  const shown = textDays(document);
  const year = published.slice(0, 4);
  if (!shown.has(modified.slice(0, 10)) || [...shown].some((day) => day.startsWith(year))) return undefined;
  return `the page was modified on ${modified.slice(0, 10)}, the day its text shows, and shows no date in ${year}: it is a later version of the page`;
}

/**
 * The date of the later version a page shows, when its publication stamp
 * is stale (see staleStamp): a date line by its headline (a byline's
 * "03.04.2019") that is the day of its
 * modification stamp. The page then dates itself visibly by that version,
 * and the two sources agree; a shown date on any other day, or a revision
 * line that says it is a modification ("This page was last edited on …",
 * a revision stamp), is not taken.
 */
function shownVersionDate(
  document: Document,
  input: PageDateInput,
  dayFirst: boolean,
  savedAt: Date,
): Stated<StatedDate> | undefined {
  const modified = modifiedStamp(document, input.meta)?.slice(0, 10);
  if (!modified) return undefined;
  for (const candidate of candidates(document, input)) {
    if (!candidate.byHeadline || saysModified(candidate.text)) continue;
    const reading = parseStatedDate(candidate.text, dayFirst ? { dayFirst } : {});
    if (!reading.ok || whyNot(reading, savedAt, candidate) || reading.published.slice(0, 10) !== modified) continue;
    return stated(
      { ...candidate, evidence: `${candidate.evidence}, the day the page was modified` },
      reading,
      dayFirst,
    );
  }
  return undefined;
}

/** The page's modification date: its JSON-LD dateModified, else article:modified_time, as read. */
function modifiedStamp(document: Document, meta: MetaTags): string | undefined {
  for (const script of document.querySelectorAll('script[type^="application/ld+json" i]')) {
    const value = /"dateModified"\s*:\s*"([^"]{8,40})"/.exec(script.textContent ?? '')?.[1];
    const reading = value ? parseStatedDate(value) : undefined;
    if (reading?.ok && reading.precision !== 'year' && reading.precision !== 'month') return reading.published;
  }
  const tag = meta.first(['article:modified_time', 'og:updated_time']);
  const reading = tag ? parseStatedDate(tag.content) : undefined;
  return reading?.ok && reading.precision !== 'year' && reading.precision !== 'month' ? reading.published : undefined;
}

/** Full dates the page's text shows (day, month name or number, year), as YYYY-MM-DD. */
function textDays(document: Document): Set<string> {
  const body = document.body;
  const days = new Set<string>();
  if (!body) return days;
  const clone = body.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('script, style, noscript, template')) hidden.remove();
  const text = textOfElement(clone);
  const shapes =
    /\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}/gu;
  for (const [shape] of text.matchAll(shapes)) {
    const reading = parseStatedDate(shape);
    if (reading.ok && (reading.precision === 'day' || reading.precision === 'instant')) {
      days.add(reading.published.slice(0, 10));
    }
  }
  return days;
}

/**
 * An instant stated in UTC ("2020-02-18T02:18:11Z") names the day in
 * Greenwich, not the publisher's: when the article's URL path names the
 * day before, the story went out that evening, local time, and the URL's
 * day is the day the publisher states. The URL's day, or undefined.
 */
function nextDayInUtc(published: string, fromUrl: string | undefined): string | undefined {
  if (!fromUrl || !/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/.test(published)) return undefined;
  const day = Date.UTC(
    Number(published.slice(0, 4)),
    Number(published.slice(5, 7)) - 1,
    Number(published.slice(8, 10)),
  );
  const urlDay = Date.UTC(Number(fromUrl.slice(0, 4)), Number(fromUrl.slice(5, 7)) - 1, Number(fromUrl.slice(8, 10)));
  return day - urlDay === 86_400_000 ? fromUrl : undefined;
}

function utcEvidence(candidate: Candidate, published: string): string {
  return `the date in the article's URL path; ${candidate.evidence} gives "${clip(published)}", in UTC, where it is already the next day`;
}

const NOT_A_DAY = 'not a full date';

/**
 * One more stated date (Readability's publishedTime) through the same
 * checks: the value to state, or undefined when it is no date, a
 * placeholder or after the page was saved.
 */
export function checkedDate(
  document: Document,
  text: string,
  evidence: string,
  savedAt?: Date,
): Stated<StatedDate> | undefined {
  const dayFirst = readsDayFirst(document, new MetaTags(document));
  const reading = parseStatedDate(text, dayFirst ? { dayFirst } : {});
  const candidate = { text, evidence };
  if (!reading.ok || whyNot(reading, savedAt ?? new Date(), candidate)) return undefined;
  return stated(candidate, reading, dayFirst);
}

/** A date line holds little but the date: "Posted on September 21, 2020 by Ann Lee", not a sentence that mentions one. */
const MAX_WORDS_BESIDES = 8;

function wordsBesides(text: string, matched: string): number {
  const rest = text.replace(/\s+/g, ' ').replace(matched, ' ');
  return rest.split(/[\s|·•,;:/–—-]+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function whyNot(reading: DateReading, savedAt: Date, candidate: Candidate): string | undefined {
  if (!reading.ok) return candidate.needsDay ? NOT_A_DAY : reading.reason;
  const [year, month, day] = reading.published.split(/[-T]/).map(Number) as [number, number?, number?];
  if (candidate.needsDay && reading.precision !== 'day' && reading.precision !== 'instant') return NOT_A_DAY;
  if (candidate.needsDay && wordsBesides(candidate.text, reading.matched) > MAX_WORDS_BESIDES) return NOT_A_DAY;
  if (year < dateRules.minYear || (dateRules.januaryFirstYears.has(year) && (month ?? 1) === 1 && (day ?? 1) === 1)) {
    return `a placeholder, not a publication date`;
  }
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (start > savedAt.getTime() + dateRules.savedToleranceMs) {
    return `after the page was saved (${savedAt.toISOString().slice(0, 10)})`;
  }
  return undefined;
}

/** The reading to state, with the text as written; the evidence quotes the text unless it is read the same way unaided. */
function stated(candidate: Candidate, reading: DateReading & { ok: true }, dayFirst: boolean): Stated<StatedDate> {
  const text = candidate.text.replace(/\s+/g, ' ').trim();
  const value: StatedDate = { ok: true, published: reading.published, written: text };
  const midnight = /T00:00(?::00)?(?:Z|[+-]\d{2}:\d{2})$/.test(reading.published);
  if (midnight) {
    return {
      value: { ...value, published: reading.published.slice(0, 10) },
      evidence: `${candidate.evidence}, "${clip(text)}" (a time of midnight exactly is a date without a time)`,
    };
  }
  const unaided = parseStatedDate(text);
  if (unaided.ok && unaided.published === reading.published) return { value, evidence: candidate.evidence };
  const how = dayFirst && reading.note ? `: ${reading.note}` : '';
  return { value, evidence: `${candidate.evidence}, "${clip(text)}"${how}` };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Whether the page writes numeric dates day first: its language (`<html
 * lang>`, else Content-Language, else og:locale) is not one that writes them
 * month first (src/ingest/rules/dates.json). A page that names no language
 * is read month first, as the ingester reads any other source.
 */
export function readsDayFirst(document: Document, meta: MetaTags): boolean {
  const httpEquiv = document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const declared =
    document.documentElement?.getAttribute('lang') ||
    document.documentElement?.getAttribute('xml:lang') ||
    httpEquiv ||
    meta.first(['og:locale'])?.content;
  const tag = (declared ?? '').trim().toLowerCase().replace(/_/g, '-').split(/[,\s]/)[0] ?? '';
  if (tag === '') return false;
  const primary = tag.split('-')[0] ?? '';
  return tag.includes('-') ? !dateRules.monthFirstLanguages.has(tag) : !dateRules.monthFirstLanguages.has(primary);
}

function* candidates(document: Document, input: PageDateInput): Generator<Candidate> {
  const { jsonLd, meta, headline } = input;
  const ldDates = jsonLd?.dates ?? readJsonLdDates(document);
  for (const { key, value } of ldDates) yield { text: value, evidence: `the page's JSON-LD "${key}"` };
  for (const keys of [DATE_OG, DATE_META]) {
    for (const key of keys) {
      for (const tag of meta.all([key])) {
        const generic = tag.attribute === 'name' && GENERIC_META.has(key);
        yield { text: tag.content, evidence: metaEvidence(tag), ...(generic ? { generic } : {}) };
      }
    }
  }
  const seen = new Set<Element>();
  for (const marked of document.querySelectorAll('[itemprop~="datePublished"]:not(meta), time[pubdate]')) {
    if (seen.has(marked) || asideFrom(marked, headline) || isModified(marked)) continue;
    seen.add(marked);
    yield* elementValues(marked);
  }
  for (const scope of scopes(document, headline)) {
    for (const time of scope.querySelectorAll('time')) {
      if (seen.has(time) || asideFrom(time, headline) || isModified(time)) continue;
      seen.add(time);
      yield* elementValues(time);
    }
  }
  for (const scope of scopes(document, headline)) {
    for (const element of scope.querySelectorAll('[class], [id]')) {
      if (seen.has(element)) continue;
      seen.add(element);
      const words = domWords(element);
      if (!dateRules.publishedWords.some((word) => words.has(word)) || isModified(element)) continue;
      const text = textOfElement(element);
      if (text.length > MAX_DATE_TEXT || !/\d/.test(text) || asideFrom(element, headline)) continue;
      yield { text, evidence: `the page's date element (${describe(element)})`, needsDay: true };
      const spaced = spacedText(element);
      if (spaced !== text) {
        yield {
          text: spaced,
          evidence: `the page's date element (${describe(element)}), its parts apart`,
          needsDay: true,
        };
      }
      const title = element.localName === 'abbr' ? element.getAttribute('title') : null;
      if (title) yield { text: title, evidence: `the page's <abbr title> (${describe(element)})`, needsDay: true };
    }
  }
  const fromUrl = input.url ? urlDate(input.url) : undefined;
  if (fromUrl) yield { text: fromUrl, evidence: `the date in the article's URL path`, needsDay: true };
  const shown = headline ?? shownHeadline(document, input.headlineText);
  yield* datelines(shown);
  yield* openingDates(shown);
  yield* linesAfter(shown);
  yield* labelledDates(document, shown);
  for (const tag of meta.all(['description', 'og:description'])) {
    for (const { label, after } of labelled(collapse(tag.content))) {
      yield { text: after, evidence: `a dated "${label}" in ${metaEvidence(tag)}`, needsDay: true };
    }
  }
}

/**
 * The element's text with its parts apart: a date element set in pieces
 * (`<span class="date">Mai<span>06</span>2018</span>`, day, month and year
 * in their own boxes for the layout) reads "Mai062018" run together, which
 * is no date; each text node is a word of its own.
 */
function spacedText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(element);
  return collapse(parts.join(' '));
}

/** Text this long is a line or a short paragraph that may say anywhere when it was published, not a whole section. */
const MAX_LABELLED_TEXT = 600;

let labelPattern: RegExp | undefined;

/**
 * A full date right after a label that says it is the publication date, in
 * the page's text ("Veröffentlicht am 3. Mai 2021", "Pressemitteilung vom
 * 25. Januar 2022", "Mise en ligne" over "23 mai 2019", "Stand: 21.01.2022";
 * the labels are in src/ingest/rules/dates.json), outside boxes beside the
 * story: the last source, for pages whose date is in no field.
 */
function* labelledDates(document: Document, headline: Element | undefined): Generator<Candidate> {
  const seen = new Set<string>();
  for (const element of document.body?.querySelectorAll(
    'p, span, div, li, dl, dd, small, em, strong, footer, header, section, td',
  ) ?? []) {
    if (element.querySelectorAll('*').length > 12) continue;
    const text = textOfElement(element).replace(/\s+/g, ' ');
    if (text === '' || !/\d/.test(text)) continue;
    // A longer block counts only when it opens with the label ("Pressemitteilung vom 25. Januar 2022 | Berlin – …").
    const head = text.length > MAX_LABELLED_TEXT ? text.slice(0, 60) : text;
    for (const { label, after } of labelled(head, text)) {
      if (seen.has(after)) continue;
      seen.add(after);
      if (asideWordsAround(element, headline) || isModified(element)) continue;
      yield { text: after, evidence: `a dated "${label}" line in the page (${describe(element)})`, needsDay: true };
    }
  }
}

/** Each publication label in `head` and the 40 characters of `text` after it, when they hold a digit. */
function* labelled(head: string, text = head): Generator<{ label: string; after: string }> {
  labelPattern ??= new RegExp(
    `(?:^|[^\\p{L}])(${dateRules.publishedLabels.map(escapeRegExp).join('|')})\\s*:?\\s*(?=[\\p{L}\\p{N}])`,
    'giu',
  );
  for (const match of head.matchAll(labelPattern)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (/\d/.test(after)) yield { label: match[1]!, after };
  }
}

/**
 * Inside a box whose class or id says it is beside the story (comments,
 * related links). A box right after the headline (the element before it
 * is the headline or a title block around it) is the story's own lead,
 * whatever its class says: German sites name the standfirst "teaser"
 * (`<h1>…</h1><div class="detail__teaser-text">Pressemitteilung vom 25.
 * Januar 2022 …`).
 */
function asideWordsAround(element: Element, headline?: Element): boolean {
  for (let box: Element | null = element; box && box.localName !== 'body'; box = box.parentElement) {
    const before = box.previousElementSibling;
    if (headline && before && holdsOnlyHeadline(before, headline)) return false;
    const words = domWords(box);
    if (dateRules.asideWords.some((word) => words.has(word))) return true;
  }
  return false;
}

/** The headline, or a box around it that holds little else (a title block with a kicker), not the story. */
function holdsOnlyHeadline(box: Element, headline: Element): boolean {
  if (box === headline) return true;
  if (!box.contains(headline)) return false;
  return textOfElement(box).length <= textOfElement(headline).length + MAX_DATE_TEXT;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function* elementValues(element: Element): Generator<Candidate> {
  const name = element.localName === 'time' ? '<time' : `<${element.localName} itemprop="datePublished"`;
  for (const attribute of ['datetime', 'content']) {
    const value = element.getAttribute(attribute)?.trim();
    if (value) yield { text: value, evidence: `the article's ${name} ${attribute}>`, marked: true };
  }
  const text = textOfElement(element);
  if (text !== '' && text.length <= MAX_DATE_TEXT) {
    yield { text, evidence: `the article's ${name}> text`, needsDay: true };
  }
}

/**
 * Inside a box beside the story (comments, related links, a sidebar: class
 * words in src/ingest/rules/dates.json, `<nav>`, an `<aside>` unless its
 * class says it holds the story's date, `<aside class="meta">`), or such a
 * box itself. A box that holds the headline (or any `<h1>`), or most of the
 * page's text, is the page's layout ("two columns, right sidebar"), not a
 * box beside the story. An
 * element marked up as a datePublished belongs to the item (itemscope)
 * around it: the story's when that item is an article or holds the headline.
 */
function asideFrom(element: Element, headline: Element | undefined): boolean {
  if (element.matches('[itemprop~="datePublished"]')) {
    const item = element.parentElement?.closest('[itemscope]');
    if (!item || (headline && item.contains(headline))) return false;
    if (/Article|Posting|Report/i.test(item.getAttribute('itemtype') ?? '')) return false;
  }
  for (let box: Element | null = element; box && box.localName !== 'body'; box = box.parentElement) {
    if (box !== element && ((headline && box.contains(headline)) || box.querySelector('h1') || holdsMostText(box))) {
      return false;
    }
    const words = domWords(box);
    if (dateRules.asideWords.some((word) => words.has(word))) return true;
    if (box.localName === 'nav') return true;
    // An <aside> whose class says it holds the story's date or byline (`<aside class="meta">`) is the story's own.
    if (box.localName === 'aside' && !dateRules.publishedWords.some((word) => words.has(word))) return true;
  }
  return false;
}

/**
 * A box that holds most of the page's text is its layout ("two columns,
 * right sidebar" around everything), not a box beside the story, even on a
 * page whose headline is no `<h1>`.
 */
function holdsMostText(box: Element): boolean {
  const body = box.ownerDocument.body;
  if (!body) return false;
  let total = bodyTextLength.get(body);
  if (total === undefined) bodyTextLength.set(body, (total = (body.textContent ?? '').replace(/\s+/g, '').length));
  return (box.textContent ?? '').replace(/\s+/g, '').length > total / 2;
}

const bodyTextLength = new WeakMap<Element, number>();

/** An element marked as the modification date (`.updated`, `itemprop="dateModified"`). */
function isModified(element: Element): boolean {
  const words = domWords(element);
  if (dateRules.modifiedWords.some((word) => words.has(word))) return true;
  return /datemodified/i.test(element.getAttribute('itemprop') ?? '');
}

/**
 * A date in the URL's path: /2019/11/15/, /2019-11-15-title, /20191115/,
 * or day first /15-11-2019-title. Year first is unambiguous; day first only
 * when the day is over 12 or the month is the same either way.
 */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const yearFirst = /(?:^|[/_-])((?:19|20)\d{2})([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (yearFirst) return `${yearFirst[1]}-${yearFirst[3]}-${yearFirst[4]}`;
  const dayFirst = /(?:^|[/_-])(0[1-9]|[12]\d|3[01])([_-])(0[1-9]|1[0-2])\2((?:19|20)\d{2})(?=$|[/_.-])/.exec(path);
  if (dayFirst && (Number(dayFirst[1]) > 12 || dayFirst[1] === dayFirst[3])) {
    return `${dayFirst[4]}-${dayFirst[3]}-${dayFirst[1]}`;
  }
  return undefined;
}

/**
 * Where the page shows its headline when no h1 is the headline: a heading,
 * or an element whose class says title or headline, whose text is the
 * headline the page's fields state (`<div class="itc-headline">` or an
 * `<h2>` under a section name in the h1), outside boxes beside the story.
 * Else the page's only h1. The date by it is the story's as much as the
 * date by the headline h1.
 */
function shownHeadline(document: Document, headlineText: string | undefined): Element | undefined {
  if (!headlineText || collapse(headlineText).length < 12) return undefined;
  const known = comparable(headlineText);
  for (const element of document.body?.querySelectorAll(
    'h1, h2, h3, h4, h5, h6, [class*="title" i], [class*="headline" i]',
  ) ?? []) {
    if (element.children.length > 3 || insideBox(element)) continue;
    const text = comparable(textOfElement(element));
    if (text.length >= 12 && (text === known || known.includes(text) || text.includes(known))) return element;
  }
  // A page with one h1 shows its headline there, worded as its fields word it or not.
  const h1s = [...(document.body?.querySelectorAll('h1') ?? [])].filter((h1) => textOfElement(h1) !== '');
  return h1s.length === 1 && !insideBox(h1s[0]!) ? h1s[0] : undefined;
}

/** The story's first paragraphs after the headline, where a dated story opens with its date. */
const OPENING_PARAGRAPHS = 4;

/**
 * A date that opens one of the story's first paragraphs after the headline,
 * set off from the text ("27.1.2022 – Bei der Erinnerung …", "(21. November
 * 2022) Energieverbraucher …"), or a paragraph that is only a date ("January
 * 18, 2020" over "PARIS (Reuters) – …"): the news convention of a dateline
 * at the top of the story. A date inside a sentence ("Am 8. November findet
 * …") or further down the story is what the story is about, not when it
 * was published: not taken.
 */
function* openingDates(headline: Element | undefined): Generator<Candidate> {
  if (!headline) return;
  let looked = 0;
  // In document order (linkedom's compareDocumentPosition cannot be trusted for this).
  const all = [...headline.ownerDocument.querySelectorAll('*')];
  for (const paragraph of all.slice(all.indexOf(headline) + 1)) {
    if (paragraph.localName !== 'p' || headline.contains(paragraph)) continue;
    const text = textOfElement(paragraph);
    if (text === '') continue;
    if (++looked > OPENING_PARAGRAPHS) return;
    if (asideFrom(paragraph, headline)) continue;
    const opening = /^\(?\s*([^()|–—]{6,30}?)\s*(?:\)|\s[–—-]\s|\s?\|\s?|\.?$)/u.exec(text)?.[1];
    if (!opening || !/\b\d{4}\b/.test(opening) || opening.split(/\s+/).length > 4 || saysModified(opening)) continue;
    yield { text: opening, evidence: `the date that opens the story (${describe(paragraph)})`, needsDay: true };
  }
}

/** Lines read after the headline, the byline's and date's place on most pages. */
const LINES_AFTER = 12;

/**
 * The short lines right after the headline in the page's order, wherever
 * the layout boxes them (a byline row "Von Ann Lee" beside "03.04.2019" in
 * a box of its own, "이용민 기자 | 2020-03-04 16:52:59"): a line that is a
 * full date with at most a few words besides (a name, "Posted on") is the
 * story's date line. The lines end where the story's first paragraph
 * begins. Boxes beside the story are passed over; a modification stamp is
 * not taken.
 */
function* linesAfter(headline: Element | undefined): Generator<Candidate> {
  if (!headline) return;
  const all = [...headline.ownerDocument.querySelectorAll('*')];
  let looked = 0;
  for (const element of all.slice(all.indexOf(headline) + 1)) {
    if (!LINE_TAGS.has(element.localName) || element.children.length > 3) continue;
    const text = spacedText(element);
    // A paragraph of the story: the lines between the headline and the story's text are over.
    if (element.localName === 'p' && text.length > MAX_DATE_TEXT) return;
    if (text === '' || text.length > MAX_DATE_TEXT) continue;
    if (++looked > LINES_AFTER) return;
    if (!/\d/.test(text) || asideFrom(element, headline) || isModified(element) || saysModified(text)) continue;
    yield { text, evidence: `a date line after the headline (${describe(element)})`, needsDay: true, byHeadline: true };
  }
}

/** A line that says it is the modification date ("Aktualisiert am 17.01.2021", "Last updated on …"). */
function saysModified(text: string): boolean {
  const words = new Set(text.toLowerCase().split(/[^\p{L}]+/u));
  return dateRules.modifiedWords.some((word) => words.has(word));
}

const LINE_TAGS = new Set([
  'p',
  'span',
  'div',
  'li',
  'small',
  'em',
  'strong',
  'time',
  'dd',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/**
 * Text just around the headline: a short line with a full date ("Posted on
 * September 21, 2020 by …"), or a heading that is only a date over the
 * headline (`<h3>21.01.2022</h3><h1>…`).
 */
function* datelines(headline: Element | undefined): Generator<Candidate> {
  if (!headline) return;
  const container = headline.parentElement;
  if (!container) return;
  let looked = 0;
  for (const element of container.querySelectorAll(
    'p, span, div, li, small, em, strong, time, dd, h2, h3, h4, h5, h6',
  )) {
    if (element === headline || headline.contains(element) || element.children.length > 3) continue;
    const text = textOfElement(element);
    if (text === '' || text.length > MAX_DATE_TEXT) continue;
    if (++looked > 12) return;
    if (asideFrom(element, headline) || isModified(element)) continue;
    if (/\d/.test(text)) {
      yield { text, evidence: `a date line by the headline (${describe(element)})`, needsDay: true, byHeadline: true };
    }
  }
}
