/**
 * `npm run ingest [-- options] [files or folders…]`: turns raw sources into
 * entries in content/articles/ (src/ingest/command.ts). With no paths, every
 * file under content/sources/; content/ is the one under the current working
 * directory.
 */
import { ingestCommand } from '../src/ingest/command.ts';

process.exitCode = await ingestCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
