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
    // Pages use the rendered HTML, never the Markdown source. The source was 40%
    // of the content store (5.6 of 13.8 KB a story at 10,000 stories), and Astro
    // reads the whole store as one string, which V8 caps at 512 MiB.
    retainBody: false,
  }),
  schema: articleSchema,
});

export const collections = { articles };
