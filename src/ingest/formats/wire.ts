import { DomUtils } from 'htmlparser2';
import { nameParts } from './part-names.ts';
import type { FormatReader } from '../reading/received.ts';
import { descendants, parseWire, type WireDocument, type WireElement } from './wire/dom.ts';
import { readNitfArticle } from './wire/nitf.ts';
import { readSgmlArticle, SGML_ARTICLES } from './wire/sgml.ts';
import { toReceived, type WireArticle } from './wire/wire-article.ts';

/**
 * Tagged wire formats, one or many articles per file: Reuters-21578 SGML
 * (<REUTERS>), TREC/TIPSTER SGML (<DOC>: AP, WSJ, FT, LA Times, FBIS) and
 * NITF XML (<nitf>). A file of bare tags (<TITLE>… <TEXT>…) with no article
 * element is read as one article. Values are returned as written; entities
 * are decoded and control characters removed.
 */
export const readWire: FormatReader = (text) => {
  const document = parseWire(text);
  const found = findArticles(document);
  if (found.length === 0) {
    return {
      ok: false,
      problem: {
        field: 'body',
        reason:
          'no article in the wire file: it has no <REUTERS>, <DOC> or <nitf> element and no <TEXT> or <BODY> tag; check that it is a wire file',
      },
    };
  }
  const parts = nameParts(found.map(({ id }) => id));
  const articles = found.map((article, index) => {
    const named = parts[index];
    const received = toReceived(article, named?.part);
    return named?.note ? { ...received, notes: [named.note, ...received.notes] } : received;
  });
  return { ok: true, articles };
};

function findArticles(document: WireDocument): WireArticle[] {
  const elements = DomUtils.findAll(
    (element) => SGML_ARTICLES.has(element.name) || element.name === 'nitf',
    document.children,
  );
  if (elements.length > 0) return elements.map(readArticleElement);
  const bare = descendants(document, 'text').length + descendants(document, 'body').length > 0;
  return bare ? [readSgmlArticle(document)] : [];
}

function readArticleElement(element: WireElement): WireArticle {
  return element.name === 'nitf' ? readNitfArticle(element) : readSgmlArticle(element);
}
