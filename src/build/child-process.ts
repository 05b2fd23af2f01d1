/**
 * The children a build starts (`astro build`, `astro sync`, a part's build,
 * the merge) end with it. Each runs in a process group of its own, which a
 * SIGINT, SIGTERM or SIGHUP to the build is passed on to, whole (the child
 * and whatever it started); the build waits for its children to end, runs
 * its clean-up, and ends by the same signal. Were the build killed outright
 * (SIGKILL), each child notices its stdin pipe end and kills its own group
 * (die-with-parent.mjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PRELOAD = pathToFileURL(join(import.meta.dirname, 'die-with-parent.mjs')).href;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const running = new Set<ChildProcess>();
let stopping: NodeJS.Signals | undefined;
const cleanUps: (() => void)[] = [];

/** Runs `clean` (synchronous) before the build ends by a signal. */
export function onStop(clean: () => void): void {
  cleanUps.push(clean);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Once no child is left: the clean-ups, then the build ends by the signal it got, as it would have without a handler. */
function stopIfIdle(): void {
  if (!stopping || running.size > 0) return;
  for (const clean of cleanUps.splice(0)) {
    try {
      clean();
    } catch {
      // Ending anyway: the next build clears what is left.
    }
  }
  for (const signal of SIGNALS) process.removeAllListeners(signal);
  process.kill(process.pid, stopping);
}

function onSignal(signal: NodeJS.Signals): void {
  stopping ??= signal;
  for (const child of running) killGroup(child, signal);
  stopIfIdle();
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

export interface ChildOptions {
  /** Added to this process's environment. */
  readonly env?: NodeJS.ProcessEnv;
  /** Where the child's stdout and stderr go: this process's (inherit), or a pipe handed to `output`. */
  readonly output?: (child: ChildProcess) => void;
}

/**
 * Runs `node args` as described above; resolves to its exit status (1 when
 * it could not start or ended by a signal). Once the build has been told to
 * stop, it starts nothing more and the promise never settles: the build ends.
 */
export function runNode(args: readonly string[], { env = {}, output }: ChildOptions = {}): Promise<number> {
  listen();
  if (stopping) return new Promise(() => {});
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', PRELOAD, ...args], {
      env: { ...process.env, ...env, BUILD_PARENT_PIPE: '1' },
      stdio: ['pipe', output ? 'pipe' : 'inherit', output ? 'pipe' : 'inherit'],
      detached: true,
    });
    running.add(child);
    output?.(child);
    let ended = false;
    const done = (status: number) => {
      if (ended) return;
      ended = true;
      running.delete(child);
      if (stopping) stopIfIdle();
      else resolve(status);
    };
    child.on('error', () => done(1));
    child.on('close', (status) => done(status ?? 1));
  });
}
