/**
 * What a build shows when it fails: the message (for an entry, `file:
 * field: reason`), not a stack trace, unless asked for one with `--verbose`
 * or DEBUG=1. Astro prints its errors with their stack trace: its output
 * passes through here, line by line, and loses the trace.
 */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

/** Whether to show stack traces: `--verbose` among the build's arguments, or DEBUG set (to anything but 0). */
export function wantsTraces(args: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  return args.includes('--verbose') || (env.DEBUG !== undefined && env.DEBUG !== '' && env.DEBUG !== '0');
}

/** A stack frame line ("    at getEntryData (file:///…)") or the heading Astro puts before them. */
const isTraceLine = (line: string) => /^\s+at\s|^\s*Stack trace:\s*$/.test(stripVTControlCharacters(line));

/**
 * A filter for the lines of one stream: false for the lines of a stack
 * trace (its heading and its frames), true for every other.
 */
export function withoutTraces(): (line: string) => boolean {
  return (line) => !isTraceLine(line);
}

/** The message of something thrown, and its trace only when wanted. */
export function describeProblem(problem: unknown, traces: boolean): string {
  if (!(problem instanceof Error)) return String(problem);
  if (traces && problem.stack) return problem.stack;
  return problem.cause ? `${problem.message}: ${String(problem.cause)}` : problem.message;
}

/**
 * Hands `child`'s stdout and stderr on to this process's, line by line,
 * without stack traces unless `traces`.
 */
export function passOutputOn(child: ChildProcess, traces: boolean): void {
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    if (!from) continue;
    const show = traces ? () => true : withoutTraces();
    createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
      if (show(line)) to.write(`${line}\n`);
    });
  }
}

/** Astro colours its output on a terminal: through a pipe, it is told that this process's output is one. */
export function colourEnv(): NodeJS.ProcessEnv {
  return process.stdout.isTTY && process.env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {};
}
