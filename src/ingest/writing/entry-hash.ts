import { createHash } from 'node:crypto';

/** The hash stands in for itself while hashing: the field's value is taken as 64 zeros. */
export const HASH_PLACEHOLDER = '0'.repeat(64);

/** The front-matter line that holds the hash, as the ingester writes it. */
const HASH_LINE = /^(  entrySha256: ")([0-9a-f]{64})(")$/m;

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * `ingest.entrySha256`: the SHA-256 (hex) of the entry's UTF-8 text with the
 * value on its `  entrySha256: "…"` line replaced by 64 zeros. Any other
 * change to the file, front matter or body, changes the hash.
 */
export function hashEntry(text: string): string {
  return sha256Hex(text.replace(HASH_LINE, `$1${HASH_PLACEHOLDER}$3`));
}

/** Puts the hash of `text` (written with the placeholder) into its hash line. */
export function sealEntry(text: string): string {
  const hash = hashEntry(text);
  return text.replace(HASH_LINE, `$1${hash}$3`);
}

/**
 * True when the entry is exactly as the ingester wrote it. An entry without a
 * hash line (made or rewritten by hand) is not.
 */
export function isUntouched(text: string): boolean {
  const stored = HASH_LINE.exec(text)?.[2];
  return stored !== undefined && stored === hashEntry(text);
}
