import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeSource, type DecodeResult } from '../../src/ingest/reading/decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (number | string | Uint8Array)[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'number' ? [part] : typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : [...part],
    ),
  );

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return new Uint8Array(le);
}

function decoded(result: DecodeResult): { text: string; encoding: string; notes: string[] } {
  assert.ok(result.ok, `expected the bytes to decode, got: ${result.ok ? '' : result.reason}`);
  return result;
}

function refused(result: DecodeResult): string {
  assert.ok(!result.ok, `expected a refusal, got text: ${result.ok ? JSON.stringify(result.text.slice(0, 60)) : ''}`);
  return result.reason;
}

describe('decodeSource: encodings', () => {
  test('plain ASCII is UTF-8 with no notes', () => {
    assert.deepEqual(decodeSource(utf8('Hello, world.\n')), {
      ok: true,
      text: 'Hello, world.\n',
      encoding: 'utf-8',
      notes: [],
    });
  });

  test('UTF-8 without a BOM', () => {
    const result = decoded(decodeSource(utf8('Café “quoted” — 5 €\n')));
    assert.equal(result.text, 'Café “quoted” — 5 €\n');
    assert.equal(result.encoding, 'utf-8');
  });

  test('UTF-8 with a BOM: the BOM is removed', () => {
    const result = decoded(decodeSource(bytes(0xef, 0xbb, 0xbf, utf8('Café\n'))));
    assert.equal(result.text, 'Café\n');
    assert.equal(result.encoding, 'utf-8');
  });

  test('UTF-16LE with a BOM', () => {
    const result = decoded(decodeSource(bytes(0xff, 0xfe, utf16('Café “quoted”\r\n', 'le'))));
    assert.equal(result.text, 'Café “quoted”\n');
    assert.equal(result.encoding, 'utf-16le');
  });

  test('UTF-16BE with a BOM', () => {
    const result = decoded(decodeSource(bytes(0xfe, 0xff, utf16('Café “quoted”\n', 'be'))));
    assert.equal(result.text, 'Café “quoted”\n');
    assert.equal(result.encoding, 'utf-16be');
  });

  test('UTF-16LE without a BOM when the NUL pattern makes it certain, and says so', () => {
    const result = decoded(decodeSource(utf16('An article in UTF-16 without a byte-order mark.\n', 'le')));
    assert.equal(result.text, 'An article in UTF-16 without a byte-order mark.\n');
    assert.equal(result.encoding, 'utf-16le');
    assert.match(result.notes.join(), /UTF-16LE/);
  });

  test('Windows-1252 smart quotes, é and € are decoded, with a note', () => {
    // “Café” costs 5 € — in Windows-1252 bytes.
    const result = decoded(decodeSource(bytes(0x93, 'Caf', 0xe9, 0x94, ' costs 5 ', 0x80, ' ', 0x97, ' really.\n')));
    assert.equal(result.text, '“Café” costs 5 € — really.\n');
    assert.equal(result.encoding, 'windows-1252');
    assert.match(result.notes.join(), /Windows-1252/);
  });

  test('ISO-8859-1 declared in an HTML meta tag is decoded (as its WHATWG superset windows-1252)', () => {
    const html = bytes(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
      '</head>',
    );
    const body = bytes('<body><p>Le caf', 0xe9, ' de la gare</p></body></html>');
    const result = decoded(decodeSource(bytes(html, body)));
    assert.match(result.text, /Le café de la gare/);
    assert.equal(result.encoding, 'windows-1252');
    assert.match(result.notes.join(), /declares/);
  });

  test('a charset declared with <meta charset> that is not Latin (ISO-8859-5) is honoured', () => {
    // "Мир" (peace) in ISO-8859-5.
    const result = decoded(decodeSource(bytes('<meta charset="iso-8859-5"><p>', 0xbc, 0xd8, 0xe0, '</p>')));
    assert.match(result.text, /Мир/);
    assert.equal(result.encoding, 'iso-8859-5');
  });

  test('an XML declaration names the encoding', () => {
    const result = decoded(decodeSource(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><p>na', 0xef, 've</p>')));
    assert.match(result.text, /naïve/);
    assert.equal(result.encoding, 'windows-1252');
  });

  test('a stale declaration does not override bytes that are valid UTF-8', () => {
    const result = decoded(decodeSource(utf8('<meta charset="iso-8859-1"><p>Café</p>')));
    assert.match(result.text, /Café/);
    assert.equal(result.encoding, 'utf-8');
    assert.match(result.notes.join(), /valid UTF-8/);
  });

  test('a file mixing UTF-8 and Windows-1252 bytes is decoded part by part', () => {
    const result = decoded(decodeSource(bytes(utf8('Café '), 'na', 0xef, 've ', utf8('“ok”'))));
    assert.equal(result.text, 'Café naïve “ok”');
    assert.match(result.notes.join(), /mixes/);
  });
});

describe('decodeSource: double-encoded mojibake', () => {
  test('"cafÃ©" and â€œquotedâ€\\u009d are repaired, with a note', () => {
    const mojibake = 'The cafÃ© said â€œquotedâ€\u009d â€” twice.';
    const result = decoded(decodeSource(utf8(mojibake)));
    assert.equal(result.text, 'The café said “quoted” — twice.');
    assert.equal(result.encoding, 'utf-8');
    assert.match(result.notes.join(), /repaired/);
  });

  test('text encoded twice over is repaired in full', () => {
    const once = Buffer.from(utf8('café')).toString('latin1'); // "cafÃ©"
    const twice = Buffer.from(utf8(once)).toString('latin1'); // "cafÃƒÂ©"-like
    const result = decoded(decodeSource(utf8(twice)));
    assert.equal(result.text, 'café');
  });

  test('text with a character Windows-1252 cannot hold is left alone (the repair would be a guess)', () => {
    const result = decoded(decodeSource(utf8('cafÃ© → menu')));
    assert.equal(result.text, 'cafÃ© → menu');
    assert.deepEqual(result.notes, []);
  });

  test('correct accented text is never "repaired"', () => {
    const text = 'São Paulo, Zürich, Ærøskøbing, “À la carte”, naïve, Señor';
    assert.equal(decoded(decodeSource(utf8(text))).text, text);
  });
});

describe('decodeSource: line endings and control characters', () => {
  test('CRLF becomes LF', () => {
    assert.equal(decoded(decodeSource(utf8('one\r\ntwo\r\n'))).text, 'one\ntwo\n');
  });

  test('lone CR (classic Mac) becomes LF, with a note', () => {
    const result = decoded(decodeSource(utf8('one\rtwo\r')));
    assert.equal(result.text, 'one\ntwo\n');
    assert.match(result.notes.join(), /CR line endings/);
  });

  test('stray control characters are removed and counted; tab and form feed stay', () => {
    const result = decoded(decodeSource(bytes('a\tb', 0x0c, 'c', 0x07, 'd', 0x1b, 'e\n')));
    assert.equal(result.text, 'a\tb\fcde\n');
    assert.deepEqual(result.notes, ['removed 2 control characters']);
  });
});

describe('decodeSource: refusals', () => {
  test('an empty file', () => {
    assert.match(refused(decodeSource(new Uint8Array())), /^is empty/);
  });

  test('a file of only whitespace', () => {
    assert.match(refused(decodeSource(utf8(' \r\n\t\n'))), /only whitespace/);
  });

  test('a PDF', () => {
    assert.equal(
      refused(decodeSource(bytes('%PDF-1.7\n%', 0xe2, 0xe3, 0xcf, 0xd3, '\n1 0 obj'))),
      'is a PDF document, not article text; save the article as text or HTML',
    );
  });

  test('a PNG', () => {
    assert.match(
      refused(decodeSource(bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0, 0, 13, 'IHDR'))),
      /^is a PNG image, not article text/,
    );
  });

  test('a ZIP archive, and a .docx named as a Word document', () => {
    assert.match(refused(decodeSource(bytes('PK', 3, 4, 20, 0, 0, 0, 'notes.txt'))), /^is a ZIP archive/);
    assert.match(
      refused(decodeSource(bytes('PK', 3, 4, 20, 0, 6, 0, '[Content_Types].xml', 'word/document.xml'))),
      /^is a Word document \(\.docx\)/,
    );
  });

  test('JPEG, GIF and gzip signatures', () => {
    assert.match(refused(decodeSource(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF'))), /JPEG image/);
    assert.match(refused(decodeSource(bytes('GIF89a', 1, 0, 1, 0))), /GIF image/);
    assert.match(refused(decodeSource(bytes(0x1f, 0x8b, 8, 0, 0, 0, 0, 0))), /gzip archive/);
  });

  test('NUL-ridden binary with no known signature', () => {
    const data = bytes('DATA', 0, 0, 1, 0, 0x42, 0, 0, 0, 'more', 0, 0x10, 0x11, 0, 0);
    assert.match(refused(decodeSource(data)), /^contains NUL bytes \(first at byte 4\), so it is binary data/);
  });

  test('bytes undefined in Windows-1252 are refused with the offset of the first', () => {
    const data = bytes('x'.repeat(1233), 0x81, ' and ', 0xe9);
    assert.equal(
      refused(decodeSource(data)),
      'has bytes that are not valid in UTF-8 or Windows-1252 (first at byte 1,233); re-save it as UTF-8',
    );
  });

  test('undeclared text in a non-Latin 8-bit encoding is refused, not turned into gibberish', () => {
    // Russian in Windows-1251 bytes (А–я are 0xC0–0xFF): nearly every letter is a high byte.
    const text = 'Привет, как дела? Это статья о погоде в Москве.';
    const cp1251 = Uint8Array.from([...text].map((c) => (c > '\x7f' ? c.charCodeAt(0) - 0x350 : c.charCodeAt(0))));
    assert.match(refused(decodeSource(cp1251)), /some other encoding/);
  });

  test('a UTF-8 BOM followed by invalid UTF-8', () => {
    assert.match(refused(decodeSource(bytes(0xef, 0xbb, 0xbf, 'ok ', 0xe9, ' no'))), /byte-order mark.*byte 6/);
  });
});

describe('decodeSource: speed', () => {
  test('decodes 500 articles of 20 KB well within a second', () => {
    const article = utf8(('Café “quoted” text, with a sentence or two of news. '.repeat(8) + '\r\n').repeat(50));
    const latin = bytes(...'Caf\xe9 text with a sentence or two of news.\n'.repeat(400).split(''));
    const start = performance.now();
    for (let i = 0; i < 250; i++) {
      assert.ok(decodeSource(article).ok);
      assert.ok(decodeSource(latin).ok);
    }
    assert.ok(performance.now() - start < 1000, `took ${Math.round(performance.now() - start)} ms`);
  });
});
