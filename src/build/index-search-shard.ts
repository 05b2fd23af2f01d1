import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { shardYears, type SearchShard } from '../lib/search-shards.ts';
import { storyPageFilesGlob } from '../entry/story-path.ts';
import { writeSearchVocabulary } from './write-search-vocabulary.ts';

/**
 * Writes one shard's Pagefind index to `<site>/pagefind/<id>/` and returns
 * the number of pages in it: the story pages of its years (only they carry
 * data-pagefind-body; reading just them spares Pagefind the list pages),
 * and the undated stories' pages when `undated` is true (the oldest shard;
 * search-shards.ts undatedShard), with the shard's vocabulary beside it
 * (write-search-vocabulary.ts), made from what Pagefind indexed.
 * Each shard gets a Pagefind process of its own, closed before this returns,
 * so indexing shard after shard holds one shard in memory at a time.
 */
export async function indexSearchShard(site: string, shard: SearchShard, undated: boolean): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site, glob: storyPageFilesGlob(shardYears(shard), undated) });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const outputPath = join(site, 'pagefind', shard.id);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    writeSearchVocabulary(outputPath);
    return added.page_count;
  } catch (cause) {
    throw new Error(`Building the search index of shard ${shard.id} failed`, { cause });
  } finally {
    await pagefind.close();
  }
}

/**
 * Puts Pagefind's highlighter at `pagefind/pagefind-highlight.js`, where
 * story pages load it from, taken from the given shard's bundle (every
 * shard's bundle carries the same one).
 */
export function copyHighlighter(site: string, shardId: string): void {
  copyFileSync(
    join(site, 'pagefind', shardId, 'pagefind-highlight.js'),
    join(site, 'pagefind', 'pagefind-highlight.js'),
  );
}
