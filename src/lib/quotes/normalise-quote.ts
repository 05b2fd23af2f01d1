/**
 * A quote as comparable words: Unicode-normalised, lower case, apostrophes
 * of any kind dropped (so "didn't" and "didn’t" are one word), every other
 * punctuation mark a word break. Two outlets' copies of one quote differ in
 * exactly these ways.
 */
export function quoteWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLocaleLowerCase('en')
      .replace(/['’‘`ʼ]/gu, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
