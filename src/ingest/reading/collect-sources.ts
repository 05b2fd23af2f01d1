import { stat } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import { sourceNameProblem } from '../../entry/source-name.ts';
import { listFolder, notRegular } from './list-folder.ts';
import { fileStamp } from '../writing/file-stamp.ts';

export const SOURCES_DIR = 'content/sources';

/** A file to ingest. */
export interface SourceRef {
  /** Absolute path the bytes are read from. */
  readonly file: string;
  /** Its path under content/sources/, where it is or will be archived: `source.path` is content/sources/<name>. */
  readonly name: string;
  /** The path as the report shows it: content/sources/<name> when it is there, else as given. */
  readonly shown: string;
  readonly size: number;
  /** Its stamp when listed (see file-stamp.ts): unchanged, its bytes need not be read to know them. */
  readonly stamp: string;
}

/** A path given on the command line that holds nothing to ingest. */
export interface PathProblem {
  readonly shown: string;
  readonly field: string;
  readonly reason: string;
}

/**
 * The files a run covers: every file under content/sources/ when no paths
 * are given; else each file given, and every file under each folder given,
 * sorted so that runs are repeatable. A file outside content/sources/ is
 * archived under its own name, a folder's files under the folder's name:
 * `npm run ingest -- ~/in/reuters` archives ~/in/reuters/a/b.sgm as
 * content/sources/reuters/a/b.sgm. Hidden files and folders are skipped;
 * symbolic links are followed (see list-folder.ts); anything but a regular
 * file (a device, a named pipe, a socket) is refused, and so is a file
 * whose name cannot be a source's (see entry/source-name.ts: "%", "?", "#", a
 * control character, a name too long), named in the report (escaped as in
 * JSON, so a newline in it shows as \n) and left where it is.
 */
export async function collectSources(
  root: string,
  paths: readonly string[],
): Promise<{ refs: SourceRef[]; problems: PathProblem[] }> {
  const sourcesDir = resolve(root, SOURCES_DIR);
  const refs: SourceRef[] = [];
  const problems: PathProblem[] = [];
  for (const given of paths.length === 0 ? [sourcesDir] : paths) {
    const absolute = resolve(root, given);
    const info = await stat(absolute).catch(() => undefined);
    const shown = paths.length === 0 ? SOURCES_DIR : given;
    if (!info) {
      if (paths.length > 0) problems.push({ shown, field: '(file)', reason: 'no such file or folder; check the path' });
      continue;
    }
    if (!info.isDirectory() && !info.isFile()) {
      problems.push({ shown, field: '(file)', reason: notRegular(info) });
      continue;
    }
    const inSources = isInside(absolute, sourcesDir);
    const base = inSources ? sourcesDir : resolve(absolute, info.isDirectory() ? '..' : '.');
    const listed = info.isDirectory()
      ? await listFolder(absolute)
      : { files: [{ file: absolute, size: info.size, stamp: fileStamp(info) }], problems: [] };
    for (const problem of listed.problems) {
      problems.push({
        shown: relative(root, problem.path) || problem.path,
        field: problem.field,
        reason: problem.reason,
      });
    }
    for (const { file, size, stamp } of listed.files) {
      const name = (inSources ? relative(sourcesDir, file) : info.isDirectory() ? relative(base, file) : basename(file))
        .split(sep)
        .join('/');
      const ref = {
        file,
        name,
        shown: inSources ? `${SOURCES_DIR}/${name}` : relative(root, file) || file,
        size,
        stamp,
      };
      const problem = sourceNameProblem(name);
      if (problem) problems.push({ shown: JSON.stringify(ref.shown).slice(1, -1), field: '(file)', reason: problem });
      else refs.push(ref);
    }
  }
  const seen = new Set<string>();
  return { refs: refs.filter((ref) => !seen.has(ref.file) && seen.add(ref.file)), problems };
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}
