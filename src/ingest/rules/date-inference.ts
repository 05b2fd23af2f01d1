import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';

const words = z.array(z.string().min(1)).min(1);
const count = z.number().int().positive();

/** The words and limits date inference works with (date-inference.json, beside this file). */
const dateInferenceRulesSchema = z.strictObject({
  /** What the file is for, for a person reading it. */
  $comment: z.string().optional(),
  /** Month names and abbreviations, lowercase, → month number 1–12. */
  months: z.record(z.string().min(1), z.number().int().min(1).max(12)),
  /** Weekday names and abbreviations, lowercase: allowed before a date. */
  weekdays: words,
  /** Labels of a line that gives the publication date ("Published", "Posted"). */
  publishedLabels: words,
  /** Labels of a line that gives the date of the last change ("Updated"). */
  updatedLabels: words,
  /** Words between a label and its date ("Posted on", "Veröffentlicht am"). */
  labelLinks: words,
  /** Words that open a byline ("By"). */
  bylineWords: words,
  /** Zone abbreviations allowed after a time on a date line. */
  timeZones: words,
  /** Phrases that place an event relative to the year of writing, with the offset in years. */
  relativeYears: z.array(z.strictObject({ phrase: z.string().min(1), offset: z.number().int().min(0) })),
  /** Words that put an event in a year: "<event> in 2020". */
  eventYearLinks: words,
  /** Words too common to name one event. */
  commonWords: words,
  /**
   * Words of a notice announcing an event: when the top of the text uses
   * one, a line that is only a date there is the event's day, not the
   * notice's.
   */
  announcementWords: words,
  /**
   * A dateline opens a paragraph of prose of at least this many words: a
   * short "03.11.2022 - Band live" is an item of a listing.
   */
  datelineMinWords: count,
  /** Date lines and datelines are looked for in this many paragraphs at the top… */
  topParagraphs: count,
  /** …and not past the first paragraph of at least this many words (the story's prose). */
  proseWords: count,
  /** A line longer than this is prose, not a date line. */
  maxDateLineChars: count,
});

export type DateInferenceRules = z.infer<typeof dateInferenceRulesSchema>;

/** Reads and checks the rules: a file of the wrong shape stops the ingester, naming the file and the key. */
export function loadDateInferenceRules(
  text: string,
  file = 'src/ingest/rules/date-inference.json',
): DateInferenceRules {
  const checked = dateInferenceRulesSchema.safeParse(JSON.parse(text));
  if (checked.success) return checked.data;
  const problems = checked.error.issues.map(
    (issue) => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`,
  );
  throw new Error(problems.join('\n'));
}

export const DATE_INFERENCE_RULES: DateInferenceRules = loadDateInferenceRules(
  readFileSync(new URL('./date-inference.json', import.meta.url), 'utf8'),
);
