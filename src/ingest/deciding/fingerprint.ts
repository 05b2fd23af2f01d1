import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sha256Hex } from '../writing/entry-hash.ts';

/**
 * The identity of an article's text, whatever the format it arrived in:
 * the SHA-256 of its body's words, compatibility-normalised (NFKC), lower
 * case, with punctuation, markup and spacing left out. A text copy and a
 * saved page of one story agree; a story with one word changed does not.
 */
export function textFingerprint(body: Root): string {
  return sha256Hex(normaliseText(body.children.map((node) => toString(node)).join(' ')));
}

export function normaliseText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}
