import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { enforceBodyContract } from '../body-contract.ts';
import type { ReceivedArticle, Stated } from '../../reading/received.ts';
import { toParagraph } from '../to-mdast.ts';
import { datingTextOf } from '../plain-paragraphs.ts';
import { readCopy } from './copy.ts';
import { datelineCredit, leadWithDateline, printedDatelineCredit } from './dateline.ts';
import { isSignOff, signOffCredit } from './sign-offs.ts';

/** A part of a wire story's body, in source order. */
export type WireBlock =
  /** Running wire copy as transmitted: indented paragraphs, hard-wrapped lines, sign-off at the end. */
  | { readonly kind: 'copy'; readonly text: string }
  /** A block the markup already delimits (a <p>, a subhead, a list). */
  | { readonly kind: 'node'; readonly node: RootContent };

/** What a dialect reader found in one article element; `toReceived` turns it into a ReceivedArticle. */
export interface WireArticle extends Pick<
  ReceivedArticle,
  'headline' | 'dek' | 'date' | 'authors' | 'publication' | 'topics'
> {
  /** The article's own id (Reuters NEWID, TREC DOCNO, NITF doc-id). */
  readonly id?: string;
  readonly dateline?: Stated<string>;
  readonly blocks: readonly WireBlock[];
  readonly notes: readonly string[];
}

/**
 * Finishes a wire article: paragraphs from the copy, sign-off lines
 * dropped, the dateline as the first paragraph's lead-in, the publication
 * from the markup, the dateline's credit or the sign-off, and the body
 * within the entry body contract.
 */
export function toReceived(article: WireArticle, part: string | undefined): ReceivedArticle {
  const nodes: RootContent[] = [];
  const signOffs: string[] = [];
  const dropped: string[] = [];
  let controlCharacters = 0;
  for (const block of article.blocks) {
    if (block.kind === 'node') {
      nodes.push(block.node);
      continue;
    }
    const copy = readCopy(block.text);
    nodes.push(...copy.paragraphs.map(toParagraph));
    signOffs.push(...copy.signOffs);
    dropped.push(...copy.headers.map((line) => `dropped transmission line "${line}"`));
    if (copy.rules > 0) dropped.push(`dropped ${plural(copy.rules, 'line')} without letters or digits`);
    controlCharacters += copy.controlCharacters;
  }
  for (let last = nodes.at(-1); last?.type === 'paragraph' && isSignOff(toString(last)); last = nodes.at(-1)) {
    signOffs.push(toString(last).trim());
    nodes.pop();
  }
  const headline = article.headline ?? takeCapitalsHeadline(nodes);

  const firstParagraph = nodes.findIndex((node) => node.type === 'paragraph');
  const opening = firstParagraph === -1 ? undefined : (nodes[firstParagraph] as Paragraph);
  if (opening && article.dateline) nodes[firstParagraph] = leadWithDateline(opening, article.dateline.value);

  const publication =
    article.publication ?? creditIn(article.dateline) ?? printedCredit(opening) ?? signOffPublication(signOffs);
  const { root, notes: contractNotes } = enforceBodyContract({ type: 'root', children: nodes });
  const notes = [
    ...article.notes,
    ...dropped,
    ...signOffs.map((line) => `dropped sign-off line "${line}"`),
    ...(controlCharacters > 0 ? [`removed ${plural(controlCharacters, 'control character')}`] : []),
    ...contractNotes,
  ];
  return {
    ...(part === undefined ? {} : { part }),
    ...(headline ? { headline } : {}),
    ...(article.dek ? { dek: article.dek } : {}),
    ...(article.date ? { date: article.date } : {}),
    ...(article.authors ? { authors: article.authors } : {}),
    ...(publication ? { publication } : {}),
    ...(article.topics ? { topics: article.topics } : {}),
    body: root,
    datingText: datingTextOf(root),
    notes,
  };
}

/** Longest a headline line in capitals can be. */
const HEADLINE_LENGTH = 120;

/**
 * Copy without a headline tag (Reuters-21578's TYPE="UNPROC") that opens
 * with a short line in capitals above the story: that line is the headline
 * as the wire printed it. Removes it from `nodes`.
 */
function takeCapitalsHeadline(nodes: RootContent[]): Stated<string> | undefined {
  const [first, ...rest] = nodes;
  if (first?.type !== 'paragraph' || rest.length === 0) return undefined;
  const text = toString(first).trim();
  const inCapitals = /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  if (!inCapitals || text.length > HEADLINE_LENGTH) return undefined;
  nodes.shift();
  return { value: text, evidence: 'the line in capitals the wire copy opens with' };
}

function creditIn(dateline: Stated<string> | undefined): Stated<string> | undefined {
  const credit = dateline && datelineCredit(dateline.value);
  return credit ? { value: credit, evidence: `the "(${credit})" credit in ${dateline.evidence}` } : undefined;
}

function printedCredit(opening: Paragraph | undefined): Stated<string> | undefined {
  const credit = opening && printedDatelineCredit(toString(opening));
  return credit
    ? { value: credit, evidence: `the "(${credit})" credit in the dateline the story opens with` }
    : undefined;
}

function signOffPublication(signOffs: readonly string[]): Stated<string> | undefined {
  for (const line of signOffs) {
    const credit = signOffCredit(line);
    if (credit) return { value: credit, evidence: `the sign-off line "${line}"` };
  }
  return undefined;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
