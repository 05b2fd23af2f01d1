/**
 * `npm run search-shards`: prints the search index's shards for the archive
 * in content/ (or CONTENT_DIR), newest first, as JSON: the plan the build
 * draws (src/lib/search-shards.ts), read from the entries alone, without
 * building. A build split across machines gives each job one shard's id
 * (see docs/building-at-scale.md, "beyond one machine").
 */
import { resolveContentDir } from '../src/content-location.ts';
import { planArchiveShards } from './build/build-in-parts.ts';

console.log(JSON.stringify(await planArchiveShards(resolveContentDir())));
