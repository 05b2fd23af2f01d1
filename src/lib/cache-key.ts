import { createHash } from 'node:crypto';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and whose code (Astro hashes the page's module graph)
 * are unchanged since the last build is copied from that build, not
 * rendered again.
 *
 * The contract: same key ⇒ same output. `withCacheKeys` keys each path of
 * a `getStaticPaths()` by its params, its props and the build's context
 * (`Astro.site`, the base path, the Node.js version, whose ICU formats
 * dates, and the main navigation's sections), so a keyed route must render
 * from those and its code alone: everything it reads from the archive is
 * computed in `getStaticPaths()` and passed as props, and neither the page
 * after `getStaticPaths()` nor any component or layout reads the collection,
 * the archive index or a file, except the site navigation's sections
 * (`getSiteSections()`, keyed here; tests/unit/cache-key-inputs.test.ts
 * checks the sources). Props must not change once returned: an object's digest is
 * computed once per build.
 *
 * Props are hashed whole, by value: plain objects (in key order, which can
 * change what a page shows), arrays, Maps, Sets, Dates and primitives. A
 * function or a class instance cannot be hashed by value, so it throws
 * naming where it is, rather than being skipped and going stale.
 */

/** An object's encoding, or the digest of it when long; by identity, so a story shared by many pages is encoded once. */
const encoded = new WeakMap<object, string>();
/** Encodings longer than this are replaced by their SHA-256 where they appear. */
const INLINE_LIMIT = 200;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function encodeObject(value: object): string {
  if (Array.isArray(value)) return `[${value.map((item, index) => encodeAt(item, index)).join(',')}]`;
  if (value instanceof Map)
    return `Map[${[...value].map(([k, v]) => `${encode(k)}:${encodeAt(v, String(k))}`).join(',')}]`;
  if (value instanceof Set) return `Set[${[...value].map((item, index) => encodeAt(item, index)).join(',')}]`;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  if (value instanceof URL) return `URL(${JSON.stringify(value.href)})`;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new UnhashableError(`a ${prototype?.constructor?.name ?? 'class'} instance has no value to hash`);
  }
  return `{${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}:${encodeAt(v, k)}`)
    .join(',')}}`;
}

function encode(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${(typeof value)[0]}${String(value)}`;
    case 'undefined':
      return 'u';
    case 'object': {
      if (value === null) return 'null';
      let text = encoded.get(value);
      if (text === undefined) {
        text = encodeObject(value);
        if (text.length > INLINE_LIMIT) text = `#${sha256(text)}`;
        encoded.set(value, text);
      }
      return text;
    }
    default:
      throw new UnhashableError(`a ${typeof value} has no value to hash`);
  }
}

class UnhashableError extends TypeError {
  readonly path: (string | number)[] = [];
}

/** encode(), recording where a value that cannot be hashed is. */
function encodeAt(value: unknown, at: string | number): string {
  try {
    return encode(value);
  } catch (error) {
    if (error instanceof UnhashableError) error.path.unshift(at);
    throw error;
  }
}

/** The SHA-256 of the values given, by value (see above): equal values, equal keys. */
export function cacheKey(...parts: readonly unknown[]): string {
  try {
    return sha256(encode(parts));
  } catch (error) {
    if (!(error instanceof UnhashableError)) throw error;
    throw new TypeError(`cache key: at ${error.path.join('.')}: ${error.message}; pass plain data as props`);
  }
}

/**
 * What every page depends on besides its params and props: where the build
 * is published (absolute URLs in canonical links and feeds, the base path in
 * every link), the Node.js that formats its dates (its ICU and time zone
 * data), and the main navigation's sections, the one thing every page's
 * chrome shows that depends on the archive (site-sections.ts).
 */
async function buildContext() {
  const { node, icu, tz } = process.versions;
  // Imported when keys are made, so that cacheKey() runs outside Astro too.
  const { getSiteSections } = await import('../content-loader/stories.ts');
  const sections = await getSiteSections();
  return { site: import.meta.env.SITE, base: import.meta.env.BASE_URL, node, icu, tz, sections };
}

/** A page's cache key from its params and props, in this build's context (worked out once). */
export async function pageKeyer(): Promise<(params: Record<string, string | undefined>, props: object) => string> {
  const where = await buildContext();
  return (params, props) => cacheKey(where, params, props);
}

/** Gives each path of a `getStaticPaths()` its cache key: its params, its props and the build's context. */
export async function withCacheKeys<Path extends { params: Record<string, string | undefined>; props: object }>(
  paths: readonly Path[],
): Promise<(Path & { cacheKey: string })[]> {
  const keyOf = await pageKeyer();
  return paths.map((path) => ({ ...path, cacheKey: keyOf(path.params, path.props) }));
}
