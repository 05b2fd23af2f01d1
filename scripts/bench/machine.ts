import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a run was measured on, in one line, with the load it carried when the run began. */
export function describeMachine(): string {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
  return (
    `${processors.length} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
    `Node ${process.version}, ${process.platform}; load average at start ${load}`
  );
}
