import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { resolveDeployment } from './src/deployment.ts';
import pagefind from './src/integrations/pagefind.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';

/** Public origin and base path, from src/deployment.ts or SITE_URL and BASE_PATH. */
const deployment = resolveDeployment();

export default defineConfig({
  site: deployment.siteUrl,
  base: deployment.basePath,
  // Every page is a folder with an index.html; every URL ends in a slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Entries render through remark and rehype (not Astro 7's default
    // Sätteri) because the archive's conventions are unified plugins.
    processor: unified({
      // Source text is shown as received: no smart quotes or dashes added.
      smartypants: false,
      remarkPlugins,
      // No raw HTML reaches the page, and links are http(s) only.
      remarkRehype: { allowDangerousHtml: false },
      rehypePlugins,
    }),
    syntaxHighlight: false,
  },
  integrations: [pagefind()],
  // Scripts ship as files, never inline: cacheable, and ready for a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
