import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { articlesLoader } from './content-loader/articles-loader.ts';
import { buildCacheFile, catalogueDir, resolveContentDir } from './entry/content-location.ts';
import { searchShardYears } from './lib/search-shards.ts';
import { articleSchema } from './entry/article.ts';

const contentDir = resolveContentDir();
const years = searchShardYears(process.env);

const articles = defineCollection({
  // Every entry, or one split-build job's years (SEARCH_SHARD); see articles-loader.ts.
  loader: articlesLoader({
    base: join(contentDir, 'articles'),
    catalogueDir: catalogueDir(contentDir),
    ...(years ? { years, yearsCacheFile: buildCacheFile(contentDir, 'entry-years.json') } : {}),
  }),
  schema: articleSchema,
});

export const collections = { articles };
