/** Elements where "/" is typing, not a shortcut. */
const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/**
 * "/" anywhere on a page puts the cursor in the search box: the search
 * page's own box where there is one, the header's elsewhere. A "/" typed
 * into a field, or with a modifier key, is left alone.
 */
export function focusSearchOnSlash(doc: Document = document): void {
  doc.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (target && (target.isContentEditable || TYPING.test(target.tagName))) return;
    const box = doc.getElementById('search-query') ?? doc.getElementById('site-search');
    if (!(box instanceof HTMLInputElement)) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
