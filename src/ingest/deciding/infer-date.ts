import { daysInMonth } from '../../entry/published-date.ts';
import { DATE_INFERENCE_RULES as RULES } from '../rules/date-inference.ts';
import { readDateLine as readDateMarker } from '../formats/text/date-line.ts';
import { splitSentences } from '../formats/text/sentences.ts';

export interface InferredDate {
  /** A `published` value: "YYYY" or "YYYY-MM-DD". */
  readonly published: string;
  /** What in the text supports it, quoting the text so a reader can check. */
  readonly evidence: string;
}

/**
 * Dates the text from what it states as its own date, or undefined when it
 * states none. `paragraphs` (headline first, when there is one) must already
 * exclude photo captions: a year in a caption dates the photo, not the story.
 *
 * A story mentions many dates that are not its own: a birth, a death, the
 * event it recalls or the anniversary it marks, a release or deadline it
 * announces, a date in a quote. So a date anywhere in the body is no
 * evidence, however late it is. What is:
 *
 * 1. At the top of the text (before and in the first paragraph of prose):
 *    - the archive's own " date YYYY-MM-DD" marker opening a paragraph (a
 *      format whose reader does not take it as the stated date leaves it in
 *      the text);
 *    - a dateline opening the story: "WASHINGTON, May 3, 2004 — The Senate…",
 *      "May 3, 2004 (AP) - …";
 *    - a line that is only a date, with or without a label, a time and a
 *      byline: "Published: 3 May 2004", "Updated 10:02 a.m. ET, Mon May 3,
 *      2004", "By Jane Doe | May 3, 2004".
 * 2. Anywhere, a line that is only "Posted on <date>" or "Published <date>"
 *    (a blog's footer), perhaps "by" someone.
 *    Dates of these kinds that disagree are no evidence; a Published line
 *    wins over an Updated one. A line that is only a date is not taken when
 *    the top of the text announces an event ("will", "admission"): it may
 *    be the event's day, nor when a short line above it names it ("Joined",
 *    "Effective Date").
 * 3. Else, the year of writing from one event named both with its year and
 *    relative to the time of writing, the same word next to both: "had a
 *    miscarriage back in 2020" and "last year when she had a miscarriage"
 *    → 2021 (year precision).
 *
 * Only dates with a day, month and year written out count (in English or
 * German month names, ISO "2004-05-03" or day-first "03.05.2004").
 */
export function inferDate(paragraphs: readonly string[]): InferredDate | undefined {
  const stated = statedDates(paragraphs);
  if (stated.length > 0) return decide(stated);
  return inferFromRelativeMention(paragraphs.flatMap(splitSentences));
}

// --- Dates the text states as its own ----------------------------------------------

interface StatedDate {
  readonly date: string;
  /** A line that is a date and nothing else, which may also be the day of an event a notice announces. */
  readonly bare?: boolean;
  /** An "Updated" line gives the date of a change, which yields to a publication date. */
  readonly updated: boolean;
  readonly evidence: string;
}

function statedDates(paragraphs: readonly string[]): StatedDate[] {
  const found: StatedDate[] = [];
  let top = true;
  let announces = false;
  paragraphs.forEach((paragraph, index) => {
    if (index >= RULES.topParagraphs) top = false;
    if (top && ANNOUNCEMENT.test(paragraph)) announces = true;
    const lines = paragraph.split('\n').map((line) => line.replace(/\s+/gu, ' ').trim());
    lines.forEach((line, i) => {
      const dateLine = readDateLine(line, { labelledOnly: !top });
      if (!dateLine) return;
      // "Joined" or "Effective Date" on the line above labels a date that is not the story's.
      const above = i > 0 ? lines[i - 1] : index > 1 ? paragraphs[index - 1] : undefined;
      if (dateLine.bare && above !== undefined && isLabel(above)) return;
      found.push(dateLine);
    });
    if (top) {
      const marker = readDateMarker(paragraph);
      const date = marker && readDate(marker.date);
      if (marker && date) found.push({ date, updated: false, evidence: `the text opens with "${marker.line}"` });
      const dateline = readDateline(paragraph.replace(/\s+/gu, ' ').trim());
      if (dateline) found.push(dateline);
      if (paragraph.split(/\s+/u).length >= RULES.proseWords) top = false;
    }
  });
  return announces ? found.filter((s) => !s.bare) : found;
}

