import { Worker } from 'node:worker_threads';
import type { SourceRef } from './reading/collect-sources.ts';
import type { Root } from 'mdast';
import { decideSource, prepareFile, type PreparedFile, type PrepareSettings } from './prepare-file.ts';

export interface Preparer {
  prepare(source: SourceRef): Promise<PreparedFile>;
  close(): Promise<void>;
}

/** Below this many files, starting a worker (which loads the whole ingester) costs more than it saves. */
const WORKER_FROM = 500;

/**
 * Prepares the files of a large batch on a second thread: one worker reads,
 * decides and renders files while this thread commits and writes the ones
 * before them, a two-stage pipeline for two cores. (Other splits were
 * measured with bench:ingest: two workers only competed with the main
 * thread, and rendering here left the worker waiting.) Results are promises
 * the run awaits in its own order, so what it decides (slugs, duplicates)
 * does not depend on timing. Small batches are prepared in this thread.
 */
export function createPreparer(settings: PrepareSettings, files: number): Preparer {
  if (files < WORKER_FROM) return { prepare: (source) => prepareFile(source, settings), close: async () => {} };
  const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { workerData: settings });
  const waiting = new Map<number, { resolve: (p: PreparedFile) => void; reject: (e: Error) => void }>();
  const sources = new Map<number, SourceRef>();
  worker.on('message', ({ id, prepared }: { id: number; prepared: PreparedFile }) => {
    waiting.get(id)?.resolve(withBodiesOnDemand(prepared, sources.get(id)!, settings));
    waiting.delete(id);
    sources.delete(id);
  });
  worker.on('error', (error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    sources.clear();
  });
  let next = 0;
  return {
    prepare(source) {
      const id = next++;
      sources.set(id, source);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, source });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/**
 * A file the worker prepared, its articles' bodies (which it does not send)
 * made again in this thread from the same bytes and settings when the run
 * asks for one, to render an entry again under another slug or date.
 */
function withBodiesOnDemand(prepared: PreparedFile, source: SourceRef, settings: PrepareSettings): PreparedFile {
  if (!prepared.ok) return prepared;
  let again: ReturnType<typeof decideSource> | undefined;
  const bodyOf = (index: number): Root => {
    again ??= decideSource(source.name, prepared.bytes, settings);
    const article = again.ok ? again.articles[index] : undefined;
    if (!article?.ok) throw new Error(`${source.name}: article ${index + 1} was not decided the same way again`);
    return article.body;
  };
  const articles = prepared.articles.map((article, index) =>
    article.ok
      ? Object.defineProperty({ ...article }, 'body', { get: () => bodyOf(index), enumerable: true })
      : article,
  );
  return { ...prepared, articles };
}
