/**
 * The scripts of search features that pages other than /search/ load: the
 * header search box's progressive enhancement ("/" focuses it, on every
 * page) and a story's highlighter loader (it marks a search's words when the
 * story is reached from a result, loading Pagefind's highlighter only then).
 * Astro names a component's built script after the component.
 */
const componentScript = (component: string) =>
  new RegExp(`/_astro/${component}\\.astro_astro_type_script_index_\\d+_lang\\.[\\w-]+\\.js$`);

export const SEARCH_BOX_SCRIPT = componentScript('SearchForm');
export const SEARCH_HIGHLIGHT_SCRIPT = componentScript('SearchHighlight');

/** Whether the script at `src` is one of search's own. */
export function isSearchFeatureScript(src: string): boolean {
  return SEARCH_BOX_SCRIPT.test(src) || SEARCH_HIGHLIGHT_SCRIPT.test(src);
}