/** A short line that names what the line under it is ("Joined", "Effective Date"), but not a byline. */
function isLabel(line: string): boolean {
  const text = line.trim();
  return (
    text.split(/\s+/u).length <= 4 &&
    !/[.!?]["”’]?$/u.test(text) &&
    !new RegExp(`^${BY}\\s`, 'iu').test(text) &&
    !PUBLISHED_LABEL.test(text.replace(/:$/u, ''))
  );
}

function decide(stated: readonly StatedDate[]): InferredDate | undefined {
  const published = stated.filter((s) => !s.updated);
  const chosen = published.length > 0 ? published : stated;
  const dates = new Set(chosen.map((s) => s.date));
  if (dates.size !== 1) return undefined;
  return { published: chosen[0]!.date, evidence: chosen[0]!.evidence };
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** Alternatives, longest first so that "sept" is not read as "sep". */
const anyOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const MONTH = `(?:${anyOf(Object.keys(RULES.months))})`;
const WEEKDAY = `(?:(?:${anyOf(RULES.weekdays)})\\.?,?\\s+)`;
const ORDINAL = '(?:st|nd|rd|th)';
/** A date with day, month and year written out (groups: see readDate). */
const DATE_FORMS = [
  `(${MONTH})\\.?\\s+(\\d{1,2})${ORDINAL}?,?\\s+(\\d{4})`,
  `(\\d{1,2})${ORDINAL}?\\.?\\s+(?:of\\s+)?(${MONTH})\\.?,?\\s+(\\d{4})`,
  `(\\d{4})-(\\d{2})-(\\d{2})`,
  `(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})`,
];
const DATE = `${WEEKDAY}?(?:${DATE_FORMS.join('|')})(?![\\d])`;
const TIME =
  `(?:(?:at|um|,|\\||-|·)?\\s*(?:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?)?|\\d{1,2}\\s*[ap]\\.?\\s?m\\.?)` +
  `(?:\\s*(?:${anyOf(RULES.timeZones)})\\b)?)`;
const LABEL_LINK = `(?:\\s+(?:${anyOf(RULES.labelLinks)}))?\\s*:?`;
const BY = `(?:${anyOf(RULES.bylineWords)})`;
/** What may follow a line's date: a time, then a byline ("Posted on May 3, 2004 at 10:02 by Anna"). */
const LINE_TAIL = `\\s*,?\\s*${TIME}?\\s*(?:[|·•,–—-]\\s*)?(?:${BY}\\s+[^.!?|]{1,60}\\.?)?\\s*$`;

/** "Published: 3 May 2004", "Updated 10:02 a.m. ET, Mon May 3, 2004", "May 3, 2004". */
const DATE_LINE = new RegExp(
  `^(?:(${anyOf([...RULES.publishedLabels, ...RULES.updatedLabels])})${LABEL_LINK}\\s*)?(?:${TIME}\\s*,?\\s*)?(${DATE})${LINE_TAIL}`,
  'iu',
);
/** "By Jane Doe | May 3, 2004", "By Jane Doe, May 3, 2004 10:02 AM". */
const BYLINE_DATE = new RegExp(
  `^${BY}:?\\s+[^|·•\\d]{2,80}?\\s*(?:[|·•,–—-]|\\bon\\b)\\s*(${DATE})\\s*,?\\s*${TIME}?\\s*$`,
  'iu',
);
const DATE_ANYWHERE = new RegExp(DATE, 'iu');
const DATE_AT_START = new RegExp(`^${DATE}`, 'iu');
const UPDATED_LABEL = new RegExp(`^(?:${anyOf(RULES.updatedLabels)})$`, 'iu');
const ANNOUNCEMENT = new RegExp(`\\b(?:${anyOf(RULES.announcementWords)})\\b`, 'iu');
const PUBLISHED_LABEL = new RegExp(`^(?:${anyOf(RULES.publishedLabels)})$`, 'iu');
/** A dateline's place: "WASHINGTON, ", "ST. PAUL, Minn., ", "LONDON (Reuters), ". */
const PLACE =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?(?:\s*\([^)]{1,40}\))?,?\s+$/u;
/** After a dateline's date: an agency perhaps, then a dash. */
const DATELINE_DASH = /^\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-|―)\s*/u;

/**
 * A line that is only a date (perhaps labelled, timed and signed), or a
 * byline with a date. Past the top of the text only a Published/Posted line
 * counts (`labelledOnly`): a bare date there may be anything.
 */
function readDateLine(line: string, { labelledOnly }: { labelledOnly: boolean }): StatedDate | undefined {
  if (line === '' || line.length > RULES.maxDateLineChars) return undefined;
  const match = DATE_LINE.exec(line);
  if (match) {
    const label = match[1]?.replace(/\s+/gu, ' ');
    if (labelledOnly && !(label && PUBLISHED_LABEL.test(label))) return undefined;
    const date = readDate(match[2] ?? '');
    if (!date) return undefined;
    const updated = label !== undefined && UPDATED_LABEL.test(label);
    const bare = label === undefined && DATE_AT_START.exec(line)?.[0] === line;
    return { date, updated, bare, evidence: `the text's line "${line}" gives the date ${date}` };
  }
  if (labelledOnly) return undefined;
  const byline = BYLINE_DATE.exec(line);
  const date = byline ? readDate(byline[1] ?? '') : undefined;
  return date ? { date, updated: false, evidence: `the byline "${line}" gives the date ${date}` } : undefined;
}

