import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes the bare baseline the benchmark compares the archive with: a
 * minimal Astro project over the same entries (the glob loader over the
 * same articles/ folder, no schema, one dynamic route, one layout that
 * renders the entry's body under its headline), with Pagefind run over the
 * output the same way the archive runs it (Node API in astro:build:done,
 * only `data-pagefind-body` indexed). It uses Astro 7's default Markdown
 * processor (Sätteri): what a bare site gets, so the ratio also prices the
 * archive's unified pipeline. node_modules is a symlink to the repository's,
 * so both build with the same Astro and Pagefind; the baseline keeps its
 * own cache folder so neither build reuses the other's content store.
 */
export function writeBaselineSite(projectDir: string, articlesDir: string, repoDir: string): void {
  mkdirSync(join(projectDir, 'src/pages'), { recursive: true });
  mkdirSync(join(projectDir, 'src/layouts'), { recursive: true });
  symlinkSync(join(repoDir, 'node_modules'), join(projectDir, 'node_modules'), 'dir');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
    'astro.config.mjs': ASTRO_CONFIG,
    'src/content.config.ts': CONTENT_CONFIG.replace('ARTICLES_DIR', JSON.stringify(articlesDir)),
    'src/layouts/Layout.astro': LAYOUT,
    'src/pages/[...id].astro': ROUTE,
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(projectDir, path), text);
}

const ASTRO_CONFIG = `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

const searchIndex = {
  name: 'baseline-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      try {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(errors.join('\\n'));
        const added = await index.addDirectory({ path: site });
        await index.writeFiles({ outputPath: site + 'pagefind' });
        logger.info('Indexed ' + added.page_count + ' pages for search.');
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({ cacheDir: './.astro-cache/', integrations: [searchIndex] });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  // The file name is the id, as in the archive: ids from \`slug\` would merge same-slug stories.
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: ARTICLES_DIR, generateId: ({ entry }) => entry.replace(/\\.md$/, '') }),
  }),
};
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><slot /></body>
</html>
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.headline}>
  <article data-pagefind-body><h1>{entry.data.headline}</h1><Content /></article>
</Layout>
`;
