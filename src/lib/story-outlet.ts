/** Where a story came from, as readers are shown it. */
export interface StoryOutlet {
  /** The publication's name, or the original's site when the entry names no publication. */
  readonly name: string;
  /** The original story's URL: only an absolute http(s) URL is ever linked. */
  readonly href?: string;
}

/** The URL when it is an absolute http(s) URL: the only kind a page links to an original. */
export function httpUrl(url: string | undefined): URL | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
}

/**
 * The story's outlet from its entry: the publication, linking to the
 * original when its URL is known; the original's host (without "www.")
 * when only the URL is known; undefined when neither is, so that no page
 * shows a stand-in for an outlet it cannot name. The schema already refuses
 * a URL that is not http(s); this keeps a page from ever linking one.
 */
export function storyOutlet(data: { readonly publication?: string; readonly url?: string }): StoryOutlet | undefined {
  const original = httpUrl(data.url);
  const name = data.publication ?? original?.hostname.replace(/^www\./, '');
  if (name === undefined) return undefined;
  return original ? { name, href: original.href } : { name };
}
