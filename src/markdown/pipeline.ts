import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import { externalLinksOptions } from './external-links.ts';
import remarkAttributedQuote from './remark-attributed-quote.ts';
import remarkCaption from './remark-caption.ts';
import remarkEmptyPluginFrontmatter from './remark-empty-plugin-frontmatter.ts';
import remarkHtmlAsText from './remark-html-as-text.ts';
import remarkReadingTime from './remark-reading-time.ts';
import remarkStrayDirectives from './remark-stray-directives.ts';
import rehypeBareUrls from './rehype-bare-urls.ts';
import rehypeBodyFacts from './rehype-body-facts.ts';
import rehypeSafeLinks from './rehype-safe-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * How entry bodies render, in order. astro.config.ts hands these to Astro's
 * unified processor; the tests run the same lists.
 */
export const remarkPlugins: RemarkPlugins = [
  remarkEmptyPluginFrontmatter,
  remarkDirective,
  remarkHtmlAsText,
  remarkAttributedQuote,
  remarkCaption,
  remarkStrayDirectives,
  remarkReadingTime,
];

/**
 * Last word on what reaches the page: no raw HTML, links only to http(s),
 * mailto or within the archive, no images; a link whose text is its address
 * marked as such, for print; then external links get `rel="noopener noreferrer"` (after the
 * sanitiser, which would otherwise have to allow `rel` from entries). Last,
 * the body's paragraphs and lead are recorded from the finished tree
 * (rehype-body-facts.ts), so nothing reads them back out of the HTML.
 */
export const rehypePlugins: RehypePlugins = [
  [rehypeSanitize, sanitizeSchema],
  rehypeSafeLinks,
  rehypeBareUrls,
  [rehypeExternalLinks, externalLinksOptions],
  rehypeBodyFacts,
];
