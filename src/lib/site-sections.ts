/** A way into the archive that the main navigation offers. */
export interface SiteSection {
  readonly label: string;
  /** Site path, without the base path. */
  readonly path: string;
}

/**
 * The main navigation's sections, in order. Publications is offered only
 * when some story names its publication: the navigation never leads to an
 * empty list.
 */
export function siteSections(stories: readonly { readonly data: { readonly publication?: string } }[]): SiteSection[] {
  const hasPublications = stories.some((story) => story.data.publication !== undefined);
  return [
    { label: 'Home', path: '/' },
    { label: 'Dates', path: '/archive/' },
    { label: 'Topics', path: '/topics/' },
    { label: 'People', path: '/people/' },
    ...(hasPublications ? [{ label: 'Publications', path: '/publications/' }] : []),
    { label: 'Threads', path: '/threads/' },
    { label: 'Search', path: '/search/' },
  ];
}
