import nlp from 'compromise';

/** The sentences of a paragraph; compromise knows abbreviations such as "Sept." and "Mr.". */
export function splitSentences(text: string): string[] {
  const sentences = nlp(text).sentences().out('array') as string[];
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}

/** True when the text ends like a sentence: . ! ? or … optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}
