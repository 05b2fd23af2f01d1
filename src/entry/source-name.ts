/**
 * What a raw source may be called. Its name under content/sources/ becomes
 * `source.path` and the address /sources/<name>(.txt) (see raw-source.ts),
 * so it must stay inside content/sources/ and be servable as it is: no
 * `.`, `..` or empty segment, no absolute path, no backslash, no control
 * character (a newline, a tab), no `%` (a web address reads `%2e%2e%2f` as
 * `../`), no `?` or `#` (they end a path), and no segment longer than a
 * file system allows once the temporary suffix of an atomic write is added.
 */

/**
 * Bytes of one segment: NAME_MAX (255) less what the ingester adds to it in
 * the longest name it writes, the refusal record's temporary file
 * `.<name>.yaml.<12 hex>.tmp` (see record-refusals.ts, write-file-atomic.ts).
 */
export const MAX_SEGMENT_BYTES = 230;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** Why `name` (a path under content/sources/, `/`-separated) cannot be a source's name; undefined when it can. */
export function sourceNameProblem(name: string): string | undefined {
  const control = CONTROL.exec(name);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `the file name contains a control character (U+${code}${control[0] === '\n' ? ', a newline' : control[0] === '\t' ? ', a tab' : ''}), which no web address can carry; rename the file`;
  }
  if (name.includes('\\')) return 'the file name contains a backslash; rename the file (folders are separated by /)';
  if (name.startsWith('/')) return 'is an absolute path; it must be a path under content/sources/';
  const segments = name.split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) {
    return 'has an empty, "." or ".." segment; it must be a normalised path that stays under content/sources/';
  }
  if (name.includes('%')) {
    return 'the file name contains "%", which a web address reads as an escape ("%2e%2e%2f" is "../"); rename the file';
  }
  const cut = /[?#]/.exec(name);
  if (cut) return `the file name contains "${cut[0]}", which ends the path of a web address; rename the file`;
  const long = segments.find((s) => Buffer.byteLength(s) > MAX_SEGMENT_BYTES);
  if (long) {
    return `the name "${long.slice(0, 40)}…" is ${Buffer.byteLength(long)} bytes long, more than the ${MAX_SEGMENT_BYTES} a file system allows here; rename the file`;
  }
  return undefined;
}
