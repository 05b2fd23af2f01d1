/**
 * schema.org JSON-LD for search engines, built from plain values. Every URL
 * passed in is already absolute (see links.ts publicUrl).
 */

export interface Crumb {
  readonly name: string;
  /** Absolute URL of the crumb's page. */
  readonly url: string;
}

/** BreadcrumbList: the trail from the home page down to this page, this page last. */
export function breadcrumbList(crumbs: readonly Crumb[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}
