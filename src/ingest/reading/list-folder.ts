import { statSync, type Dirent, type Stats } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileStamp } from '../writing/file-stamp.ts';

/** A file found under a folder, its size and its stamp (see file-stamp.ts). */
export interface FoundFile {
  readonly file: string;
  readonly size: number;
  readonly stamp: string;
}

/** Something under a folder that is not read: the path, the field at fault and why. */
export interface FoundProblem {
  readonly path: string;
  readonly field: string;
  readonly reason: string;
}

/**
 * Every regular file under `dir`, hidden ones left out, sorted. A symbolic
 * link is followed: to a file, it is read; to a folder, it is walked, unless
 * the folder is one the walk reads anyway (it lies under `dir`, or under a
 * folder already walked through another link): a loop, or the same files
 * twice, refused by name. Other files (devices, pipes, sockets) are refused.
 */
export async function listFolder(dir: string): Promise<{ files: FoundFile[]; problems: FoundProblem[] }> {
  const files: FoundFile[] = [];
  const problems: FoundProblem[] = [];
  const walked = [await realpath(dir)];
  const walk = async (folder: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).filter((d) => !d.name.startsWith('.'));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      if (!entry.isSymbolicLink()) {
        // Synchronous: a folder of many files would wait on the thread pool once per file.
        const info = statSync(path);
        if (info.isFile()) files.push({ file: path, size: info.size, stamp: fileStamp(info) });
        else problems.push({ path, field: '(file)', reason: notRegular(info) });
        continue;
      }
      const target = await readlink(path);
      const info = await stat(path).catch(() => undefined);
      const real = await realpath(path).catch(() => undefined);
      if (!info || !real) {
        problems.push({
          path,
          field: '(file)',
          reason: `is a symbolic link to ${target}, which does not exist (or leads round in a loop); fix or remove the link`,
        });
      } else if (info.isFile()) {
        files.push({ file: path, size: info.size, stamp: fileStamp(info) });
      } else if (!info.isDirectory()) {
        problems.push({ path, field: '(file)', reason: `is a symbolic link to ${target}, which ${notRegular(info)}` });
      } else if (walked.some((done) => isInside(real, done))) {
        problems.push({
          path,
          field: '(file)',
          reason: `is a symbolic link to ${target}, a folder this run already reads, so following it would read the same files again (or loop); not followed. Remove the link`,
        });
      } else {
        walked.push(real);
        await walk(path);
      }
    }
  };
  await walk(dir);
  const byPath = <T extends FoundFile | FoundProblem>(a: T, b: T) => {
    const [x, y] = ['file' in a ? a.file : a.path, 'file' in b ? b.file : b.path];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return { files: files.sort(byPath), problems: problems.sort(byPath) };
}

/** Why a file that is not a regular file is not read. */
export function notRegular(info: Stats | Dirent): string {
  const kind = info.isFIFO()
    ? 'a named pipe'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a file';
  return `is not a regular file (${kind}); only regular files are read`;
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}
