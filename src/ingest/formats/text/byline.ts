/**
 * Reads a byline paragraph such as "By Ingrid Mateos" or "By A, B and C"
 * into its list of names, or undefined when the text is not a byline. A
 * byline is short, starts with "By", and each name is capitalised words.
 */
export function readByline(text: string): string[] | undefined {
  const match = /^By:?\s+(.{2,120})$/u.exec(text.trim());
  if (!match) return undefined;
  const names = splitNames((match[1] ?? '').replace(/[.,;]+$/, ''));
  return names.length > 0 && names.every(isName) ? names : undefined;
}

/** "A and B", "A & B", "A, B and C", "A, B, and C" → the names. */
export function splitNames(list: string): string[] {
  return list
    .split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/u)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** One to five words, each starting with a capital letter (particles such as "de" or "van" allowed). */
function isName(name: string): boolean {
  const words = name.split(/\s+/);
  const particles = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'la', 'le', 'di', 'du', 'bin', 'al']);
  return (
    words.length <= 5 &&
    /^\p{Lu}/u.test(words[0] ?? '') &&
    words.every((word) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || particles.has(word))
  );
}
