/**
 * `npm run ingest [-- options] [files or folders…]`: turns raw sources into
 * entries in content/articles/. With no paths, every file under
 * content/sources/; content/ is the one under the current working directory.
 */
import { parseArgs } from 'node:util';
import { parseSize } from '../src/ingest/ingest-config.ts';
import { runIngest } from '../src/ingest/run.ts';

const USAGE = `usage: npm run ingest -- [options] [files or folders…]

  --force           rewrite entries that exist and would change (hand edits too),
                    preparing every source again (the last run's record is not used)
  --json            print the report as one JSON document
  --verbose         list every file's outcome, not only those that need a look
  --max-size SIZE   refuse files larger than SIZE ("20 MB"); default from content/ingest.yaml
  --help            show this help`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      'max-size': { type: 'string' },
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

process.exitCode = await runIngest({
  root: process.cwd(),
  paths: positionals,
  force: values.force,
  verbose: values.verbose,
  json: values.json,
  ...(maxFileSize !== undefined ? { maxFileSize } : {}),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
