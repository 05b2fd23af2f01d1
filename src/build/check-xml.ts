import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import sax from 'sax';
import { siteFiles } from './site-files.ts';

/** Characters outside XML 1.0's Char production (a surrogate here is one without its pair). */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;

/** Line and column (1-based) of an offset in `text`. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/**
 * Why `text` is not well-formed XML, or undefined when it is: a character
 * XML 1.0 forbids (which neither parser below rejects), then the structure
 * as fast-xml-parser's validator reads it (tags, attributes, one root), then
 * as sax reads it strictly (entities and character references).
 */
export function xmlProblem(text: string): string | undefined {
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `holds U+${code}, a character XML 1.0 does not allow, at ${position(text, bad.index)}`;
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) return `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`;
  let problem: string | undefined;
  const parser = sax.parser(true, { strictEntities: true } as sax.SAXOptions); // not in @types/sax: only the five XML entities
  parser.onerror = (error) => {
    problem ??= `${error.message.split('\n')[0]} (line ${parser.line + 1}, column ${parser.column})`;
    parser.error = null as unknown as Error;
  };
  parser.write(text).close();
  return problem;
}

/**
 * Checks that every XML file of a built site (rss.xml and each topic's
 * feed, the sitemaps) is well-formed, since a browser-built site can pass
 * every page check with a feed no reader can open. Throws naming each file
 * that is not, and why; returns how many were checked.
 */
export function checkXmlFiles(site: string): number {
  const files = siteFiles(site).filter((file) => file.endsWith('.xml'));
  const problems = files.flatMap((file) => {
    const problem = xmlProblem(readFileSync(join(site, file), 'utf8'));
    return problem ? [`${file}: is not well-formed XML: ${problem}`] : [];
  });
  if (problems.length > 0) {
    throw new Error(
      `${problems.length} XML file${problems.length === 1 ? ' is' : 's are'} not well-formed, so feed readers and search engines would reject ${problems.length === 1 ? 'it' : 'them'}:\n${problems.join('\n')}`,
    );
  }
  return files.length;
}
