import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { notRegular } from './list-folder.ts';

export type BoundedRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: string; readonly tooLarge?: number };

/**
 * A source file's bytes, at most `limit` of them: opened without blocking
 * (a named pipe would wait forever for a writer), refused unless it is a
 * regular file, and read no further than `limit` + 1 bytes whatever its
 * stated size (a device states 0, then never ends; a file may grow).
 * `tooLarge` is what was read when that is over the limit.
 */
export function readBounded(file: string, limit: number): BoundedRead {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: notRegular(info) };
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(info.size + 1, 64 * 1024)));
    let length = 0;
    let grown = buffer;
    for (;;) {
      if (length === grown.length) {
        if (grown.length > limit) break;
        const next = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(next, 0, 0, length);
        grown = next;
      }
      const read = readSync(fd, grown, length, grown.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return { ok: false, reason: 'over the limit', tooLarge: length };
    return { ok: true, bytes: grown.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}
