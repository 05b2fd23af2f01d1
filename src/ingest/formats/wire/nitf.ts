import type { Stated } from '../../reading/received.ts';
import { readStated } from '../../reading/dates/stated-date.ts';
import { attribute, child, descendants, lineText, type WireElement } from './dom.ts';
import { nitfBlocks } from './nitf-content.ts';
import type { WireArticle } from './wire-article.ts';

/**
 * Reads one NITF document (News Industry Text Format, XML): metadata from
 * <head> and <body.head>, the story from <body.content>. <body.end> (the
 * tagline, contact lines) is left out.
 */
export function readNitfArticle(nitf: WireElement): WireArticle {
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const body = child(nitf, 'body');
  const bodyHead = child(body, 'body.head');
  const hedline = child(bodyHead, 'hedline');
  const notes: string[] = [];

  const id = attribute(child(docdata, 'doc-id'), 'id-string');
  const headline = firstStated([
    [lineText(child(hedline, 'hl1') ?? []), 'the NITF <hl1> headline'],
    [lineText(child(head, 'title') ?? []), 'the NITF <title>'],
  ]);
  const dek = firstStated([
    [lineText(child(hedline, 'hl2') ?? []), 'the NITF <hl2> subheadline'],
    [lineText(child(bodyHead, 'abstract') ?? []), 'the NITF <abstract>'],
  ]);
  const storyDate = descendants(bodyHead ?? nitf, 'story.date')[0];
  const date = firstStated([
    [attribute(child(docdata, 'date.issue'), 'norm'), 'the NITF <date.issue norm> attribute'],
    [attribute(child(docdata, 'date.release'), 'norm'), 'the NITF <date.release norm> attribute'],
    [attribute(child(head, 'pubdata'), 'date.publication'), 'the NITF <pubdata date.publication> attribute'],
    [attribute(storyDate, 'norm'), 'the NITF <story.date norm> attribute'],
    [lineText(storyDate ?? []), 'the NITF <story.date>'],
  ]);
  const bylines = (bodyHead ? descendants(bodyHead, 'byline') : []).map(lineText).filter(Boolean);
  const publication = firstStated([[attribute(child(head, 'pubdata'), 'name'), 'the NITF <pubdata name> attribute']]);
  const topics = readTopics(head);
  const dateline = firstStated([[lineText(child(bodyHead, 'dateline') ?? []), 'the NITF <dateline>']]);

  const content = child(body, 'body.content');
  const blocks = content ? nitfBlocks(content.children, (note) => notes.push(note)) : [];
  const end = lineText(child(body, 'body.end') ?? []);
  if (end !== '') notes.push(`dropped the NITF <body.end> ("${end}")`);

  return {
    ...(id ? { id } : {}),
    ...(headline ? { headline } : {}),
    ...(dek ? { dek } : {}),
    ...(date ? { date: readStated(date) } : {}),
    ...(bylines.length > 0
      ? { authors: { value: bylines, evidence: `the NITF <byline>${bylines.length > 1 ? 's' : ''}` } }
      : {}),
    ...(publication ? { publication } : {}),
    ...(topics ? { topics } : {}),
    ...(dateline ? { dateline } : {}),
    blocks: blocks.map((node) => ({ kind: 'node', node })),
    notes,
  };
}

/** Subjects from <tobject.subject> (its most specific attribute) and <key-list> keywords. */
function readTopics(head: WireElement | undefined): Stated<readonly string[]> | undefined {
  if (!head) return undefined;
  const present = (values: (string | undefined)[]) => values.filter((value): value is string => value !== undefined);
  const subjects = present(
    descendants(head, 'tobject.subject').map(
      (subject) =>
        attribute(subject, 'tobject.subject.detail') ??
        attribute(subject, 'tobject.subject.matter') ??
        attribute(subject, 'tobject.subject.type'),
    ),
  );
  const keywords = present(descendants(head, 'keyword').map((keyword) => attribute(keyword, 'key')));
  const sources = [subjects.length > 0 ? '<tobject.subject>' : '', keywords.length > 0 ? '<keyword>' : ''].filter(
    Boolean,
  );
  if (sources.length === 0) return undefined;
  return { value: [...new Set([...subjects, ...keywords])], evidence: `the NITF ${sources.join(' and ')} tags` };
}

function firstStated(candidates: readonly (readonly [string | undefined, string])[]): Stated<string> | undefined {
  for (const [value, evidence] of candidates) if (value) return { value, evidence };
  return undefined;
}
