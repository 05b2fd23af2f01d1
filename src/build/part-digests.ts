import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The digests of the pages of each part of a build in parts, worked out by
 * the part that builds first (the newest, which holds the whole archive
 * index like every part): for each route, each other part's pages' params
 * and cache keys (src/lib/cache-key.ts), one file per route in the folder
 * PAGE_DIGESTS names. A part whose digest, entry files and code are the same
 * as at its last build renders the same pages, and build-in-parts.ts keeps
 * them from the last site instead of building it again (kept-parts.ts).
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
