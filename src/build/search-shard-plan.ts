import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { SEARCH_SHARDS_FILE, type SearchShard } from '../lib/search-shards.ts';

const planSchema = z.array(
  z.object({
    id: z.string().regex(/^\d{4}(-\d{4})?$/),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    stories: z.number().int().nonnegative(),
  }),
);

/** The shards the built site lists in search/shards.json, newest first. */
export async function readShardPlan(site: string): Promise<SearchShard[]> {
  const file = join(site, SEARCH_SHARDS_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file}: missing: ${site} is not a site built by \`npm run build\``);
  });
  const checked = planSchema.safeParse(JSON.parse(text));
  if (!checked.success) throw new Error(`${file}: not a list of search shards: ${checked.error.message}`);
  return checked.data;
}

/**
 * The shards this build indexes: all of them, or only the one SEARCH_SHARD
 * names (a job of a build split across machines; see docs/deploying.md).
 */
export function shardsToIndex(plan: readonly SearchShard[], env: NodeJS.ProcessEnv = process.env): SearchShard[] {
  const only = env.SEARCH_SHARD;
  if (only === undefined || only === '') return [...plan];
  const shard = plan.find((s) => s.id === only);
  if (!shard) {
    const ids = plan.map((s) => s.id).join(', ') || 'none: the archive has no stories';
    throw new Error(`SEARCH_SHARD: "${only}" is not a shard of this archive (its shards: ${ids})`);
  }
  return [shard];
}
