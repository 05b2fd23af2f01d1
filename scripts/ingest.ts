/**
 * `npm run ingest [-- options] [files or folders…]`: turns raw sources into
 * entries in content/articles/. With no paths, every file under
 * content/sources/; content/ is the one under the current working directory.
 */
import { parseArgs } from 'node:util';
import { parseDateValue } from '../src/ingest/deciding/batch-dating.ts';
import { parseSize } from '../src/ingest/ingest-config.ts';
import { runIngest } from '../src/ingest/run.ts';

const USAGE = `usage: npm run ingest -- [options] [files or folders…]

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

let parsed;
try {
  parsed = parseArgs({
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
  console.error(`ingest: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const maxFileSize = values['max-size'] === undefined ? undefined : parseSize(values['max-size']);
if (maxFileSize === 0 || (values['max-size'] !== undefined && maxFileSize === undefined)) {
  console.error(`ingest: --max-size: "${values['max-size']}" is not a size such as "20 MB"\n${USAGE}`);
  process.exit(2);
}

let batchDate: { published: string; reason: string } | undefined;
if (values.date !== undefined || values.reason !== undefined) {
  const reason = values.reason?.trim() ?? '';
  if (values.date === undefined) {
    console.error(`ingest: --reason: is for --date, which is missing\n${USAGE}`);
    process.exit(2);
  }
  if (reason === '') {
    console.error(
      `ingest: --date: needs --reason "…", what the date rests on (recorded as its evidence, shown to readers)\n${USAGE}`,
    );
    process.exit(2);
  }
  const reading = parseDateValue(values.date);
  if (!reading.ok) {
    console.error(`ingest: --date: ${reading.reason}\n${USAGE}`);
    process.exit(2);
  }
  batchDate = { published: reading.published, reason };
}

process.exitCode = await runIngest({
  root: process.cwd(),
  paths: positionals,
  force: values.force,
  ...(batchDate ? { batchDate } : {}),
  verbose: values.verbose,
  json: values.json,
  ...(maxFileSize !== undefined ? { maxFileSize } : {}),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
