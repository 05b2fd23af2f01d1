import type { FormatReader, ReadOutcome, ReceivedArticle, Stated, StatedDate } from '../../reading/received.ts';
import { bodyRules, type ExtractionAttempt } from '../../rules/load-rules.ts';
import { dropAuthorNotes } from './author-notes.ts';
import { bodyBlocks, linkBlockShare, linkShare } from './body-text.ts';
import { extractArticle, type ExtractedArticle } from './extract-body.ts';
import { hastToBody, parseFragment } from './fragment-to-body.ts';
import { dropFrontLeaks, type FrontLeaks } from './front-leaks.ts';
import { readPageMetadata, type PageMetadata } from './metadata.ts';
import { checkedDate } from './page-date.ts';
import { parsePage } from './parse-page.ts';

/**
 * A saved web page (.html) → its article: the metadata the page states
 * (JSON-LD, OpenGraph and other meta tags, its own headline, byline and
 * `<time>` elements; see metadata.ts) and the body Readability finds once the
 * page's furniture is gone, converted through rehype to the entry body.
 */
export const readHtml: FormatReader = (text) => {
  const { attempts } = bodyRules();
  let firstProblem: string | undefined;
  for (const [i, attempt] of attempts.entries()) {
    const read = readWith(text, attempt);
    if (typeof read !== 'string') {
      if (i === 0) return { ok: true, articles: [read] };
      const note = `the body was found by ${attempt.name} (where the first reading found none: ${firstProblem})`;
      return { ok: true, articles: [{ ...read, notes: [note, ...read.notes] }] };
    }
    firstProblem ??= read;
  }
  return noArticle(firstProblem ?? 'Readability found no content');
};

/**
 * The page's article as one attempt (see src/ingest/rules/body.yaml) finds
 * it, or why it finds none. Each attempt reads the page afresh: extraction
 * changes the document.
 */
function readWith(text: string, attempt: ExtractionAttempt): ReceivedArticle | string {
  const rules = bodyRules();
  const document = parsePage(text);
  const savedAt = savedTime(text);
  const metadata = readPageMetadata(document, savedAt ? { savedAt } : {});
  const extracted = extractArticle(document, metadata.frontElements, attempt);
  if (!extracted) return 'Readability found no content';

  const tree = parseFragment(extracted.content);
  const authors = metadata.authors?.value ?? (extracted.byline ? [extracted.byline] : []);
  const front = dropFrontLeaks(tree, {
    ...(metadata.headline ? { headline: metadata.headline.value } : {}),
    ...(metadata.dek ? { dek: metadata.dek.value } : {}),
    authors,
  });
  const authorNotes = dropAuthorNotes(tree, authors);
  const { body, notes } = hastToBody(tree, metadata.url?.value, extracted.furniture);
  const datingText = bodyBlocks(body);
  const wordCount = (block: string) => block.split(/\s+/).filter(Boolean).length;
  const words = wordCount(datingText.join(' '));
  if (words < rules.minWords) return `it holds ${words} words of text`;
  if (linkShare(body) > rules.maxLinkShare) return 'what it holds is mostly links, a list of headlines';
  if (linkBlockShare(body) > rules.maxLinkBlockShare) return 'mostly headline links, a list of teasers';
  const longest = Math.max(...datingText.map(wordCount));
  if (longest < rules.minLongestBlockWords)
    return `it holds only short lines (the longest of ${longest} words), a list of teasers`;

  return {
    ...statedFields(metadata, extracted, front, (value) =>
      notStale(checkedDate(document, value, `Readability's publishedTime`, savedAt), metadata.staleDays),
    ),
    body,
    datingText,
    notes: [
      ...metadata.dateNotes,
      ...(front.removed > 0 ? [`kept ${front.removed} copies of the headline, byline or date out of the body`] : []),
      ...(authorNotes > 0 ? [`dropped ${authorNotes} note(s) about the author under the story`] : []),
      ...notes,
    ],
  };
}

/**
 * Each field from the page's metadata, else from Readability's reading of the
 * page; authors last from a "By …" line at the top of the article.
 */
