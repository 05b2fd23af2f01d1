import { absoluteUrl, isLocalAddress, withBase } from './site-url.ts';

/** What a citation of an archived story is made of; every part but the headline, date and URL is optional. */
export interface CitationParts {
  readonly headline: string;
  readonly authors?: readonly string[];
  readonly publication?: string;
  /** The publication date as readers see it ("October 1, 2020"). */
  readonly published: string;
  readonly archiveTitle: string;
  /** Where the story is in this archive: see archiveAddress. */
  readonly archiveUrl: string;
}

function listNames(names: readonly string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(names);
}

/**
 * A citation in the style of the Chicago Manual's news-article form, up to
 * the access date, which the reader adds: a static page cannot know it.
 * "Authors. "Headline." Publication, October 1, 2020. Archived by News Archive, URL."
 */
export function citeStory(parts: CitationParts): string {
  const sentences = [
    parts.authors && parts.authors.length > 0 ? `${listNames(parts.authors)}.` : undefined,
    // The headline's own ? or ! ends its sentence; otherwise a full stop does.
    `“${/[.?!]$/.test(parts.headline) ? parts.headline : `${parts.headline}.`}”`,
    parts.publication ? `${parts.publication}, ${parts.published}.` : `${parts.published}.`,
    `Archived by ${parts.archiveTitle}, ${parts.archiveUrl}.`,
  ];
  return sentences.filter((s) => s !== undefined).join(' ');
}

/**
 * Where a citation says a story is: its public URL, or, when the archive's
 * public address is unknown (no `site`, or this machine's own, as in a build
 * without SITE_URL), its path on the archive ("/news/2020/10/01/slug/"),
 * which the reader completes with the address they read it at. Never a
 * localhost address, which would send a reader of the citation nowhere.
 */
export function archiveAddress(path: string, site: URL | string | undefined, basePath: string): string {
  return site === undefined || isLocalAddress(site) ? withBase(path, basePath) : absoluteUrl(path, site, basePath);
}
