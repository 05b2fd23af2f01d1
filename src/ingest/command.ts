/**
 * The ingest command (`npm run ingest`, scripts/ingest.ts): reads its
 * arguments, says what is wrong with them (exit status 2, with the usage),
 * and runs the ingest in `cwd` (run.ts), its report and refusals going to
 * `out` and `err` line by line. Resolves to the exit status.
 */
import { parseArgs } from 'node:util';
import { parseDateValue } from './deciding/batch-dating.ts';
import { parseSize } from './ingest-config.ts';
import { runIngest } from './run.ts';

export const USAGE = `usage: npm run ingest -- [options] [files or folders…]

  --date DATE       date every source in the run that states none: "2004", "2004-05"
                    or "2004-05-12", recorded as the editor's (needs --reason); a date
                    the source states, or an override in content/overrides.yaml, wins;
                    an undated entry of an earlier run is dated, keeping all else
  --reason TEXT     what --date rests on, recorded as its evidence
  --force           rewrite entries that exist and would change (hand edits too),
                    preparing every source again (the last run's record is not used)
  --json            print the report as one JSON document
  --verbose         list every file's outcome, not only those that need a look
  --max-size SIZE   refuse files larger than SIZE ("20 MB"); default from content/ingest.yaml
  --help            show this help

A source stating no date is dated, in this order, by an override, --date, a
"dates" rule by path in content/ingest.yaml, a date in its file or folder names
(2004-05-12-x.txt, 2004/05/12/), inference from its text; if none, content/ingest.yaml's
"undated" decides: refuse (listed, with the command that dates them) or keep.`;

export interface CommandIo {
  /** The project: content/ is the one under it. */
  readonly cwd: string;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** Runs `npm run ingest -- …args`; resolves to its exit status. */
export async function ingestCommand(args: readonly string[], { cwd, out, err }: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        date: { type: 'string' },
        reason: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    err(`ingest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const maxFileSize = values['max-size'] === undefined ? undefined : parseSize(values['max-size']);
  if (maxFileSize === 0 || (values['max-size'] !== undefined && maxFileSize === undefined)) {
    err(`ingest: --max-size: "${values['max-size']}" is not a size such as "20 MB"\n${USAGE}`);
    return 2;
  }

  let batchDate: { published: string; reason: string } | undefined;
  if (values.date !== undefined || values.reason !== undefined) {
    const reason = values.reason?.trim() ?? '';
    if (values.date === undefined) {
      err(`ingest: --reason: is for --date, which is missing\n${USAGE}`);
      return 2;
    }
    if (reason === '') {
      err(
        `ingest: --date: needs --reason "…", what the date rests on (recorded as its evidence, shown to readers)\n${USAGE}`,
      );
      return 2;
    }
    const reading = parseDateValue(values.date);
    if (!reading.ok) {
      err(`ingest: --date: ${reading.reason}\n${USAGE}`);
      return 2;
    }
    batchDate = { published: reading.published, reason };
  }

  return runIngest({
    root: cwd,
    paths: positionals,
    force: values.force,
    ...(batchDate ? { batchDate } : {}),
    verbose: values.verbose,
    json: values.json,
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    out,
    err,
  });
}
