import slugify from '@sindresorhus/slugify';
import anyAscii from 'any-ascii';
import { isReservedSlug } from '../../entry/story-path.ts';

/** The schema's limit on a slug's length. */
export const MAX_SLUG = 80;

/**
 * The URL slug of a headline: lowercase ASCII words, at most 80 characters,
 * cut at a hyphen. Scripts slugify cannot spell in Latin letters (Chinese,
 * Japanese, Korean, Devanagari, Thai, Hebrew, …) are romanised by any-ascii
 * (`日本の首相が辞任` → `ri-benno-shou-xiangga-ci-ren`), so the slug still
 * reads as the headline does. A headline of digits only (`2020`) or "Page"
 * gets `story-` in front, since its slug would name a date archive folder.
 */
export function makeSlug(headline: string, maxLength: number = MAX_SLUG): string {
  const made = slugify(headline) || slugify(anyAscii(headline));
  // A slug of digits only would name a folder of the date archive (story-path.ts isReservedSlug).
  const slug = isReservedSlug(made) ? `story-${made}` : made;
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const hyphen = cut.lastIndexOf('-');
  return hyphen > 0 ? cut.slice(0, hyphen) : slug.slice(0, maxLength);
}

/**
 * The slug with -2, -3 … appended until `isTaken` says the URL is free. The
 * base is shortened (at a hyphen) so the result still fits in 80 characters.
 */
export function makeUniqueSlug(slug: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${makeSlug(slug, MAX_SLUG - suffix.length)}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
