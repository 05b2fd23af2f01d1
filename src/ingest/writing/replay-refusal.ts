import type { SourceRef } from '../reading/collect-sources.ts';
import type { FileOutcome, IngestContext } from '../ingest-file.ts';
import type { PreparedFile } from '../prepare-file.ts';
import { sha256Hex } from './entry-hash.ts';
import { entryFileFor } from './existing-entries.ts';
import type { RefusedSource } from './ingest-record.ts';

/**
 * What to record of a source every article of which was refused, so that a
 * later run reports the same refusals without preparing it again: only
 * refusals that follow from the source and the settings alone. Not one that
 * depends on the rest of the archive (an entry of another source at its
 * entry's path, a different file archived under its name), nor any while
 * content/overrides.yaml cannot be read.
 */
export function recordRefusedSource(
  prepared: PreparedFile,
  outcome: FileOutcome,
  context: IngestContext,
): RefusedSource | undefined {
  const { articles } = outcome;
  if (context.overrides.broken || articles.length === 0) return undefined;
  const refusals = [];
  for (const article of articles) {
    if (article.status !== 'refused' || !article.problem) return undefined;
    const { field, reason } = article.problem;
    if (prepared.ok && (field === '(entry)' || field === '(file)')) return undefined;
    refusals.push({
      ...(article.part !== undefined ? { part: article.part } : {}),
      field,
      reason,
      notes: [...article.notes],
      undated: article.undated === true,
    });
  }
  return {
    ...(prepared.ok ? { sha256: sha256Hex(prepared.bytes) } : {}),
    stamp: outcome.source.stamp,
    ...(outcome.format !== undefined ? { format: outcome.format } : {}),
    ...(outcome.encoding !== undefined ? { encoding: outcome.encoding } : {}),
    refusals: refusals as RefusedSource['refusals'],
  };
}

/**
 * The outcome of a recorded refused source whose bytes and ingester
 * fingerprint are those of the record: the same refusals, unless an article
 * refused for want of a date has an entry now (an editor's date in it would
 * date the article; see ingest-file.ts): then undefined, and it is prepared.
 */
export function replayRefusal(
  source: SourceRef,
  recorded: RefusedSource,
  context: IngestContext,
): FileOutcome | undefined {
  if (context.overrides.broken) return undefined;
  if (recorded.refusals.some((r) => r.undated && context.entries.get(entryFileFor(source.name, r.part))))
    return undefined;
  return {
    source,
    ...(recorded.format !== undefined ? { format: recorded.format } : {}),
    ...(recorded.encoding !== undefined ? { encoding: recorded.encoding } : {}),
    articles: recorded.refusals.map(({ part, field, reason, notes, undated }) => ({
      ...(part !== undefined ? { part } : {}),
      status: 'refused' as const,
      notes,
      problem: { field, reason },
      ...(undated ? { undated: true as const } : {}),
    })),
  };
}
