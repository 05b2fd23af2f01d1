import { readFileSync } from 'node:fs';

/**
 * The word lists and thresholds that reading publication dates depends on,
 * kept as data in dates.json next to this file so that tuning them shows as
 * a data diff. Loaded once and checked here; a malformed file stops the
 * ingester at start-up rather than misreading dates.
 */
export interface DateRules {
  /** Years whose January 1 is a software default, not a publication date (1900, 1970, …). */
  readonly januaryFirstYears: ReadonlySet<number>;
  /** A year before this is a placeholder (0001-01-01). */
  readonly minYear: number;
  /** How far after the page was saved (or after now) a date may fall, in milliseconds. */
  readonly savedToleranceMs: number;
  /** Lowercase language tags whose pages write numeric dates month first. */
  readonly monthFirstLanguages: ReadonlySet<string>;
  /** Class or id words marking a publication date element. */
  readonly publishedWords: readonly string[];
  /** Class or id words marking a modification date, which is not the publication date. */
  readonly modifiedWords: readonly string[];
  /** Class or id words of a box beside the story (comments, related links): its dates are not the story's. */
  readonly asideWords: readonly string[];
  /** Words that introduce a publication date in text ("veröffentlicht am", "publié le"), lowercase, longest first. */
  readonly publishedLabels: readonly string[];
  /**
   * Month names and abbreviations of the languages listed (lowercase) →
   * month number 1–12. A spelling two languages give different months
   * (Polish and Croatian "listopada") is left out: it decides nothing.
   */
  readonly monthNames: ReadonlyMap<string, number>;
}

interface DatesFile {
  readonly placeholders: { readonly januaryFirstYears: number[]; readonly minYear: number };
  readonly savedTolerance: { readonly hours: number };
  readonly monthFirstLanguages: { readonly tags: string[] };
  readonly dateClassWords: { readonly published: string[]; readonly modified: string[]; readonly aside: string[] };
  readonly publishedLabels: { readonly labels: string[] };
  readonly monthNames: Record<string, unknown>;
}

export function loadDateRules(text: string): DateRules {
  const file = JSON.parse(text) as DatesFile;
  const numbers = (value: unknown, what: string): number[] => {
    if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n))) throw new Error(`dates.json: ${what}`);
    return value as number[];
  };
  const words = (value: unknown, what: string): string[] => {
    if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && w !== '')) {
      throw new Error(`dates.json: ${what} must be a list of words`);
    }
    return (value as string[]).map((w) => w.toLowerCase());
  };
  const hours = file.savedTolerance?.hours;
  if (typeof hours !== 'number' || hours < 0) throw new Error('dates.json: savedTolerance.hours');
  const minYear = file.placeholders?.minYear;
  if (!Number.isInteger(minYear)) throw new Error('dates.json: placeholders.minYear');

  const months = new Map<string, number>();
  const conflicting = new Set<string>();
  for (const [language, list] of Object.entries(file.monthNames ?? {})) {
    if (language.startsWith('$')) continue;
    if (!Array.isArray(list) || list.length !== 12)
      throw new Error(`dates.json: monthNames.${language} needs 12 months`);
    list.forEach((spellings, index) => {
      for (const spelling of words(spellings, `monthNames.${language}[${index}]`)) {
        const known = months.get(spelling);
        if (known !== undefined && known !== index + 1) conflicting.add(spelling);
        months.set(spelling, index + 1);
      }
    });
  }
  for (const spelling of conflicting) months.delete(spelling);

  return {
    januaryFirstYears: new Set(numbers(file.placeholders.januaryFirstYears, 'placeholders.januaryFirstYears')),
    minYear,
    savedToleranceMs: hours * 3_600_000,
    monthFirstLanguages: new Set(words(file.monthFirstLanguages?.tags, 'monthFirstLanguages.tags')),
    publishedWords: words(file.dateClassWords?.published, 'dateClassWords.published'),
    modifiedWords: words(file.dateClassWords?.modified, 'dateClassWords.modified'),
    asideWords: words(file.dateClassWords?.aside, 'dateClassWords.aside'),
    publishedLabels: words(file.publishedLabels?.labels, 'publishedLabels.labels').sort((a, b) => b.length - a.length),
    monthNames: months,
  };
}

export const dateRules: DateRules = loadDateRules(readFileSync(new URL('./dates.json', import.meta.url), 'utf8'));
