import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/**
 * Starts the plugin front matter empty, before the other plugins add to it.
 * Astro hands the pipeline each entry's whole front matter and keeps what
 * comes back in its content store, beside the entry's data: a second copy
 * of every story's front matter, which the store (read as one string) cannot
 * afford. Pages read only what plugins add (`readingMinutes`, `lead`; the
 * loader moves the `paragraphs` to the catalogue).
 */
export default function remarkEmptyPluginFrontmatter() {
  return (_tree: Root, file: VFile) => {
    (file.data.astro ??= {}).frontmatter = {};
  };
}
