import { stripVTControlCharacters } from 'node:util';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { sampleTreeMemory, type TreeMemory } from './process-tree-memory.ts';

export interface PhaseCommand {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** One output line and when it reached us, in ms after the phase started. */
export interface TimedLine {
  readonly atMs: number;
  readonly text: string;
}

export interface PhaseResult extends TreeMemory {
  readonly wallMs: number;
  readonly exitCode: number;
  readonly stdout: string;
  /** stdout and stderr lines in arrival order, timed: sub-phases are read from them. */
  readonly lines: readonly TimedLine[];
}

/**
 * Runs one phase as a child process, timing it from spawn to exit and
 * sampling the memory of its whole process tree meanwhile. Output is
 * kept (and timed line by line as it arrives), not shown; a phase that
 * fails throws with its last lines.
 */
export async function runPhase(command: PhaseCommand): Promise<PhaseResult> {
  const started = performance.now();
  const child = spawn(command.command, command.args, {
    cwd: command.cwd,
    env: command.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = sampleTreeMemory(child.pid!);
  const lines: TimedLine[] = [];
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  for (const stream of [child.stdout, child.stderr]) {
    // Plain text: with CI set, Astro's logger colours its lines even into a pipe.
    createInterface({ input: stream }).on('line', (text) =>
      lines.push({ atMs: performance.now() - started, text: stripVTControlCharacters(text) }),
    );
  }
  const exitCode = await new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - started;
  const memory = sampler.stop();
  return { ...memory, wallMs, exitCode, stdout, lines };
}

/** Throws, with the phase's last output lines, unless it exited with one of `okCodes`. */
export function assertPhaseSucceeded(name: string, result: PhaseResult, okCodes: readonly number[] = [0]): void {
  if (okCodes.includes(result.exitCode)) return;
  const tail = result.lines
    .slice(-40)
    .map((line) => line.text)
    .join('\n');
  throw new Error(`${name} failed with exit code ${result.exitCode}; its last output:\n${tail}`);
}

/** When the first line matching `pattern` arrived, in ms after the phase started. */
export function lineTime(result: PhaseResult, pattern: RegExp): number | undefined {
  return result.lines.find((line) => pattern.test(line.text))?.atMs;
}
