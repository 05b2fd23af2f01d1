import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseDocument } from 'yaml';
import { enforceBodyContract } from './body-contract.ts';
import { isYamlBomb, YAML_BOMB } from '../../entry/parse-yaml.ts';
import type { FormatReader, ReadOutcome, Stated } from '../reading/received.ts';
import { readStatedFields } from './json.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { collapseWhitespace, datingTextOf } from './plain-paragraphs.ts';

/** `---` on the first line, the YAML, then `---` (or YAML's `...`) on a line of its own. */
const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Markdown, with or without YAML front matter. The front matter's fields go
 * by the same names as JSON's (see FIELD_NAMES in json.ts); the body is
 * parsed with remark (GFM) and held to the entry body contract. A leading
 * `# Headline` is the headline when the front matter has none.
 */
export const readMarkdown: FormatReader = (text) => {
  const frontMatter = FRONT_MATTER.exec(text);
  const fieldsSource = frontMatter ? parseFrontMatter(frontMatter[1] ?? '') : { ok: true as const, record: {} };
  if (!fieldsSource.ok) return fieldsSource;
  const { fields, notes } = readStatedFields(fieldsSource.record, (key) => `the front matter's "${key}"`);

  const tree = parseMarkdown(frontMatter ? text.slice(frontMatter[0].length) : text);
  const leading = takeLeadingHeading(tree, fields.headline);
  const { root, notes: contractNotes } = enforceBodyContract(tree);
  const headline = fields.headline ?? leading.headline;
  return {
    ok: true,
    articles: [
      {
        ...fields,
        ...(headline ? { headline } : {}),
        body: root,
        datingText: datingTextOf(root),
        notes: [...notes, ...leading.notes, ...contractNotes],
      },
    ],
  };
};

type FrontMatter =
  { readonly ok: true; readonly record: Record<string, unknown> } | Extract<ReadOutcome, { ok: false }>;

/**
 * Parses front matter with YAML's failsafe schema, so every value stays the
 * string it was written as (`2020-10-01`, `1.0`, `no` are not converted).
 * Line numbers in a refusal count from the file's first line.
 */
function parseFrontMatter(yaml: string): FrontMatter {
  const document = parseDocument(yaml, { schema: 'failsafe' });
  const [error] = document.errors;
  if (error) {
    const place = error.linePos?.[0];
    const where = place ? `line ${place.line + 1}, column ${place.col}` : 'somewhere';
    const reason = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
    return refuse(`is not valid YAML at ${where}: ${reason}`);
  }
  let value: unknown;
  try {
    value = document.toJS();
  } catch (problem) {
    if (isYamlBomb(problem)) return refuse(YAML_BOMB);
    throw problem;
  }
  if (value === null || value === undefined) return { ok: true, record: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return refuse(`is ${Array.isArray(value) ? 'a list' : 'a single value'}, not a set of "name: value" fields`);
  }
  return { ok: true, record: value as Record<string, unknown> };
}

function refuse(reason: string): Extract<ReadOutcome, { ok: false }> {
  return { ok: false, problem: { field: 'front matter', reason } };
}

/**
 * A `# Headline` the body opens with is the headline when the front matter
 * has none, and is dropped as a repeat when it says what the front matter
 * says; either way it is not kept in the body.
 */
function takeLeadingHeading(
  tree: Root,
  stated: Stated<string> | undefined,
): { readonly headline?: Stated<string>; readonly notes: readonly string[] } {
  const [first] = tree.children;
  if (first?.type !== 'heading' || first.depth !== 1) return { notes: [] };
  const text = collapseWhitespace(toString(first));
  if (!stated) {
    tree.children.shift();
    return text
      ? { headline: { value: text, evidence: "the Markdown's leading # heading" }, notes: [] }
      : { notes: [] };
  }
  if (comparable(text) !== comparable(stated.value)) return { notes: [] };
  tree.children.shift();
  return { notes: [`dropped the leading # heading "${text}": it repeats ${stated.evidence}`] };
}

const comparable = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
