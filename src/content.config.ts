import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { glob } from 'astro/loaders';
import { resolveContentDir } from './content-location.ts';
import { articleSchema } from './schemas/article.ts';

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: join(resolveContentDir(), 'articles'),
    // The file name is the id. The default would use a `slug` field, and two
    // stories with one slug on different days would then overwrite each other.
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: articleSchema,
});

export const collections = { articles };
