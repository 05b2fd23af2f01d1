/**
 * Turns the raw bytes of a source into text: UTF-8 only, a leading byte-order
 * mark removed, and every line ending normalised to LF. Invalid UTF-8 throws,
 * so a mis-encoded source is refused rather than silently garbled.
 */
export function decodeSource(bytes: Uint8Array): string {
  let text: string;
  try {
    // TextDecoder strips a UTF-8 BOM by default (ignoreBOM: false).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new Error('is not valid UTF-8 text; re-save it as UTF-8', { cause: error });
  }
  return text.replace(/\r\n?/g, '\n');
}
