/** Text with each run of whitespace as one space, trimmed: how text compares and measures across markup. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
