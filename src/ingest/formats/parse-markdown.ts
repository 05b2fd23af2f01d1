import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** CommonMark with GFM; no directives: `:::` in a source's Markdown is text, not the archive's syntax. */
const gfmParser = unified().use(remarkParse).use(remarkGfm).freeze();
const commonMarkParser = unified().use(remarkParse).freeze();

/**
 * What every GFM construct needs somewhere in the text, or in the text a
 * character reference or escape turns it into: a table's `|`, or for a
 * table of one column, a delimiter row with a colon and no `|` (`-:`),
 * strikethrough's `~`, a footnote's `[^`, a task's `[ ]` or `[x]`, and a
 * literal link's `www`, `http` or `@` (which `&#64;` and the like can
 * spell). A text with none of them parses to the same tree without GFM,
 * whose literal-link lookups run at every word and cost more than the rest
 * of the parse together.
 */
const GFM_SYNTAX = /[|~@]|\[\^|\[[xX\s]\]|www|http|&[#a-z]|^[ \t>]*[-: \t]*(?::-|-:)[-: \t]*$/im;

/** A Markdown body → its mdast tree, as remark with GFM parses it. */
export function parseMarkdown(text: string): Root {
  return (GFM_SYNTAX.test(text) ? gfmParser : commonMarkParser).parse(text) as Root;
}
