/**
 * `npm run search-shards [-- --ids]`: prints the search index's shards for
 * the archive in content/ (or CONTENT_DIR), newest first, as JSON: the plan
 * the build draws (src/lib/search-shards.ts), read from the entries alone,
 * without building. A build split across machines gives each job one
 * shard's id (see docs/deploying.md, "beyond one machine"); with
 * `--ids` it prints only the ids, as one JSON list on one line, which a CI
 * job matrix fans out on (.github/workflows/build-in-parts.yml).
 */
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/entry/content-location.ts';
import { planArchiveShards } from '../src/build/build-in-parts.ts';

const { values } = parseArgs({ options: { ids: { type: 'boolean', default: false } } });
const plan = await planArchiveShards(resolveContentDir());
console.log(JSON.stringify(values.ids ? plan.map((shard) => shard.id) : plan));
