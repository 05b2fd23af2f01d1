import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index over the finished site, so that
 * `astro build` produces pages and index in one go. Only elements marked
 * `data-pagefind-body` (story articles) are indexed.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'news-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } catch (cause) {
          throw new Error('Building the Pagefind search index failed', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
