import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface Placing {
  /**
   * Which paths of the source to place, `/`-separated from its root. A
   * folder it accepts is placed whole, so it must accept everything in
   * such a folder; it is asked again for what is in a folder the target
   * already has.
   */
  readonly keep: (path: string) => boolean;
  /**
   * Rename instead of copy: the source loses what is placed. One rename
   * places a part's whole year of pages, where a copy writes every file.
   */
  readonly move: boolean;
}

/**
 * Puts what `keep` accepts of the folder `from` into the folder `to`, at
 * the same paths. A file `to` already has is left as it is there: the
 * caller has checked that the two are the same.
 */
export function placeFiles(from: string, to: string, placing: Placing): void {
  placeFolder(from, to, '', placing);
}

function placeFolder(from: string, to: string, folder: string, placing: Placing): void {
  mkdirSync(join(to, folder), { recursive: true });
  for (const entry of readdirSync(join(from, folder), { withFileTypes: true })) {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (!placing.keep(path)) continue;
    const target = join(to, path);
    if (!existsSync(target)) place(join(from, path), target, placing.move);
    else if (entry.isDirectory()) placeFolder(from, to, path, placing);
  }
}

/** Copies or renames one file or whole folder to a path that does not exist yet. */
function place(source: string, target: string, move: boolean): void {
  if (move) {
    try {
      renameSync(source, target);
      return;
    } catch (problem) {
      // Across file systems there is no rename: copy, then remove.
      if ((problem as NodeJS.ErrnoException).code !== 'EXDEV') throw problem;
    }
  }
  cpSync(source, target, { recursive: true });
  if (move) rmSync(source, { recursive: true });
}
