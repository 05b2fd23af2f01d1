import { type Block, splitBlocks } from './blocks.ts';
import { dropBoilerplate } from './boilerplate.ts';
import { readByline } from './byline.ts';
import { type Caption, readCaption, readCaptionAt } from './captions.ts';
import { type DateLine, readDateLine, withoutDateLine } from './date-line.ts';
import { looksLikeHeadline } from './headline.ts';
import { endsSentence } from './sentences.ts';
import { type LeadingMetadata, takeLeadingMetadata } from './metadata-lines.ts';
import { isSubheading } from './subheadings.ts';
import { gatherTweets, type Tweet } from './tweets.ts';

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly text: string;
}

export interface Heading {
  readonly kind: 'heading';
  readonly text: string;
}

export interface List {
  readonly kind: 'list';
  readonly items: readonly string[];
}

/** One unit of the entry's body, in source order. */
export type BodyItem = Paragraph | Heading | List | Tweet | Caption;

/** What the source says, sorted into the parts of an entry; nothing decided yet. */
export interface ArticleParts {
  readonly dateLine?: DateLine;
  /** Date, publication and URL lines above the story (a date line wins over their date). */
  readonly metadata: LeadingMetadata;
  /** The source's own headline line, when it has one. */
  readonly headline?: string;
  readonly dek?: string;
  readonly byline?: { readonly line: string; readonly authors: readonly string[] };
  /** The first paragraph of the story proper. */
  readonly lede?: string;
  /** Everything from the lede on, plus any image captions above it, in source order. */
  readonly body: readonly BodyItem[];
  /**
   * The text that may date the story: everything kept except image captions
   * and their labels (a year in a caption dates the photo, not the story).
   */
  readonly datingText: readonly string[];
  /** Boilerplate paragraphs removed. */
  readonly dropped: readonly Block[];
}

/** A byline is looked for this many paragraphs after the headline at most. */
const BYLINE_WINDOW = 4;

/**
 * Sorts a decoded source into headline, dek, byline, lede and body. The front
 * of a source reads: [date line] [headline] [dek…] [byline] [image captions]
 * lede body…; when there is no headline line, a first paragraph that does not
 * end a sentence and precedes the lede is the dek.
 */
export function readArticle(text: string): ArticleParts {
  const dateLine = readDateLine(text);
  const { text: rest, metadata } = takeLeadingMetadata(dateLine ? withoutDateLine(text, dateLine) : text);
  const blocks = splitBlocks(rest);
  const { kept, dropped } = dropBoilerplate(blocks);

  const first = kept[0];
  const headline = first && kept.length > 1 && looksLikeHeadline(first) ? first.text : undefined;
  let index = headline ? 1 : 0;
  const bylineAt = kept.findIndex((b, i) => i >= index && i < index + BYLINE_WINDOW && readByline(b.text));
  const dekParts: string[] = [];
  const front: BodyItem[] = [];
  let byline: ArticleParts['byline'];

  for (let block = kept[index]; block; block = kept[index]) {
    const authors = readByline(block.text);
    const caption = readCaptionAt(kept, index);
    if (authors && !byline) {
      byline = { line: block.text, authors };
      index += 1;
    } else if (caption) {
      front.push(caption.caption);
      index += caption.length;
    } else if (headline && index < bylineAt) {
      dekParts.push(block.text);
      index += 1;
    } else if (!headline && dekParts.length === 0 && index === 0 && !endsSentence(block.text) && kept.length > 1) {
      dekParts.push(block.text);
      index += 1;
    } else {
      break;
    }
  }

  const lede = kept[index]?.text;
  const body = [...front, ...classifyBody(kept.slice(index))];
  return {
    ...(dateLine ? { dateLine } : {}),
    metadata,
    ...(headline ? { headline } : {}),
    ...(dekParts.length > 0 ? { dek: dekParts.join(' ') } : {}),
    ...(byline ? { byline } : {}),
    ...(lede ? { lede } : {}),
    body,
    datingText: [headline ?? '', ...dekParts, ...body.flatMap(datingTextOf)].filter((t) => t !== ''),
    dropped,
  };
}

/** Tweets first (their attribution line would otherwise pass for a heading), then captions and headings. */
function classifyBody(blocks: readonly Block[]): BodyItem[] {
  const gathered = gatherTweets(blocks, (block) => !readCaption(block));
  const items: BodyItem[] = [];
  for (let i = 0, item = gathered[0]; item; i += 1, item = gathered[i]) {
    if ('kind' in item) {
      items.push(item);
      continue;
    }
    if (item.items) {
      items.push({ kind: 'list', items: item.items });
      continue;
    }
    const next = gathered[i + 1];
    const caption = readCaptionAt(next && !('kind' in next) ? [item, next] : [item], 0);
    if (caption) {
      items.push(caption.caption);
      i += caption.length - 1;
    } else if (i > 0 && isSubheading(item)) {
      items.push({ kind: 'heading', text: item.text });
    } else {
      items.push({ kind: 'paragraph', text: item.text });
    }
  }
  return items;
}

function datingTextOf(item: BodyItem): string[] {
  if (item.kind === 'caption') return [];
  if (item.kind === 'quote') return [...item.paragraphs, item.attribution];
  if (item.kind === 'list') return [...item.items];
  return [item.text];
}
