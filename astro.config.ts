import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import pagefind from './src/integrations/pagefind.ts';
import remarkAttributedQuote from './src/markdown/remark-attributed-quote.ts';
import remarkCaption from './src/markdown/remark-caption.ts';
import remarkHtmlAsText from './src/markdown/remark-html-as-text.ts';
import remarkReadingTime from './src/markdown/remark-reading-time.ts';
import remarkStrayDirectives from './src/markdown/remark-stray-directives.ts';
import { sanitizeSchema } from './src/markdown/sanitize-schema.ts';

export default defineConfig({
  // The public URL of the deployed archive (absolute URLs in feeds and meta tags).
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Every page is a folder with an index.html; every URL ends in a slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Entries render through remark and rehype (not Astro 7's default
    // Sätteri) because the archive's conventions are unified plugins.
    processor: unified({
      // Source text is shown as received: no smart quotes or dashes added.
      smartypants: false,
      remarkPlugins: [
        remarkDirective,
        remarkHtmlAsText,
        remarkAttributedQuote,
        remarkCaption,
        remarkStrayDirectives,
        remarkReadingTime,
      ],
      // No raw HTML reaches the page, and links are http(s) only.
      remarkRehype: { allowDangerousHtml: false },
      rehypePlugins: [[rehypeSanitize, sanitizeSchema]],
    }),
    syntaxHighlight: false,
  },
  integrations: [pagefind()],
  // Scripts ship as files, never inline: cacheable, and ready for a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
