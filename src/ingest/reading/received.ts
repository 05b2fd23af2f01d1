import type { Root } from 'mdast';

/** A value as the source states it, and where in the source it was found (kept as provenance evidence). */
export interface Stated<T> {
  readonly value: T;
  /** Where it was read, in words a reader can check, e.g. `the page's JSON-LD "datePublished"`. */
  readonly evidence: string;
}

/**
 * A date the source states, read once, by the reader that found it
 * (reading/dates/stated-date.ts): the `published` value an entry stores, or
 * why the date cannot be read. `written` is the text as the source wrote
 * it, for the evidence and the messages.
 */
export type StatedDate =
  | { readonly ok: true; readonly published: string; readonly written: string }
  | { readonly ok: false; readonly written: string; readonly reason: string };

/**
 * One article as a format reader found it in a source file: what the source
 * states, nothing decided yet. Readers read a stated date where they find it
 * (it is parsed once, there; a date that cannot be read is handed over with
 * its reason, and the ingester refuses the article), but do not clean names
 * or change case; the ingester decides every field from these (build-entry.ts).
 */
export interface ReceivedArticle {
  /**
   * Which article of a file that holds several (a wire file, a JSON array):
   * the article's own id when it has one (e.g. a wire NEWID or DOCNO),
   * otherwise its 1-based position. Undefined when the file holds one article.
   */
  readonly part?: string;
  /** The headline as written (may be ALL CAPS; the ingester fixes the case). */
  readonly headline?: Stated<string>;
  readonly dek?: Stated<string>;
  /**
   * The publication date as read, e.g. written "Oct. 1, 2020" or "26-FEB-1987 15:01:01.79",
   * or the reason the date the source states cannot be read.
   */
  readonly date?: Stated<StatedDate>;
  /** Bylines or author names as written, e.g. ["By JANE DOE, Associated Press Writer"]. */
  readonly authors?: Stated<readonly string[]>;
  /** The publication's name as written, e.g. "Reuters" or "nytimes.com". */
  readonly publication?: Stated<string>;
  /** Subjects as the source tags them (JSON-LD keywords, front matter tags, wire <TOPICS>). */
  readonly topics?: Stated<readonly string[]>;
  /** The article's own URL (canonical link, og:url, JSON "url"), http(s) only. */
  readonly url?: Stated<string>;
  /** The body, already within the entry body contract (see body-contract.ts). */
  readonly body: Root;
  /**
   * Text that may date the story when the source states no date: the body's
   * text without image captions (a year in a caption dates the photo).
   */
  readonly datingText: readonly string[];
  /** What the reader dropped or changed, for the report, e.g. "dropped 3 boilerplate paragraphs". */
  readonly notes: readonly string[];
}

/** A whole file a reader cannot read (invalid JSON, no article in it): the field at fault and why. */
export interface ReadProblem {
  readonly field: string;
  readonly reason: string;
}

export type ReadOutcome =
  | { readonly ok: true; readonly articles: readonly ReceivedArticle[] }
  | { readonly ok: false; readonly problem: ReadProblem };

/** A format reader: decoded text (LF line endings, no BOM) → the articles in it. Pure and synchronous. */
export type FormatReader = (text: string) => ReadOutcome;
