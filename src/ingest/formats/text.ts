import { type ArticleParts, readArticle } from './text/read-article.ts';
import type { FormatReader, ReceivedArticle } from '../reading/received.ts';
import { readWrittenDate } from '../reading/dates/stated-date.ts';
import { toMdast } from './to-mdast.ts';

/** Plain text: the article as copied from a page, a wire printout or an e-mail. */
export const readText: FormatReader = (text) => ({ ok: true, articles: [toReceived(readArticle(text))] });

function toReceived(parts: ArticleParts): ReceivedArticle {
  const { dateLine, headline, dek, byline, metadata } = parts;
  return {
    ...(headline ? { headline: { value: headline, evidence: "the source's first line" } } : {}),
    ...(dek ? { dek: { value: dek, evidence: 'the paragraph between headline and byline' } } : {}),
    ...(dateLine
      ? { date: { value: readWrittenDate(dateLine.date), evidence: `the source's "${dateLine.line}" line` } }
      : metadata.date
        ? { date: metadata.date }
        : {}),
    ...(byline ? { authors: { value: [byline.line], evidence: `the source's byline "${byline.line}"` } } : {}),
    ...(metadata.publication ? { publication: metadata.publication } : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
    body: toMdast(parts.body),
    datingText: parts.datingText,
    notes:
      parts.dropped.length > 0
        ? [`dropped ${parts.dropped.length} boilerplate paragraph${parts.dropped.length === 1 ? '' : 's'}`]
        : [],
  };
}
