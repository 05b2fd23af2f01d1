/**
 * Turns the raw bytes of a source into article text, or refuses them with a
 * reason a person can act on.
 *
 * The encoding is decided in this order, most certain first:
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), or UTF-16 without one
 *    when the NUL pattern of ASCII text leaves no doubt;
 * 2. binary data is refused: known file signatures, NUL bytes, or a high
 *    share of control bytes;
 * 3. strict UTF-8 (where most text lands, so it is the fast path);
 * 4. the charset the file declares (HTML meta, XML declaration), through
 *    the WHATWG labels TextDecoder knows (iso-8859-1 means windows-1252);
 * 5. Windows-1252, when the bytes are defined there and read as Latin text;
 *    a file mixing valid UTF-8 with stray Windows-1252 bytes is read part by
 *    part.
 * UTF-8 text that was once mis-decoded as Windows-1252 and saved again
 * ("cafÃ©") is repaired when the repair is unambiguous.
 *
 * The text then has LF line endings, no BOM, and no control characters
 * other than tab, LF and form feed. `notes` says what was done beyond
 * routine decoding, so the ingest report can show it.
 */

export type DecodeResult =
  { ok: true; text: string; encoding: string; notes: string[] } | { ok: false; reason: string };

export function decodeSource(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return refuse('is empty (0 bytes); there is no article to read');

  const unicode = decodeWithByteOrderMark(bytes) ?? decodeUtf16WithoutBom(bytes);
  if (unicode?.ok === false) return unicode;
  if (unicode) {
    const { text, encoding, notes } = unicode;
    return encoding === 'utf-8' ? finishUtf8(text, notes) : finish(text, encoding, notes);
  }

  const binary = describeBinary(bytes);
  if (binary) return refuse(binary);

  const stats = scanBytes(bytes);
  if (stats.nuls > 0 || stats.controls > Math.max(4, bytes.length * 0.02)) {
    return refuse(
      `contains ${stats.nuls > 0 ? `NUL bytes (first at byte ${formatOffset(stats.firstNul)})` : 'many control bytes'}, ` +
        'so it is binary data, not text; save the article as text or HTML',
    );
  }
  if (!stats.hasHighBytes) return finish(latin1(bytes), 'utf-8', []);

  const utf8 = tryDecode('utf-8', bytes);
  const declared = declaredCharset(bytes);
  if (utf8 !== undefined) {
    const notes = declared && declared !== 'utf-8' ? [`declares ${declared} but is valid UTF-8; read as UTF-8`] : [];
    return finishUtf8(utf8, notes);
  }

  const notes: string[] = [];
  if (declared && declared !== 'utf-8' && declared !== 'windows-1252') {
    const text = tryDecode(declared, bytes);
    if (text !== undefined) return finish(text, declared, [`decoded as ${declared}, the charset the file declares`]);
    notes.push(`declares ${declared} but is not valid ${declared}`);
  } else if (declared === 'utf-8') {
    notes.push('declares utf-8 but is not valid UTF-8');
  }
  return decodeWindows1252(bytes, declared === 'windows-1252', notes);
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

// ---------------------------------------------------------------- UTF-16 and BOMs

function decodeWithByteOrderMark(bytes: Uint8Array): DecodeResult | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const text = tryDecode('utf-8', bytes);
    if (text !== undefined) return { ok: true, text, encoding: 'utf-8', notes: [] };
    return refuse(
      `starts with a UTF-8 byte-order mark but has bytes that are not valid UTF-8 (first at byte ${formatOffset(firstInvalidUtf8(bytes))}); re-save it as UTF-8`,
    );
  }
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    return refuse('is UTF-32 text, which is not supported; re-save it as UTF-8');
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes, 'utf-16le', 'a UTF-16LE byte-order mark');
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes, 'utf-16be', 'a UTF-16BE byte-order mark');
  return undefined;
}

