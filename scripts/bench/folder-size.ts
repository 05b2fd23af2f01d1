import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes and files under a folder (file sizes, not disk blocks; symlinks not followed). */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}
