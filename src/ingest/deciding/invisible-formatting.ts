import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  hasInvisibleFormatting,
  hasXmlForbidden,
  removeInvisibleFormatting,
  removeXmlForbidden,
} from '../../entry/invisible-formatting.ts';
import type { ReceivedArticle, Stated, StatedDate } from '../reading/received.ts';

type Found = { invisible: boolean; forbidden: boolean };

/** Notes what `text` holds, and gives it without either kind of character. */
function cleanText(text: string, found: Found): string {
  if (hasInvisibleFormatting(text)) found.invisible = true;
  if (hasXmlForbidden(text)) found.forbidden = true;
  return removeXmlForbidden(removeInvisibleFormatting(text));
}

function cleanStated<T extends string | readonly string[]>(
  stated: Stated<T> | undefined,
  found: Found,
): Stated<T> | undefined {
  return (
    stated && {
      ...stated,
      value: (typeof stated.value === 'string'
        ? cleanText(stated.value, found)
        : stated.value.map((v) => cleanText(v, found))) as unknown as T,
    }
  );
}

/** Cleans every text of the body (node values, image alt texts, link titles), in place. */
function cleanBody(body: Root, found: Found): void {
  visit(body, (node) => {
    const fields = node as unknown as Record<string, unknown>;
    for (const key of ['value', 'alt', 'title'] as const) {
      const text = fields[key];
      if (typeof text === 'string' && (hasInvisibleFormatting(text) || hasXmlForbidden(text))) {
        fields[key] = cleanText(text, found);
      }
    }
  });
}

const FIELDS = ['headline', 'dek', 'authors', 'publication', 'topics', 'url'] as const;

/** The date as written, cleaned (its reader did not read those characters: see stated-date.ts). */
function cleanDate(stated: Stated<StatedDate>, found: Found): Stated<StatedDate> {
  return { ...stated, value: { ...stated.value, written: cleanText(stated.value.written, found) } };
}

/**
 * The article without invisible formatting characters (see
 * entry/invisible-formatting.ts), so no headline or paragraph can display as
 * something other than what it says, and without the characters XML 1.0
 * forbids (control characters, U+FFFE, lone surrogates), which would make
 * the feeds and sitemap ill-formed: in any field or in the body. Every
 * reader's output passes here. The body tree is changed in place: it
 * belongs to this one decision.
 */
export function withoutInvisibleFormatting(article: ReceivedArticle): ReceivedArticle {
  const found: Found = { invisible: false, forbidden: false };
  cleanBody(article.body, found);
  const fields = Object.fromEntries(
    FIELDS.flatMap((field) => {
      const stated: Stated<string | readonly string[]> | undefined = article[field];
      return stated ? [[field, cleanStated(stated, found)]] : [];
    }),
  );
  const date = article.date ? { date: cleanDate(article.date, found) } : {};
  const part = article.part === undefined ? {} : { part: cleanText(article.part, found) };
  const datingText = article.datingText.map((text) => cleanText(text, found));
  if (!found.invisible && !found.forbidden) return article;
  return {
    ...article,
    ...fields,
    ...date,
    ...part,
    datingText,
    notes: [
      ...article.notes,
      ...(found.invisible ? ['removed invisible formatting characters (direction overrides, zero-width spaces)'] : []),
      ...(found.forbidden
        ? ['removed control characters XML does not allow (such as U+0001, U+0008, U+000B, U+FFFE, a lone surrogate)']
        : []),
    ],
  };
}