/**
 * A dateline opening the story: a date (perhaps after a place) and a dash,
 * then a sentence, in a paragraph of prose (a short line of that shape is
 * an item of a listing: "03.11.2022 - Band live"). A date followed by a dash and another date is a life
 * span; one followed by a lowercase word is the start of a sentence about
 * that date ("May 3, 1985 — the day the river rose —"), not a dateline.
 */
function readDateline(paragraph: string): StatedDate | undefined {
  if (paragraph.split(' ').length < RULES.datelineMinWords) return undefined;
  const match = DATE_ANYWHERE.exec(paragraph.slice(0, 120));
  if (!match) return undefined;
  const place = paragraph.slice(0, match.index);
  if (place !== '' && !PLACE.test(place)) return undefined;
  const after = paragraph.slice(match.index + match[0].length);
  const dash = DATELINE_DASH.exec(after);
  if (!dash) return undefined;
  const rest = after.slice(dash[0].length);
  if (!/^["“‘']?\p{Lu}/u.test(rest) || DATE_AT_START.test(rest)) return undefined;
  const date = readDate(match[0]);
  if (!date) return undefined;
  const quoted = paragraph.slice(0, match.index + match[0].length + dash[0].length).trim();
  return { date, updated: false, evidence: `the story's dateline "${quoted}" gives the date ${date}` };
}

const DATE_FORM_PATTERNS = DATE_FORMS.map((form) => new RegExp(`^${WEEKDAY}?${form}$`, 'iu'));

/** A written date → "YYYY-MM-DD", or undefined when it is not a real day. */
function readDate(text: string): string | undefined {
  const written = text.trim();
  for (const [form, pattern] of DATE_FORM_PATTERNS.entries()) {
    const m = pattern.exec(written);
    if (!m) continue;
    const [a = '', b = '', c = ''] = m.slice(1);
    const month = (name: string) => RULES.months[name.toLowerCase()];
    const [year, monthNumber, day] =
      form === 0
        ? [Number(c), month(a), Number(b)]
        : form === 1
          ? [Number(c), month(b), Number(a)]
          : form === 2
            ? [Number(a), Number(b), Number(c)]
            : [Number(c), Number(b), Number(a)];
    if (monthNumber === undefined || monthNumber < 1 || monthNumber > 12) return undefined;
    if (year < 1800 || year > 2199 || day < 1 || day > daysInMonth(year, monthNumber)) return undefined;
    return `${year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

// --- The year of writing from one event named two ways --------------------------

const COMMON = new Set(RULES.commonWords);
const EVENT_YEAR = new RegExp(`(\\p{L}+)\\s+(?:${anyOf(RULES.eventYearLinks)})\\s+((?:1[89]|20)\\d\\d)\\b`, 'gu');

function inferFromRelativeMention(sentences: readonly string[]): InferredDate | undefined {
  const events = sentences.flatMap((sentence) =>
    [...sentence.matchAll(EVENT_YEAR)]
      .filter((m) => /^\p{Ll}{5,}$/u.test(m[1] ?? '') && !COMMON.has(m[1] ?? ''))
      .map((m) => ({ sentence, when: m[0].slice((m[1] ?? '').length).trim(), event: m[1] ?? '', year: Number(m[2]) })),
  );
  const found = new Map<number, InferredDate>();
  for (const sentence of sentences) {
    for (const { phrase, offset } of RULES.relativeYears) {
      for (const mention of events) {
        if (mention.sentence === sentence) continue;
        const relative = namesEventRelatively(sentence, phrase, mention.event);
        if (!relative) continue;
        const written = mention.year + offset;
        found.set(written, {
          published: String(written),
          evidence: `the text puts the ${mention.event} "${mention.when}" and calls it "${relative}", so it was written in ${written}`,
        });
      }
    }
  }
  // Disagreeing mentions are no evidence at all.
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/**
 * Whether the sentence dates the event by `phrase`: "the miscarriage last
 * year", "last year when she had a miscarriage". The phrase as written, or
 * undefined.
 */
function namesEventRelatively(sentence: string, phrase: string, event: string): string | undefined {
  const p = escape(phrase);
  const e = escape(event);
  const pattern = new RegExp(
    `\\b${e}(?:\\s+\\S+){0,3}\\s+(${p})\\b|\\b(${p}),?\\s+when\\s+(?:\\S+\\s+){0,4}${e}\\b`,
    'iu',
  );
  const match = pattern.exec(sentence);
  return match ? (match[1] ?? match[2]) : undefined;
}
