import { totalmem } from 'node:os';

/** The 8 GB a whole build may use (BENCHMARKS.md), less what the build and merge processes around a part hold. */
const PART_HEAP_MB = 6144;

/**
 * The environment that lets a part's `astro build` grow its heap to
 * PART_HEAP_MB, or to three quarters of the machine's memory when that is
 * less. Node's own limit is at most 4 GB whatever the machine, which the
 * newest part of a 100,000-story archive can pass (it renders every front
 * page and works out every other part's page digests); the parts build one
 * at a time, so one may take most of what the build may use. A
 * `--max-old-space-size` already in NODE_OPTIONS is left as it is.
 */
export function partHeapEnv(
  env: NodeJS.ProcessEnv = process.env,
  machineBytes: number = totalmem(),
): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? '';
  if (/--max-old-space-size\b/.test(options)) return {};
  const megabytes = Math.min(PART_HEAP_MB, Math.floor((machineBytes * 0.75) / 2 ** 20));
  return { NODE_OPTIONS: `${options} --max-old-space-size=${megabytes}`.trim() };
}