function statedFields(
  metadata: PageMetadata,
  readability: ExtractedArticle,
  front: FrontLeaks,
  checkDate: (value: string) => Stated<StatedDate> | undefined,
): Omit<ReceivedArticle, 'body' | 'datingText' | 'notes'> {
  const headline =
    metadata.headline ??
    (readability.title ? { value: readability.title, evidence: `Readability's title` } : undefined);
  const date = metadata.date ?? (readability.publishedTime ? checkDate(readability.publishedTime) : undefined);
  const authors =
    metadata.authors ??
    (readability.byline ? { value: [readability.byline], evidence: `Readability's byline` } : undefined) ??
    (front.byline ? { value: [front.byline], evidence: `the "By …" line at the top of the article` } : undefined);
  const dek =
    metadata.dek ??
    (front.dek ? { value: front.dek, evidence: `the line under the headline at the top of the article` } : undefined);
  const publication =
    metadata.publication ??
    (readability.siteName ? { value: readability.siteName, evidence: `Readability's siteName` } : undefined);
  return {
    ...(headline ? { headline } : {}),
    ...(dek ? { dek } : {}),
    ...(date ? { date } : {}),
    ...(authors ? { authors } : {}),
    ...(publication ? { publication } : {}),
    ...(metadata.topics ? { topics: metadata.topics } : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
  };
}

/**
 * The publication date the reader states for the page, whatever its body:
 * the page's metadata cascade (page-date.ts), else Readability's
 * publishedTime, both checked as readHtml checks them; undefined when the
 * page states none. For a page whose body the reader refuses this is the
 * date it would have stated, so a date can be judged apart from the body.
 */
export function readHtmlDate(text: string): Stated<StatedDate> | undefined {
  const document = parsePage(text);
  const savedAt = savedTime(text);
  const metadata = readPageMetadata(document, savedAt ? { savedAt } : {});
  if (metadata.date) return metadata.date;
  for (const attempt of bodyRules().attempts) {
    // Readability reads from the page as the first attempt leaves it; each attempt reads it afresh.
    const fresh = parsePage(text);
    const extracted = extractArticle(fresh, readPageMetadata(fresh, savedAt ? { savedAt } : {}).frontElements, attempt);
    if (extracted?.publishedTime) {
      const date = checkedDate(fresh, extracted.publishedTime, `Readability's publishedTime`, savedAt);
      return notStale(date, metadata.staleDays);
    }
    if (extracted) return undefined;
  }
  return undefined;
}

/** The date, unless it falls on a day the page's own fields showed to be stale. */
function notStale(date: Stated<StatedDate> | undefined, staleDays: readonly string[]): Stated<StatedDate> | undefined {
  if (!date) return undefined;
  const reading = date.value;
  return reading.ok && staleDays.includes(reading.published.slice(0, 10)) ? undefined : date;
}

/**
 * When the page was saved, if the page says: the latest capture time of an
 * archive copy (web.archive.org/web/20120216182711/… in the page's own
 * stylesheets, scripts and images, which the archive rewrites; a link `<a
 * href>` to an archived copy of another page says nothing of this one's), a
 * SingleFile "saved date", an HTTrack "Mirrored from … by HTTrack" stamp.
 */
export function savedTime(text: string): Date | undefined {
  let latest: number | undefined;
  for (const [, tag, stamp] of text.matchAll(/<([a-z][\w-]*)\b[^>]*?web\.archive\.org\/web\/(\d{14})/gi)) {
    if (tag!.toLowerCase() === 'a') continue;
    const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, i) => Number(stamp!.slice(at, at + (i === 0 ? 4 : 2))));
    const time = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
    if (!Number.isNaN(time) && (latest === undefined || time > latest)) latest = time;
  }
  const singleFile = /saved date: ([^\n]{10,60})\n/.exec(text.slice(0, 2000))?.[1];
  const httrack = /Mirrored from [^>]* by HTTrack Website Copier\/[^,]*, ([^>]{10,40}) -->/.exec(
    text.slice(0, 4000),
  )?.[1];
  for (const stamp of [singleFile, httrack]) {
    const time = stamp ? Date.parse(stamp) : Number.NaN;
    if (!Number.isNaN(time) && (latest === undefined || time > latest)) latest = time;
  }
  return latest === undefined ? undefined : new Date(latest);
}

function noArticle(why: string): ReadOutcome {
  return {
    ok: false,
    problem: {
      field: 'body',
      reason: `the page has no article body that Readability can find (${why}); save the article page itself, not a section or home page`,
    },
  };
}
