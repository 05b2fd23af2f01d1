import { LinkifyIt } from 'linkify-it';

/**
 * Finds http(s) URLs written out in full. Fuzzy links (bare domains), e-mail
 * addresses and every other scheme stay plain text: source text is data, and
 * only a URL the source spelled out becomes a link.
 */
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false })
  .add('mailto:', null)
  .add('ftp:', null)
  .add('//', null);

export interface UrlMatch {
  readonly index: number;
  readonly lastIndex: number;
  readonly url: string;
}

export function findUrls(text: string): UrlMatch[] {
  return (linkify.match(text) ?? [])
    .filter((m) => /^https?:\/\//i.test(m.url))
    .map((m) => ({ index: m.index, lastIndex: m.lastIndex, url: m.url }));
}
