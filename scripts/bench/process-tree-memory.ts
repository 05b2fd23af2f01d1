import { readFileSync, readdirSync } from 'node:fs';

/**
 * Peak memory of a process and all its descendants (Linux /proc only).
 * Every `intervalMs` it sums the resident set (VmRSS) over the live tree:
 * the peak of that sum is what the machine had to hold at once, which a
 * per-process high-water mark cannot give (children peak at different
 * times). It also keeps each program's own high-water mark (VmHWM, the
 * kernel's exact per-process peak, read at every sample while the process
 * lives), keyed by its command name, so a phase's helper (the Pagefind
 * binary under astro build) can be reported on its own. Peaks shorter than
 * the interval can be missed by the sum, not by VmHWM.
 */
export interface TreeMemory {
  /** Largest sum of VmRSS over the tree seen at one sample, in bytes. */
  readonly peakTreeRssBytes: number;
  /** Largest VmHWM seen per command name (`node`, `pagefind_extended`…), in bytes. */
  readonly peakByCommand: ReadonlyMap<string, number>;
  readonly samples: number;
}

export interface TreeMemorySampler {
  stop(): TreeMemory;
}

export function sampleTreeMemory(rootPid: number, intervalMs = 100): TreeMemorySampler {
  let peakTreeRssBytes = 0;
  let samples = 0;
  const peakByCommand = new Map<string, number>();
  const sample = () => {
    let sum = 0;
    for (const pid of processTree(rootPid)) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rss;
      peakByCommand.set(status.name, Math.max(peakByCommand.get(status.name) ?? 0, status.hwm));
    }
    samples += 1;
    peakTreeRssBytes = Math.max(peakTreeRssBytes, sum);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakTreeRssBytes, peakByCommand, samples };
    },
  };
}

/** The pid and every descendant, through each thread's `children` list. */
function processTree(rootPid: number): number[] {
  const found = [rootPid];
  for (let i = 0; i < found.length; i += 1) {
    const pid = found[i]!;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // exited between two reads
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
        if (children) found.push(...children.split(' ').map(Number));
      } catch {
        // the thread or process has exited
      }
    }
  }
  return found;
}

function readStatus(pid: number): { name: string; rss: number; hwm: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { name: /^Name:\s+(.*)$/m.exec(text)?.[1] ?? '?', rss: field('VmRSS'), hwm: field('VmHWM') };
}
