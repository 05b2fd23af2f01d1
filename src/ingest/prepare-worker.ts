/**
 * The worker thread of prepare-ahead.ts: reads and decides the files it is
 * sent, one message each, and answers with the prepared file (the source's
 * bytes transferred, not copied). Rendering is left to the main thread,
 * which would otherwise wait.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceRef } from './collect-sources.ts';
import { prepareFile, type PrepareSettings } from './prepare-file.ts';

const settings = workerData as PrepareSettings;

parentPort!.on('message', async ({ id, source }: { id: number; source: SourceRef }) => {
  const prepared = await prepareFile(source, settings, { render: false });
  const transfer = prepared.ok ? [prepared.bytes.buffer as ArrayBuffer] : [];
  parentPort!.postMessage({ id, prepared }, transfer);
});
