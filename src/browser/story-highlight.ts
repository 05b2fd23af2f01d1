import { HIGHLIGHT_PARAM, withoutHighlight } from './highlight-terms.ts';

/** What Pagefind's highlight script (pagefind/pagefind-highlight.js) is given. */
interface PagefindHighlightOptions {
  highlightParam: string;
  markContext: Element;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}
type PagefindHighlightClass = new (options: PagefindHighlightOptions) => unknown;

const MARK_CLASS = 'search-highlight';

/** Puts a marked word's text back in place of its <mark>. */
function unmark(story: Element): void {
  for (const mark of story.querySelectorAll(`mark.${MARK_CLASS}`)) mark.replaceWith(...mark.childNodes);
  story.normalize();
}

/** The line above the story that says what is marked, with the button that clears it. */
function notice(terms: readonly string[], count: number, clear: () => void): HTMLElement {
  const box = document.createElement('p');
  box.className = 'highlight-notice';
  box.setAttribute('role', 'status');
  const quoted = new Intl.ListFormat('en', { type: 'conjunction' }).format(terms.map((t) => `“${t}”`));
  box.append(`Your search for ${quoted} is highlighted (${count} ${count === 1 ? 'place' : 'places'}). `);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Clear highlighting';
  button.addEventListener('click', clear);
  box.append(button);
  return box;
}

/**
 * Arriving from a search result (`?highlight=…`), marks the search's words in
 * the story with Pagefind's highlight script, loaded only then, and says so
 * above the story with a button that clears the marks and takes the terms out
 * of the address. Without the parameter it does nothing and loads nothing.
 */
export async function highlightSearchTerms(): Promise<void> {
  const terms = new URLSearchParams(window.location.search)
    .getAll(HIGHLIGHT_PARAM)
    .map((term) => term.trim())
    .filter(Boolean);
  const story = document.querySelector('[data-pagefind-body]');
  const body = story?.querySelector('.story-body');
  if (terms.length === 0 || !story || !body) return;
  const script = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ script)) as {
    default: PagefindHighlightClass;
  };
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: story,
    // The site's own style for <mark>, in light and dark; no inline <style>.
    addStyles: false,
    markOptions: { className: MARK_CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  const count = story.querySelectorAll(`mark.${MARK_CLASS}`).length;
  if (count === 0) return;
  const heading = story.querySelector('h1');
  const line = notice(terms, count, () => {
    unmark(story);
    line.remove();
    window.history.replaceState(window.history.state, '', withoutHighlight(window.location.href));
    // The button is gone: keep the reader's place at the top of the story.
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  });
  body.before(line);
}
