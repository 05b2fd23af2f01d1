/** One `<meta>` of the page: which attribute named it, the name (lowercased) and its content. */
export interface MetaTag {
  readonly attribute: 'property' | 'name' | 'itemprop';
  readonly key: string;
  readonly content: string;
}

/** A page's `<meta>` tags by lowercased name, each name's values in page order. */
export class MetaTags {
  readonly #byKey = new Map<string, MetaTag[]>();

  constructor(document: Document) {
    for (const meta of document.querySelectorAll('meta[content]')) {
      const content = (meta.getAttribute('content') ?? '').trim();
      if (content === '') continue;
      for (const attribute of ['property', 'name', 'itemprop'] as const) {
        const key = meta.getAttribute(attribute)?.trim().toLowerCase();
        if (!key) continue;
        const tags = this.#byKey.get(key) ?? [];
        tags.push({ attribute, key, content });
        this.#byKey.set(key, tags);
        break;
      }
    }
  }

  /** The first tag under any of the keys, in the keys' order of preference. */
  first(keys: readonly string[], accept: (content: string) => boolean = () => true): MetaTag | undefined {
    for (const key of keys) {
      const tag = this.#byKey.get(key)?.find((candidate) => accept(candidate.content));
      if (tag) return tag;
    }
    return undefined;
  }

  /** Every tag under the first of the keys that has any (accepted) ones. */
  all(keys: readonly string[], accept: (content: string) => boolean = () => true): MetaTag[] {
    for (const key of keys) {
      const tags = this.#byKey.get(key)?.filter((candidate) => accept(candidate.content)) ?? [];
      if (tags.length > 0) return tags;
    }
    return [];
  }
}

/** `the page's <meta property="og:title">`: where a value was read, for evidence. */
export function metaEvidence(tag: MetaTag): string {
  return `the page's <meta ${tag.attribute}="${tag.key}">`;
}
