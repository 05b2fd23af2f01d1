import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline.ts';

/**
 * Renders an entry body with the site's own plugin lists, in the order
 * Astro's unified processor runs them (parse, GFM, our remark plugins,
 * remark-rehype without raw HTML, our rehype plugins). Astro's heading ids
 * are the one thing left out. The file's `data.astro.frontmatter` is the
 * plugin front matter the plugins recorded.
 */
export async function renderFileLikeTheSite(markdown: string): Promise<VFile> {
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const plugin of remarkPlugins) processor.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [never]));
  processor.use(remarkRehype, { allowDangerousHtml: false });
  for (const plugin of rehypePlugins) processor.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [never]));
  processor.use(rehypeStringify);
  return processor.process(markdown);
}

/** The HTML of an entry body rendered as the site renders it. */
export async function renderLikeTheSite(markdown: string): Promise<string> {
  return String(await renderFileLikeTheSite(markdown)).trim();
}
