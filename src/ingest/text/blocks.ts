/** A paragraph of the source: the text between blank lines. */
export interface Block {
  /** The lines as received, each trimmed and with no-break spaces made plain. */
  readonly lines: readonly string[];
  /** The lines joined with single spaces. */
  readonly text: string;
}

/**
 * Splits decoded source text into paragraphs at blank lines. Whitespace
 * inside a line is collapsed (sources carry stray no-break spaces from the
 * web page they were copied from); lines of one paragraph are kept apart in
 * `lines` so that rules about line length can see them.
 */
export function splitBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0)
    .map(makeBlock);
}

export function makeBlock(lines: readonly string[]): Block {
  return { lines, text: lines.join(' ') };
}
