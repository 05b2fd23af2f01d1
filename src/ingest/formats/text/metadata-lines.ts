import { findDateLine } from '../../reading/dates/parse-date.ts';
import { readWrittenDate } from '../../reading/dates/stated-date.ts';
import type { Stated, StatedDate } from '../../reading/received.ts';
import { readByline } from './byline.ts';

/** What the lines above the story say about it. */
export interface LeadingMetadata {
  /** The date line, read. */
  readonly date?: Stated<StatedDate>;
  readonly publication?: Stated<string>;
  readonly url?: Stated<string>;
}

/** Metadata is looked for in this many non-blank lines at the top… */
const ZONE_LINES = 12;
/** …and not past a line this long, which is the story's prose. */
const PROSE_LINE = 200;

const PUBLICATION_LABEL =
  /^(?:source|publication|publisher|published in|originally published (?:in|by))\s*:\s*(.{2,80})$/iu;
const URL_LABEL = /^(?:url|link|source url|original url|permalink|source)\s*:\s*(https?:\/\/\S+)$/iu;
const BARE_URL = /^https?:\/\/\S+$/u;
/**
 * What any date that can date a story holds: a year, a numeric day and
 * month, or a month's name. A cheap test before chrono is asked, which
 * costs a hundred times more; a labelled line may also be relative
 * ("Published yesterday"), so those are always asked.
 */
const LOOKS_DATED =
  /\b(?:1[5-9]|20)\d\d(?:\b|\d)|\b\d{1,2}[/.-]\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/iu;

/**
 * Takes the metadata lines a copied article often opens with ("Published
 * 3:05 PM ET, Thu October 1, 2020", "Source: Reuters", "URL: https://…", a
 * line holding only a date or only a URL) out of the text, and sets a byline
 * or the headline line apart from the text under it, so that each is a
 * paragraph of its own. A "Published" date wins over an "Updated" one.
 */
export function takeLeadingMetadata(text: string): { readonly text: string; readonly metadata: LeadingMetadata } {
  const lines = text.split('\n');
  const found: {
    date?: Stated<StatedDate>;
    updated?: Stated<StatedDate>;
    publication?: Stated<string>;
    url?: Stated<string>;
  } = {};
  let seen = 0;
  for (let i = 0; i < lines.length && seen < ZONE_LINES; i += 1) {
    const line = (lines[i] ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
    if (line === '') continue;
    if (line.length > PROSE_LINE) break;
    seen += 1;
    const taken = readMetadataLine(line, found);
    if (taken) {
      lines[i] = '';
    } else if (readByline(line)) {
      lines[i] = `\n${lines[i]}\n`;
    }
  }
  const date = found.date ?? found.updated;
  const metadata: LeadingMetadata = {
    ...(date ? { date } : {}),
    ...(found.publication ? { publication: found.publication } : {}),
    ...(found.url ? { url: found.url } : {}),
  };
  return { text: setHeadlineApart(lines.join('\n')), metadata };
}

function readMetadataLine(
  line: string,
  found: {
    date?: Stated<StatedDate>;
    updated?: Stated<StatedDate>;
    publication?: Stated<string>;
    url?: Stated<string>;
  },
): boolean {
  const url = URL_LABEL.exec(line)?.[1] ?? (BARE_URL.test(line) ? line : undefined);
  if (url) {
    found.url ??= { value: url, evidence: `the source's "${line}" line` };
    return true;
  }
  const publication = PUBLICATION_LABEL.exec(line)?.[1];
  if (publication) {
    found.publication ??= { value: publication, evidence: `the source's "${line}" line` };
    return true;
  }
  // "Published 3:05 PM ET, Thu October 1, 2020", "Oct. 1, 2020", "Updated: yesterday"
  const maybeDate = LOOKS_DATED.test(line) || /^(?:published|updated|posted|date)\b/iu.test(line);
  const dateLine = maybeDate ? findDateLine(line.replace(/^(\p{L}+):/u, '$1')) : undefined;
  if (dateLine) {
    const stated = { value: readWrittenDate(line), evidence: `the source's "${line}" line` };
    if (/^(?:last )?(?:updated|modified)\b/iu.test(line)) found.updated ??= stated;
    else found.date ??= stated;
    return true;
  }
  return false;
}

/**
 * "Headline\nFirst line of the story…" with no blank line between: the first
 * line is the headline when it is short, does not end mid-sentence, is
 * followed by a line that starts a sentence, and reads as a title (most words
 * capitalised) or is much shorter than the lines under it.
 */
function setHeadlineApart(text: string): string {
  const match = /^(\s*)([^\n]+)\n((?:[^\n]*\S[^\n]*\n?)+)/u.exec(text);
  if (!match) return text;
  const [, lead = '', first = '', rest = ''] = match;
  const restLines = rest.split('\n').filter((l) => l.trim() !== '');
  const firstLine = first.trim();
  const next = restLines[0]?.trim() ?? '';
  if (firstLine.length > 120 || /[.,;:]$/u.test(firstLine) || !/^[\p{Lu}\p{N}"“‘']/u.test(next)) return text;
  const words = firstLine.split(/\s+/u);
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}"“‘']/u.test(w)).length / words.length;
  const longest = Math.max(...restLines.map((l) => l.trim().length));
  if (capitalised < 0.6 && firstLine.length > 0.6 * longest) return text;
  return `${lead}${first}\n\n${text.slice(match[0].length - rest.length)}`;
}
