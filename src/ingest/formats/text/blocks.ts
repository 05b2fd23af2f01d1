/** A paragraph of the source, or a list. */
export interface Block {
  /** The lines as received, each trimmed and with no-break spaces made plain. */
  readonly lines: readonly string[];
  /** The lines joined with single spaces (a list's items joined likewise). */
  readonly text: string;
  /** For a list written with "- ", "* " or "• " markers: its items, markers removed. */
  readonly items?: readonly string[];
}

/** Lines of hard-wrapped text are at most about this long; longer lines are whole paragraphs. */
const WRAP_WIDTH = 100;

const LIST_MARKER = /^[ \t]*[-*•][ \t]+(?=[^\n]*[\p{L}\p{N}])/u;
const INDENT = /^(?:[ \t\u00a0]*)/;

/**
 * Splits decoded source text into paragraphs. A paragraph ends at a blank
 * line; within a run of lines it also ends
 * - before an indented line when the other lines are not indented (the
 *   first-line indent of typewritten and wire copy), and
 * - at every line break when the lines are longer than a hard wrap could make
 *   (text copied from a web page, a paragraph per line).
 * Hard-wrapped lines are rejoined with single spaces. Lines starting with
 * "- ", "* " or "• " make a list, one item per marker.
 */
export function splitBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0)
    .flatMap(splitChunk)
    .reduce<Block[]>(joinAdjacentLists, []);
}

/** Items separated by blank lines are still one list. */
function joinAdjacentLists(blocks: Block[], block: Block): Block[] {
  const previous = blocks.at(-1);
  if (previous?.items && block.items) {
    const items = [...previous.items, ...block.items];
    blocks[blocks.length - 1] = { lines: [...previous.lines, ...block.lines], text: items.join(' '), items };
  } else {
    blocks.push(block);
  }
  return blocks;
}

function splitChunk(raw: readonly string[]): Block[] {
  if (LIST_MARKER.test(raw[0] ?? '')) return [makeList(raw)];
  const blocks: Block[] = [];
  if (raw.length === 1) return [makeBlock([clean(raw[0]!)])];
  for (const lines of splitAtIndents(raw)) {
    const cleaned = lines.map(clean);
    if (cleaned.some((line) => line.length > WRAP_WIDTH)) blocks.push(...cleaned.map((line) => makeBlock([line])));
    else blocks.push(makeBlock(cleaned));
  }
  return blocks;
}

/** First-line indents: each indented line starts a paragraph when the chunk also has unindented lines. */
function splitAtIndents(raw: readonly string[]): string[][] {
  const indents = raw.map((line) => INDENT.exec(line)?.[0].length ?? 0);
  const least = Math.min(...indents);
  if (indents.every((n) => n === least)) return [[...raw]];
  const groups: string[][] = [];
  raw.forEach((line, i) => {
    if (i === 0 || (indents[i] ?? 0) > least) groups.push([line]);
    else groups.at(-1)!.push(line);
  });
  return groups;
}

function makeList(raw: readonly string[]): Block {
  const items: string[][] = [];
  for (const line of raw) {
    if (LIST_MARKER.test(line)) items.push([clean(line.replace(LIST_MARKER, ''))]);
    else items.at(-1)!.push(clean(line));
  }
  const texts = items.map(joinLines);
  return { lines: raw.map(clean), text: texts.join(' '), items: texts };
}

function clean(line: string): string {
  const trimmed = line.trim();
  // Most lines have single plain spaces only; the replace is for the rest.
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

export function makeBlock(lines: readonly string[]): Block {
  return { lines, text: joinLines(lines) };
}

/**
 * Hard-wrapped lines as one paragraph. A line that ends in a hyphen after a
 * letter was broken inside a compound ("long-\nclosed"), so the hyphen stays
 * and no space is put in.
 */
function joinLines(lines: readonly string[]): string {
  return lines.reduce(
    (text, line) => (/\p{L}-$/u.test(text) && /^\p{L}/u.test(line) ? text + line : text ? `${text} ${line}` : line),
    '',
  );
}
