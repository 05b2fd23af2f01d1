import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import {
  planSearchShards,
  SEARCH_SHARDS_FILE,
  shardOfYear,
  shardStoriesLimit,
  shardYears,
  type SearchShard,
} from '../lib/search-shards.ts';

const planSchema = z.array(
  z.object({
    id: z.string().regex(/^\d{4}(-\d{4})?$/),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    stories: z.number().int().nonnegative(),
  }),
);

/**
 * The variable a build in parts hands its shard plan down to each part's
 * build in (as JSON; build-in-parts.ts), so that the plan is worked out once
 * a build, from the entries, and every part renders and indexes by the same.
 */
export const HANDED_DOWN_PLAN = 'SEARCH_SHARD_PLAN';

/** The plan as `HANDED_DOWN_PLAN` carries it. */
export function handDownPlan(plan: readonly SearchShard[]): NodeJS.ProcessEnv {
  return { [HANDED_DOWN_PLAN]: JSON.stringify(plan) };
}

/** True in a part of a build in parts, whose build synced every part's catalogue from the entries it planned from. */
export function isPartOfBuildInParts(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env[HANDED_DOWN_PLAN]);
}

/**
 * The archive's search shards, newest first: the plan handed down by a build
 * in parts, checked against the stories it is to be built from, or else
 * planned from them (a whole build, or a job of a CI matrix).
 */
export function shardPlanOf(
  storiesByYear: ReadonlyMap<number, number>,
  env: NodeJS.ProcessEnv = process.env,
): SearchShard[] {
  const handed = env[HANDED_DOWN_PLAN];
  if (!handed) return planSearchShards(storiesByYear, shardStoriesLimit(env));
  const plan = parsePlan(handed, HANDED_DOWN_PLAN);
  for (const [year, count] of storiesByYear) {
    if (count > 0 && !shardOfYear(plan, year)) {
      throw new Error(
        `${HANDED_DOWN_PLAN}: ${count} ${count === 1 ? 'story' : 'stories'} of ${year} in no shard of the plan: the entries changed while it was built; build again`,
      );
    }
  }
  for (const shard of plan) {
    const counted = shardYears(shard).reduce((sum, year) => sum + (storiesByYear.get(year) ?? 0), 0);
    if (counted !== shard.stories) {
      throw new Error(
        `${HANDED_DOWN_PLAN}: shard ${shard.id} was planned with ${shard.stories} stories, but the archive has ${counted}: the entries changed while it was built; build again`,
      );
    }
  }
  return plan;
}

/** The shards the built site lists in search/shards.json, newest first. */
export async function readShardPlan(site: string): Promise<SearchShard[]> {
  const file = join(site, SEARCH_SHARDS_FILE);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${file}: missing: ${site} is not a site built by \`npm run build\``);
  });
  return parsePlan(text, file);
}

/** A plan from its JSON, or an error naming `where` it came from. */
function parsePlan(text: string, where: string): SearchShard[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (problem) {
    throw new Error(`${where}: not a list of search shards: ${(problem as Error).message}`);
  }
  const checked = planSchema.safeParse(json);
  if (!checked.success) throw new Error(`${where}: not a list of search shards: ${checked.error.message}`);
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
