import { relative, resolve } from 'node:path';
import { compressPaths, shellQuote } from './deciding/batch-dating.ts';
import { UNDATED_REASON } from './deciding/decide-entry.ts';
import { OVERRIDES_FILE } from './deciding/overrides.ts';
import { CONFIG_FILE } from './ingest-config.ts';
import type { FileOutcome } from './ingest-file.ts';
import { SOURCES_DIR } from './reading/collect-sources.ts';

/** How many names (or rules) a report line lists before it says how many more; --verbose lists all. */
const MAX_LISTED = 10;

function listed(names: readonly string[], verbose: boolean): string {
  return names.length <= MAX_LISTED || verbose
    ? names.join(', ')
    : `${names.slice(0, MAX_LISTED).join(', ')} and ${names.length - MAX_LISTED} more (--verbose lists them)`;
}

export interface UndatedReport {
  /** The files (as the run shows them) with an article refused for want of a date. */
  readonly files: readonly string[];
  /** The one command that dates them all. */
  readonly command: string;
  /** The content/ingest.yaml lines that date them on every ingest. */
  readonly rule: string;
  /** The refusal, for stderr: field, reason, and every file, by folder. */
  readonly listing: string;
  /** What to do, for the summary. */
  readonly advice: string;
}

/**
 * The sources refused for want of a date, together: one refusal naming the
 * field, the reason and every file (by folder), then the one command that
 * dates them (`--date`, with folders standing for their files where every
 * file the run took from the folder is undated), the `dates` rule that
 * would, and `undated: keep`.
 */
export function undatedReport(
  root: string,
  { paths, verbose }: { readonly paths: readonly string[]; readonly verbose: boolean },
  outcomes: readonly FileOutcome[],
  which: 'refused' | 'written',
): UndatedReport | undefined {
  const isUndated = (o: FileOutcome) =>
    o.articles.some((a) => a.undated && (a.status === 'refused') === (which === 'refused'));
  const undated = outcomes.filter(isUndated);
  if (undated.length === 0) return undefined;
  const shownUndated = new Set(undated.map((o) => o.source.shown));
  const shownOther = outcomes.filter((o) => !isUndated(o)).map((o) => o.source.shown);
  // A folder may stand for its files only inside what the run was given: it then takes in the run's files alone.
  const given = (paths.length === 0 ? [SOURCES_DIR] : paths).map((p) => relative(root, resolve(root, p)) || '.');
  const inside = (path: string, folder: string) => path.startsWith(`${folder}/`);
  const covers = (folder: string) =>
    given.some((base) => folder === base || inside(folder, base)) && !shownOther.some((s) => inside(s, folder));
  const files = [...shownUndated].sort();
  const targets = compressPaths(files, covers);

  const names = undated.map((o) => o.source.name).sort();
  const otherNames = outcomes.filter((o) => !isUndated(o)).map((o) => o.source.name);
  const folders = compressPaths(names, (folder) => !otherNames.some((n) => inside(n, folder)));
  const globs = folders.map((f) => (names.includes(f) ? f : `${f}/**`));

  const command = `npm run ingest -- --date YYYY --reason "What the date rests on" ${targets.map(shellQuote).join(' ')}`;
  const ruleLine = (glob: string) => `  ${JSON.stringify(glob)}: { date: "YYYY", reason: "What the date rests on" }`;
  const rule = `dates:\n${globs.map(ruleLine).join('\n')}`;
  // Files dated otherwise share their folders: a rule per file is no help beyond a few.
  const shownRule =
    globs.length <= MAX_LISTED || verbose
      ? rule
      : `dates:\n${globs.slice(0, MAX_LISTED).map(ruleLine).join('\n')}\n  # … and ${globs.length - MAX_LISTED} more (--json or --verbose lists them)`;
  const byFolder = new Map<string, string[]>();
  for (const file of files) {
    const slash = file.lastIndexOf('/');
    const folder = slash < 0 ? '.' : file.slice(0, slash);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file.slice(slash + 1)]);
  }
  const listing =
    files.length === 1
      ? `${files[0]}: published: ${UNDATED_REASON}; nor does a --date, a dates rule in ${CONFIG_FILE} or a date in its file or folder names give one`
      : [
          `published: ${files.length} sources are refused for want of a date: ` +
            'none is stated, the text has none that can be checked (a month and day without a year, or a year in a ' +
            `photo caption, is not evidence), and no --date, dates rule in ${CONFIG_FILE} or date in the file or ` +
            'folder names gives one, so no date is made up:',
          ...[...byFolder].map(([folder, names]) => {
            const at = folder === '.' ? '' : `${folder}/`;
            return names.length === 1
              ? `  ${at}${names[0]}`
              : `  ${at || './'} (${names.length} files): ${listed(names, verbose)}`;
          }),
        ].join('\n');
  const them = files.length === 1 ? 'it' : 'them';
  const advice =
    which === 'refused'
      ? [
          `to date the ${files.length === 1 ? 'undated source' : `${files.length} undated sources`}, run:`,
          `  ${command}`,
          `or date ${them} by path on every ingest, in ${CONFIG_FILE}:`,
          ...shownRule.split('\n').map((line) => `  ${line}`),
          `or ${files.length === 1 ? '' : 'one by one '}in ${OVERRIDES_FILE}; or keep ${them} undated ` +
            `(listed under /undated/) with undated: keep in ${CONFIG_FILE}`,
        ].join('\n')
      : [
          `written undated (undated: keep in ${CONFIG_FILE}; listed under /undated/): ` +
            `${files.length} ${files.length === 1 ? 'source' : 'sources'}; to date ${them} later, run:`,
          `  ${command}`,
          `or add to ${CONFIG_FILE}, and run again:`,
          ...shownRule.split('\n').map((line) => `  ${line}`),
        ].join('\n');
  return { files, command, rule, listing, advice };
}
