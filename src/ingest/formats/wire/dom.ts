import { DomUtils, parseDocument } from 'htmlparser2';
import { stripControls } from '../body-contract.ts';
import { collapseWhitespace } from '../plain-paragraphs.ts';

export type WireDocument = ReturnType<typeof parseDocument>;
export type WireNode = WireDocument['children'][number];
export type WireElement = Parameters<typeof DomUtils.getAttributeValue>[0];

/**
 * Parses wire markup with htmlparser2, which tolerates SGML's unclosed tags
 * and undeclared elements. Tag and attribute names are lower-cased (SGML is
 * case-insensitive); `<x/>` closes itself as in XML (NITF); entities,
 * HTML's named ones included (NITF's DTD declares them), are decoded.
 */
export function parseWire(text: string): WireDocument {
  return parseDocument(text, {
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: true,
    recognizeCDATA: true,
    decodeEntities: true,
  });
}

export type WireText = Extract<WireNode, { type: 'text' }>;
export type WireCData = Extract<WireNode, { type: 'cdata' }>;

// htmlparser2's DomUtils does not re-export domhandler's type guards.
export const isElement = (node: WireNode): node is WireElement =>
  node.type === 'tag' || node.type === 'script' || node.type === 'style';
export const isText = (node: WireNode): node is WireText => node.type === 'text';
export const isCData = (node: WireNode): node is WireCData => node.type === 'cdata';

export function childElements(parent: WireElement | WireDocument): WireElement[] {
  return parent.children.filter(isElement);
}

/** The first child element with one of these names. */
export function child(parent: WireElement | undefined, ...names: string[]): WireElement | undefined {
  return parent ? childElements(parent).find((element) => names.includes(element.name)) : undefined;
}

/** Every descendant element with this name, in document order. */
export function descendants(parent: WireElement | WireDocument, name: string): WireElement[] {
  return DomUtils.findAll((element) => element.name === name, parent.children);
}

export function attribute(element: WireElement | undefined, name: string): string | undefined {
  const value = element?.attribs[name];
  return value === undefined ? undefined : collapseWhitespace(stripControls(value)) || undefined;
}

/** The element's text on one line: control characters removed, whitespace runs made single spaces. */
export function lineText(node: WireNode | WireNode[]): string {
  return collapseWhitespace(stripControls(DomUtils.textContent(node)));
}
