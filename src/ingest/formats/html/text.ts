/** Text with each run of whitespace as one space, trimmed: how text measures across markup. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text compared loosely: case, spacing and curly quotes do not matter. */
export function comparable(text: string): string {
  return collapse(text).toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}