/**
 * UTF-16 without a BOM is only assumed when it is certain: text that is
 * mostly ASCII has a NUL in every other byte, on one side only.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodeResult | undefined {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return undefined;
  const sample = Math.min(bytes.length, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls >= pairs * 0.9 && evenNuls <= pairs * 0.05) {
    return decodeUtf16(bytes, 'utf-16le', 'no byte-order mark (the NUL bytes show UTF-16LE)');
  }
  if (evenNuls >= pairs * 0.9 && oddNuls <= pairs * 0.05) {
    return decodeUtf16(bytes, 'utf-16be', 'no byte-order mark (the NUL bytes show UTF-16BE)');
  }
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', evidence: string): DecodeResult {
  const label = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  const text = tryDecode(encoding, bytes);
  if (text === undefined) {
    return refuse(`has ${evidence} but is not valid ${label}; re-save it as UTF-8`);
  }
  if (mostlyControlCharacters(text)) {
    return refuse(`has ${evidence} but is mostly control characters, so it is binary data, not text`);
  }
  const notes = evidence.startsWith('no ') ? [`read as ${label}: ${evidence}`] : [];
  return { ok: true, text, encoding, notes };
}

// ---------------------------------------------------------------- binary data

/** Leading bytes of formats that are never article text, with what to tell the user. */
const SIGNATURES: readonly {
  readonly magic: readonly (number | string)[];
  readonly offset?: number;
  readonly what: string;
}[] = [
  { magic: ['%PDF-'], what: 'a PDF document' },
  { magic: [0x89, 'PNG\r\n', 0x1a, '\n'], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: ['GIF87a'], what: 'a GIF image' },
  { magic: ['GIF89a'], what: 'a GIF image' },
  { magic: ['RIFF'], what: 'a RIFF media file (WebP, WAV or AVI)' },
  { magic: ['II*', 0], what: 'a TIFF image' },
  { magic: ['MM', 0, '*'], what: 'a TIFF image' },
  { magic: ['ftyp'], offset: 4, what: 'an MP4/QuickTime media file' },
  { magic: ['ID3'], what: 'an MP3 audio file' },
  { magic: ['OggS'], what: 'an Ogg media file' },
  { magic: ['fLaC'], what: 'a FLAC audio file' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
  { magic: ['BZh'], what: 'a bzip2 archive' },
  { magic: [0xfd, '7zXZ', 0], what: 'an xz archive' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: 'a Zstandard archive' },
  { magic: ['7z', 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { magic: ['Rar!', 0x1a, 0x07], what: 'a RAR archive' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office document (.doc/.xls)' },
  { magic: ['{\\rtf'], what: 'an RTF document' },
  { magic: ['SQLite format 3', 0], what: 'an SQLite database' },
  { magic: [0x7f, 'ELF'], what: 'a program (ELF executable)' },
  { magic: [0, 'asm'], what: 'a WebAssembly module' },
  { magic: ['wOFF'], what: 'a web font' },
  { magic: ['wOF2'], what: 'a web font' },
];

const SIGNATURE_BYTES = SIGNATURES.map(({ magic, offset = 0, what }) => ({
  bytes: magic.flatMap((part) => (typeof part === 'number' ? [part] : [...part].map((c) => c.charCodeAt(0)))),
  offset,
  what,
}));

/** Why the bytes are a known binary format, or undefined. */
function describeBinary(bytes: Uint8Array): string | undefined {
  const advice = 'not article text; save the article as text or HTML';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return `is ${describeZip(bytes)}, ${advice}`;
  }
  for (const signature of SIGNATURE_BYTES) {
    if (startsWith(bytes, signature.bytes, signature.offset)) return `is ${signature.what}, ${advice}`;
  }
  return undefined;
}

/** ZIP is the container of Word, OpenDocument and EPUB files: name the one a user would recognise. */
function describeZip(bytes: Uint8Array): string {
  const head = latin1(bytes.subarray(0, 4096));
  if (head.includes('word/')) return 'a Word document (.docx)';
  if (head.includes('application/vnd.oasis.opendocument')) return 'an OpenDocument file (.odt)';
  if (head.includes('application/epub+zip')) return 'an EPUB e-book';
  if (head.includes('[Content_Types].xml')) return 'a Microsoft Office document';
  return 'a ZIP archive';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[offset + i] !== prefix[i]) return false;
  return true;
}

interface ByteStats {
  readonly hasHighBytes: boolean;
  readonly nuls: number;
  readonly firstNul: number;
  /** C0 control bytes other than tab, LF, CR, form feed and the old end-of-file mark. */
  readonly controls: number;
}

function scanBytes(bytes: Uint8Array): ByteStats {
  let high = false;
  let nuls = 0;
  let firstNul = -1;
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b < 0x7f) continue;
    if (b >= 0x80) high = true;
    else if (b === 0) {
      nuls++;
      if (firstNul < 0) firstNul = i;
    } else if (b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) controls++;
  }
  return { hasHighBytes: high, nuls, firstNul, controls };
}

