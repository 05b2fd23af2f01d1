import type { Story } from '../story.ts';
import type { LinkedQuote } from './link-quotes.ts';

export interface QuoteIndex<S extends Story> {
  /** Every quote found, each once, in the order of the stories given. */
  readonly quotes: readonly LinkedQuote<S>[];
  /** By story path: the quotes that story shares with at least one other story. */
  readonly sharedBy: ReadonlyMap<string, readonly LinkedQuote<S>[]>;
  /** By speaker as resolved (see speaker.ts): every quote attributed to them. */
  readonly bySpeaker: ReadonlyMap<string, readonly LinkedQuote<S>[]>;
}

/** The archive's linked quotes (see archive-links.ts), looked up by story and by speaker. */
export function indexQuotes<S extends Story>(quotes: readonly LinkedQuote<S>[]): QuoteIndex<S> {
  const sharedBy = new Map<string, LinkedQuote<S>[]>();
  const bySpeaker = new Map<string, LinkedQuote<S>[]>();
  const add = (index: Map<string, LinkedQuote<S>[]>, key: string, quote: LinkedQuote<S>) => {
    const list = index.get(key);
    if (list) list.push(quote);
    else index.set(key, [quote]);
  };
  for (const quote of quotes) {
    if (quote.appearances.length > 1) for (const { story } of quote.appearances) add(sharedBy, story.path, quote);
    if (quote.speaker) add(bySpeaker, quote.speaker, quote);
  }
  return { quotes, sharedBy, bySpeaker };
}
