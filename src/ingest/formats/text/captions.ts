import type { Block } from './blocks.ts';

/**
 * Photo agencies and platforms that sources name as image credits, longest
 * first so "Getty Images" wins over "Getty".
 */
export const creditWords: readonly string[] = [
  'Getty Images',
  'Getty',
  'AP Photo',
  'AP',
  'Reuters',
  'Shutterstock',
  'Instagram',
  'Twitter',
  'Facebook',
  'YouTube',
  'TikTok',
  'AFP',
  'EPA',
  'Splash News',
  'Backgrid',
  'WireImage',
  'FilmMagic',
  'Invision',
].sort((a, b) => b.length - a.length);

/** The caption of an image the archive did not receive. */
export interface Caption {
  readonly kind: 'caption';
  readonly text: string;
  readonly credit: string;
  /** A name-only line the source gave the image, when it had one. */
  readonly label?: string;
}

/** Caption lines are short; prose that happens to start with "Reuters" is not. */
const MAX_CAPTION = 160;
/** A "Name (Credit)" caption is shorter still. */
const MAX_PAREN_CAPTION = 100;

const escaped = creditWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** "John Legend & Chrissy Teigen (Twitter)" */
const TRAILING_CREDIT = new RegExp(`^(.+?)\\s*\\((?:Photo:\\s*|Credit:\\s*)?(${escaped})(?:/[^)]*)?\\)$`, 'iu');
/** "Getty Chrissy Teigen and John Legend in 2018." — the credit runs straight into a capitalised caption. */
const LEADING_CREDIT = new RegExp(`^(${escaped})\\s+(\\p{Lu}.*)$`, 'u');

/** The caption a single-line paragraph is, or undefined. */
export function readCaption(block: Block): Caption | undefined {
  if (block.lines.length !== 1) return undefined;
  const text = block.text;
  const trailing = text.length <= MAX_PAREN_CAPTION ? TRAILING_CREDIT.exec(text) : null;
  if (trailing?.[1] && trailing[2]) return { kind: 'caption', text: trailing[1], credit: canonicalCredit(trailing[2]) };
  const leading = text.length <= MAX_CAPTION ? LEADING_CREDIT.exec(text) : null;
  if (leading?.[1] && leading[2]) return { kind: 'caption', text: leading[2], credit: leading[1] };
  return undefined;
}

/**
 * True for a short name-only line ("Chrissy Teigen"): one to four
 * capitalised words and no punctuation. Before a caption line it is the
 * image's label.
 */
export function isLabel(block: Block): boolean {
  return (
    block.lines.length === 1 &&
    block.text.length <= 40 &&
    /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$/u.test(block.text)
  );
}

/** Reads a caption at `index`, taking a label line just before it into account. */
export function readCaptionAt(
  blocks: readonly Block[],
  index: number,
): { caption: Caption; length: number } | undefined {
  const block = blocks[index];
  if (!block) return undefined;
  const here = readCaption(block);
  if (here) return { caption: here, length: 1 };
  const next = blocks[index + 1];
  const labelled = next && isLabel(block) ? readCaption(next) : undefined;
  return labelled ? { caption: { ...labelled, label: block.text }, length: 2 } : undefined;
}

function canonicalCredit(word: string): string {
  return creditWords.find((w) => w.toLowerCase() === word.toLowerCase()) ?? word;
}