function mostlyControlCharacters(text: string): boolean {
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g)?.length ?? 0;
  return controls > Math.max(4, text.length * 0.1);
}

// ---------------------------------------------------------------- UTF-8 and declared charsets

const decoders = new Map<string, TextDecoder>();

/** The text, or undefined when the bytes are not valid in `label`. */
function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  let decoder = decoders.get(label);
  if (!decoder) {
    decoder = new TextDecoder(label, { fatal: true });
    decoders.set(label, decoder);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/;

/**
 * The WHATWG name of the charset the file declares in its first 4 KB (an
 * HTML meta tag or an XML declaration), or undefined when it declares none
 * or one TextDecoder does not know.
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 4096));
  const label = (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A meta tag cannot truly declare UTF-16 (the tag itself would not be readable as ASCII).
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}

/** Byte offset of the first byte that does not start a valid UTF-8 sequence; -1 when there is none. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Length of the valid UTF-8 sequence at `i` (1–4), or 0 when the byte there does not start one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= low && c <= high;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// ---------------------------------------------------------------- Windows-1252

/** Bytes Windows-1252 leaves undefined: text containing them is not Windows-1252. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Reads non-UTF-8 bytes as Windows-1252. Valid multi-byte UTF-8 sequences
 * found among them are kept as UTF-8 (a file pasted together from both).
 * Refused when a byte is undefined in Windows-1252, or when most letters
 * are non-ASCII, which is text in some other 8-bit encoding (Cyrillic,
 * Greek, Shift_JIS …) that would come out as gibberish.
 */
function decodeWindows1252(bytes: Uint8Array, declared: boolean, notes: string[]): DecodeResult {
  let utf8Sequences = 0;
  let highBytes = 0;
  let asciiLetters = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) asciiLetters++;
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 1) {
      utf8Sequences++;
      i += length;
      continue;
    }
    if (UNDEFINED_IN_1252.has(b)) {
      return refuse(
        `has bytes that are not valid in UTF-8 or Windows-1252 (first at byte ${formatOffset(i)}); re-save it as UTF-8`,
      );
    }
    highBytes++;
    i++;
  }
  if (!declared && highBytes > Math.max(8, asciiLetters * 0.3)) {
    return refuse(
      'is not UTF-8 and most of its letters are bytes above 127, so it is in some other encoding ' +
        '(Cyrillic, Greek, Asian …) that cannot be guessed; re-save it as UTF-8 or declare its charset',
    );
  }
  const decoded = utf8Sequences === 0 ? tryDecode('windows-1252', bytes)! : decodeMixed(bytes);
  if (mostlyControlCharacters(decoded)) {
    return refuse('is mostly control characters, so it is binary data, not text; save the article as text or HTML');
  }
  if (utf8Sequences > 0) {
    notes.push('mixes UTF-8 with Windows-1252 bytes; each part was decoded in its own encoding');
  } else if (!declared) {
    notes.push('is not valid UTF-8; decoded as Windows-1252 (Latin-1)');
  } else {
    notes.push('decoded as windows-1252, the charset the file declares');
  }
  return finish(decoded, 'windows-1252', notes);
}

