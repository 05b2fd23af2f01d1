export interface DateLine {
  /** The date as written, YYYY-MM-DD. */
  readonly date: string;
  /** The marker as a reader can find it in the source: `date YYYY-MM-DD`. */
  readonly line: string;
  /** The text after the date on the same line: the start of the article. */
  readonly rest: string;
}

const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*(.*)$/;

/**
 * Reads the ` date YYYY-MM-DD` marker some sources open with, or undefined
 * when the first line is not one. The date is taken as written, never
 * corrected: the text reader reads it, and an impossible one is refused
 * when the entry is decided.
 */
export function readDateLine(text: string): DateLine | undefined {
  const match = DATE_LINE.exec(text.split('\n', 1)[0] ?? '');
  if (!match) return undefined;
  const [, date = '', rest = ''] = match;
  return { date, line: `date ${date}`, rest: rest.trim() };
}

/** The text with its date line replaced by what followed the date on that line. */
export function withoutDateLine(text: string, dateLine: DateLine): string {
  const newline = text.indexOf('\n');
  return dateLine.rest + (newline === -1 ? '' : text.slice(newline));
}
