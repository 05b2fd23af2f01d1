import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';

export default defineConfig({
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
