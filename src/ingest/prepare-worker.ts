/**
 * The worker thread of prepare-ahead.ts: reads, decides and renders the
 * files it is sent, one message each, and answers with the prepared file,
 * its articles without their bodies (see withBodiesOnDemand).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceRef } from './reading/collect-sources.ts';
import { prepareFile, type PreparedFile, type PrepareSettings } from './prepare-file.ts';

const settings = workerData as PrepareSettings;

parentPort!.on('message', async ({ id, source }: { id: number; source: SourceRef }) => {
  let prepared: PreparedFile;
  try {
    prepared = await prepareFile(source, settings);
  } catch (error) {
    prepared = { ok: false, field: '(file)', reason: `the ingester failed on it (${(error as Error).message})` };
  }
  if (!prepared.ok) {
    parentPort!.postMessage({ id, prepared });
    return;
  }
  // The bytes are a view of a larger read buffer, which a message would copy whole: send an exact copy, transferred.
  const bytes = new Uint8Array(prepared.bytes);
  // Bodies stay here: copying a tree costs more than all the rest, and the run needs one only to render again.
  const articles = prepared.articles.map((article) => {
    if (!article.ok) return article;
    const { body: _body, ...rest } = article;
    return rest;
  });
  parentPort!.postMessage({ id, prepared: { ...prepared, bytes, articles } }, [bytes.buffer]);
});
