import { readFileSync } from 'node:fs';

/** The words and limits date inference works with (date-inference.json, beside this file). */
export interface DateInferenceRules {
  /** Month names and abbreviations, lowercase, → month number 1–12. */
  readonly months: Readonly<Record<string, number>>;
  /** Weekday names and abbreviations, lowercase: allowed before a date. */
  readonly weekdays: readonly string[];
  /** Labels of a line that gives the publication date ("Published", "Posted"). */
  readonly publishedLabels: readonly string[];
  /** Labels of a line that gives the date of the last change ("Updated"). */
  readonly updatedLabels: readonly string[];
  /** Words between a label and its date ("Posted on", "Veröffentlicht am"). */
  readonly labelLinks: readonly string[];
  /** Words that open a byline ("By"). */
  readonly bylineWords: readonly string[];
  /** Zone abbreviations allowed after a time on a date line. */
  readonly timeZones: readonly string[];
  /** Phrases that place an event relative to the year of writing, with the offset in years. */
  readonly relativeYears: readonly { readonly phrase: string; readonly offset: number }[];
  /** Words that put an event in a year: "<event> in 2020". */
  readonly eventYearLinks: readonly string[];
  /** Words too common to name one event. */
  readonly commonWords: readonly string[];
  /**
   * Words of a notice announcing an event: when the top of the text uses
   * one, a line that is only a date there is the event's day, not the
   * notice's.
   */
  readonly announcementWords: readonly string[];
  /**
   * A dateline opens a paragraph of prose of at least this many words: a
   * short "03.11.2022 - Band live" is an item of a listing.
   */
  readonly datelineMinWords: number;
  /** Date lines and datelines are looked for in this many paragraphs at the top… */
  readonly topParagraphs: number;
  /** …and not past the first paragraph of at least this many words (the story's prose). */
  readonly proseWords: number;
  /** A line longer than this is prose, not a date line. */
  readonly maxDateLineChars: number;
}

export const DATE_INFERENCE_RULES: DateInferenceRules = JSON.parse(
  readFileSync(new URL('./date-inference.json', import.meta.url), 'utf8'),
) as DateInferenceRules;
