import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypePlugins, remarkPlugins } from '../../src/markdown/pipeline.ts';

/**
 * Renders an entry body with the site's own plugin lists, in the order
 * Astro's unified processor runs them (parse, GFM, our remark plugins,
 * remark-rehype without raw HTML, our rehype plugins). Astro's heading ids
 * are the one thing left out.
 */
export async function renderLikeTheSite(markdown: string): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const plugin of remarkPlugins) processor.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [never]));
  processor.use(remarkRehype, { allowDangerousHtml: false });
  for (const plugin of rehypePlugins) processor.use(...((Array.isArray(plugin) ? plugin : [plugin]) as [never]));
  processor.use(rehypeStringify);
  return String(await processor.process(markdown)).trim();
}
