import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { collapseWhitespace } from '../plain-paragraphs.ts';

/** What separates a dateline from the story when the dateline carries no separator of its own (AP style). */
const SEPARATOR = '—';
const ENDS_WITH_SEPARATOR = /[-–—_:]$/;

/**
 * The dateline as the lead-in of the first paragraph, the way wire copy
 * prints it ("SALVADOR, Feb 26 - Showers continued …", "WASHINGTON (AP) —
 * The Supreme Court …"). Only whitespace around and inside the dateline is
 * normalised. A paragraph that already opens with the dateline is returned
 * unchanged.
 */
export function leadWithDateline(paragraph: Paragraph, dateline: string): Paragraph {
  const lead = collapseWhitespace(dateline);
  if (lead === '' || opensWith(toString(paragraph), lead)) return paragraph;
  const joiner = ENDS_WITH_SEPARATOR.test(lead) ? ' ' : ` ${SEPARATOR} `;
  const [first, ...rest] = paragraph.children;
  const children: PhrasingContent[] =
    first?.type === 'text'
      ? [{ type: 'text', value: lead + joiner + first.value }, ...rest]
      : [{ type: 'text', value: lead + joiner }, ...paragraph.children];
  return { ...paragraph, children };
}

function opensWith(text: string, dateline: string): boolean {
  const place = dateline.replace(/[\s\-–—_:]+$/, '').toLowerCase();
  const opening = collapseWhitespace(text).toLowerCase();
  return opening.startsWith(place) && !/^[\p{L}\p{N}]/u.test(opening.slice(place.length));
}

const CREDIT = /\(([\p{L}][\p{L} .&'-]{0,38})\)\s*[-–—_:]*\s*$/u;
/** A dateline printed at the start of a paragraph: place [, date] (Agency) followed by a dash. */
const PRINTED_DATELINE = /^\p{Lu}[^()]{0,60}\(([\p{L}][\p{L} .&'-]{0,38})\)\s*[-–—_]/u;

/** The agency a dateline credits, as written: "AP" in "WASHINGTON (AP)", "Reuters" in "LONDON, Oct 1 (Reuters) -". */
export function datelineCredit(dateline: string): string | undefined {
  return CREDIT.exec(collapseWhitespace(dateline))?.[1]?.trim();
}

/** The agency credited by a dateline the story's first paragraph opens with. */
export function printedDatelineCredit(paragraph: string): string | undefined {
  return PRINTED_DATELINE.exec(collapseWhitespace(paragraph))?.[1]?.trim();
}