/** Valid UTF-8 sequences as UTF-8, every other byte as Windows-1252. */
function decodeMixed(bytes: Uint8Array): string {
  const parts: string[] = [];
  let runStart = 0;
  let inUtf8 = true;
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i);
    const valid = length > 0;
    if (valid !== inUtf8) {
      parts.push(tryDecode(inUtf8 ? 'utf-8' : 'windows-1252', bytes.subarray(runStart, i))!);
      runStart = i;
      inUtf8 = valid;
    }
    i += valid ? length : 1;
  }
  parts.push(tryDecode(inUtf8 ? 'utf-8' : 'windows-1252', bytes.subarray(runStart))!);
  return parts.join('');
}

// ---------------------------------------------------------------- double encoding

/** Characters Windows-1252 gives to the bytes 0x80–0x9F, in byte order (undefined bytes map to themselves). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTE = new Map([...CP1252_HIGH].map((char, i) => [char, 0x80 + i]));

/**
 * A UTF-8 lead byte followed by a continuation byte, both read as
 * Windows-1252 (or Latin-1, whose 0x80–0x9F are C1 controls): the trace of
 * UTF-8 decoded with the wrong encoding.
 */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_HIGH}]`, 'gu');

const countMojibake = (text: string) => text.match(MOJIBAKE)?.length ?? 0;

/**
 * Undoes one or more rounds of UTF-8 → Windows-1252 → UTF-8 double encoding.
 * The repair is made only when it is unambiguous: every character of the
 * text maps back to a Windows-1252 byte, those bytes are strict UTF-8, and
 * the result has fewer mojibake traces than the text had.
 */
function repairDoubleEncoding(text: string): string {
  const before = countMojibake(text);
  if (before === 0) return text;
  let current = text;
  for (let round = 0; round < 3 && countMojibake(current) > 0; round++) {
    const bytes = encodeWindows1252(current);
    const repaired = bytes && tryDecode('utf-8', bytes);
    if (repaired === undefined || repaired === current) break;
    current = repaired;
  }
  return countMojibake(current) < before ? current : text;
}

/** The Windows-1252 bytes of the text, or undefined when a character has none. */
function encodeWindows1252(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else {
      const byte = CP1252_BYTE.get(text[i]!) ?? (code >= 0x80 && code <= 0x9f ? code : undefined);
      if (byte === undefined) return undefined;
      bytes[i] = byte;
    }
  }
  return bytes;
}

// ---------------------------------------------------------------- the finished text

function finishUtf8(decoded: string, notes: string[]): DecodeResult {
  const repaired = repairDoubleEncoding(decoded);
  if (repaired !== decoded) notes.push('repaired UTF-8 text that had been decoded as Windows-1252 and saved again');
  return finish(repaired, 'utf-8', notes);
}

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

function finish(decoded: string, encoding: string, notes: string[]): DecodeResult {
  let text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.includes('\r')) {
    const loneCr = /\r(?!\n)/.test(text);
    text = text.replace(/\r\n?/g, '\n');
    if (loneCr) notes.push('converted CR line endings to LF');
  }
  const controls = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  if (controls > 0) {
    text = text.replace(CONTROL_CHARACTERS, '');
    notes.push(`removed ${controls} control character${controls === 1 ? '' : 's'}`);
  }
  if (text.trim() === '') return refuse('contains only whitespace; there is no article to read');
  return { ok: true, text, encoding, notes };
}

function formatOffset(offset: number): string {
  return offset.toLocaleString('en-US');
}
