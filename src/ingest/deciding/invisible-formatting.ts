import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { hasInvisibleFormatting, removeInvisibleFormatting } from '../../lib/invisible-formatting.ts';
import type { ReceivedArticle, Stated, StatedDate } from '../reading/received.ts';

const clean = <T extends string | readonly string[]>(stated: Stated<T> | undefined): Stated<T> | undefined =>
  stated && {
    ...stated,
    value: (typeof stated.value === 'string'
      ? removeInvisibleFormatting(stated.value)
      : stated.value.map(removeInvisibleFormatting)) as unknown as T,
  };

/** The date as written without invisible formatting (its reader did not read those characters: see stated-date.ts). */
const cleanDate = (stated: Stated<StatedDate>): Stated<StatedDate> => ({
  ...stated,
  value: { ...stated.value, written: removeInvisibleFormatting(stated.value.written) },
});

/** Removes invisible formatting from every text node of the body, in place; says how many nodes changed. */
function cleanBody(body: Root): number {
  let changed = 0;
  visit(body, (node) => {
    if ('value' in node && typeof node.value === 'string' && hasInvisibleFormatting(node.value)) {
      node.value = removeInvisibleFormatting(node.value);
      changed += 1;
    }
  });
  return changed;
}

/**
 * The article without invisible formatting characters (see
 * lib/invisible-formatting.ts) in any field or in the body, so no headline
 * or paragraph can display as something other than what it says. The body
 * tree is changed in place: it belongs to this one decision.
 */
export function withoutInvisibleFormatting(article: ReceivedArticle): ReceivedArticle {
  const fields = [article.headline, article.dek, article.authors, article.publication, article.topics];
  const inFields =
    fields.some((stated) => (stated ? [stated.value].flat().some((value) => hasInvisibleFormatting(value)) : false)) ||
    (article.date ? hasInvisibleFormatting(article.date.value.written) : false);
  const inBody = cleanBody(article.body);
  if (!inFields && inBody === 0) return article;
  return {
    ...article,
    ...(article.headline ? { headline: clean(article.headline) } : {}),
    ...(article.dek ? { dek: clean(article.dek) } : {}),
    ...(article.date ? { date: cleanDate(article.date) } : {}),
    ...(article.authors ? { authors: clean(article.authors) } : {}),
    ...(article.publication ? { publication: clean(article.publication) } : {}),
    ...(article.topics ? { topics: clean(article.topics) } : {}),
    datingText: article.datingText.map(removeInvisibleFormatting),
    notes: [...article.notes, 'removed invisible formatting characters (direction overrides, zero-width spaces)'],
  };
}
