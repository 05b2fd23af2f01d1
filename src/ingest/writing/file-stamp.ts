import { statSync, type Stats } from 'node:fs';

/**
 * What tells that a file is as it was without reading it, as git's index
 * does: its inode, size, and modification and change times. Rewriting,
 * replacing, renaming, copying or touching a file gives it another stamp;
 * the change time cannot be set back by hand. A stamp that differs only
 * means the file is read and hashed again.
 */
export function fileStamp(info: Pick<Stats, 'ino' | 'size' | 'mtimeMs' | 'ctimeMs'>): string {
  return `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
}

/** The stamp of the file at `path`, or undefined when it cannot be read. */
export function stampOf(path: string): string | undefined {
  try {
    return fileStamp(statSync(path));
  } catch {
    return undefined;
  }
}
