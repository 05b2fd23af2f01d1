import { createHash, type Hash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDeployment } from '../deployment.ts';
import { shardYears, undatedShard, type SearchShard } from '../lib/search-shards.ts';

/**
 * What each part of a build in parts is made from, digested, so that a part
 * made from the same as at its last build is kept from the last site instead
 * of built again (build-in-parts.ts, kept-parts.ts):
 * - its pages: worked out by the part that builds first (the newest, which
 *   holds the whole archive index like every part), for each route, each
 *   other part's pages' params and cache keys (src/lib/cache-key.ts), one
 *   file per route in the folder PAGE_DIGESTS names;
 * - its entries: the catalogue's digests of its years' entry files, for the
 *   stories' bodies, which the page digests leave out;
 * - the code and the build's settings.
 */

/** The folder the routes file their page digests in, when this build is to (PAGE_DIGESTS). */
export function pageDigestsFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.PAGE_DIGESTS || undefined;
}

const ROUTE_NAME = /^[a-z][a-z0-9-]*$/;

/** One route's pages, digested by part. */
export class PageDigests {
  readonly #hashes = new Map<string, Hash>();

  /** Starts a digest for each of `parts`, so that a part with no page of the route has one too. */
  constructor(parts: readonly string[]) {
    for (const part of parts) this.#hashes.set(part, createHash('sha256'));
  }

  /** Adds a page of `part`, known by its params and cache key. */
  add(part: string, params: Readonly<Record<string, string | undefined>>, cacheKey: string): void {
    const hash = this.#hashes.get(part);
    if (!hash) throw new Error(`page digests: ${part} is not one of the parts digested`);
    const named = Object.keys(params)
      .sort()
      .map((key) => [key, params[key] ?? null]);
    hash.update(`${JSON.stringify(named)} ${cacheKey}\n`);
  }

  /** Files the digests as `<folder>/<route>.json`: `{ "<part>": "<sha256>" }`. */
  write(folder: string, route: string): void {
    if (!ROUTE_NAME.test(route)) throw new Error(`page digests: "${route}" is not a route name (a-z, 0-9 and -)`);
    mkdirSync(folder, { recursive: true });
    const digests = Object.fromEntries([...this.#hashes].map(([part, hash]) => [part, hash.digest('hex')]));
    writeFileSync(join(folder, `${route}.json`), JSON.stringify(digests));
  }
}

/**
 * Every part's page digests, by part id and route, as the routes filed them
 * in `folder`; empty when no route filed any.
 */
export function readPartDigests(folder: string): Map<string, Record<string, string>> {
  const parts = new Map<string, Record<string, string>>();
  let files: string[] = [];
  try {
    files = readdirSync(folder).filter((file) => file.endsWith('.json'));
  } catch {
    return parts;
  }
  for (const file of files.sort()) {
    const route = file.slice(0, -'.json'.length);
    const digests = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, string>;
    for (const [part, digest] of Object.entries(digests)) parts.set(part, { ...parts.get(part), [route]: digest });
  }
  return parts;
}

/** What a part's output is made from, each part of it digested. */
export interface PartDigest {
  /** The project's code and the build's settings (codeDigest). */
  readonly code: string;
  /** Its years' entry files, by the catalogue's digests of them. */
  readonly entries: string;
  /** Its pages, by route (part-digests.ts). */
  readonly pages: Readonly<Record<string, string>>;
}

/** The code a part's pages are made by: everything of the project a build reads, by content. */
const CODE = ['src', 'public', 'astro.config.ts', 'package-lock.json', 'tsconfig.json'];

function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (lstatSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) hashTree(hash, root, `${path}/${name}`);
  } else hash.update(`${path} ${statSync(full).size}\n`).update(readFileSync(full));
}

/** The digest of the project's code and the build's settings, which every part's output depends on. */
export function codeDigest(project: string, plan: readonly SearchShard[], passOn: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of CODE) hashTree(hash, project, path);
  // The shards' years, not their counts of stories: a new story changes the newest shard's count only.
  const shards = plan.map(({ id, firstYear, lastYear }) => ({ id, firstYear, lastYear }));
  hash.update(JSON.stringify({ shards, passOn, deployment: resolveDeployment(), node: process.versions }));
  return hash.digest('hex');
}

/**
 * Each part's digest (but the newest's, which is always built): its pages'
 * digests as filed in `pageDigests`, its years' entry digests from the
 * catalogue, and `code`. A part missing from the filed digests has none.
 */
export function partDigests(
  plan: readonly SearchShard[],
  { pageDigests, catalogue, code }: { pageDigests: string; catalogue: string; code: string },
): Map<string, PartDigest> {
  const pages = readPartDigests(pageDigests);
  const digests = new Map<string, PartDigest>();
  for (const shard of plan.slice(1)) {
    const ofPages = pages.get(shard.id);
    if (ofPages === undefined) continue;
    const hash = createHash('sha256');
    const shelves = [...shardYears(shard), ...(undatedShard(plan) === shard ? ['undated'] : [])];
    for (const shelf of shelves) {
      const file = join(catalogue, `${shelf}.digests.json`);
      hash.update(`${shelf}\n`);
      if (existsSync(file)) hash.update(readFileSync(file));
    }
    digests.set(shard.id, { code, entries: hash.digest('hex'), pages: ofPages });
  }
  return digests;
}

/** Why a part made from `now` cannot be kept from one made from `then`, or undefined when it can. */
export function whatChanged(then: PartDigest, now: PartDigest): string | undefined {
  if (then.code !== now.code) return 'the code or the settings changed';
  if (then.entries !== now.entries) return 'its entries changed';
  const routes = [...new Set([...Object.keys(then.pages), ...Object.keys(now.pages)])].sort();
  const changed = routes.filter((route) => then.pages[route] !== now.pages[route]);
  return changed.length > 0 ? `its pages changed (${changed.join(', ')})` : undefined;
}
