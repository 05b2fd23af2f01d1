import { isScalar, LineCounter, parseDocument, visit } from 'yaml';

/**
 * Why YAML whose aliases expand past the `yaml` package's limit is refused:
 * anchors nested in anchors ("billion laughs") grow exponentially when read.
 */
export const YAML_BOMB =
  'aliases expand too far (a YAML bomb?); write the values out instead of nesting aliases within aliases';

/** Whether `error` is `yaml`'s refusal of a document whose aliases expand past its limit. */
export function isYamlBomb(error: unknown): boolean {
  return error instanceof Error && /Excessive alias count/.test(error.message);
}

/** Why YAML that failed to parse was refused, for a "<file>: (file): <reason>" line. */
export function yamlProblem(error: unknown): string {
  if (isYamlBomb(error)) return YAML_BOMB;
  const message = error instanceof Error ? error.message : String(error);
  return `is not valid YAML: ${message.split('\n')[0]}`;
}

/**
 * Throws an Error saying YAML_BOMB when `yaml`, front matter parsed by a
 * reader without an alias limit (Astro's, js-yaml), has aliases that expand
 * past `yaml`'s limit. Without an anchor (`&name`) there can be no alias,
 * so most front matter is not parsed a second time.
 */
export function refuseYamlBomb(yaml: string): void {
  if (!/(?:^|[\s[{,])&\S/m.test(yaml)) return;
  try {
    parseDocument(yaml, { uniqueKeys: false }).toJS();
  } catch (error) {
    if (isYamlBomb(error)) throw new Error(YAML_BOMB);
  }
}

/**
 * Parses YAML as `yaml`'s `parse()` does, and refuses a map that gives one
 * key twice, checking in time linear in the keys. The library's own check
 * compares each key with every key before it, quadratic in the keys: an
 * overrides file that names thousands of sources then costs much of
 * ingesting one new story into the archive.
 *
 * Throws the library's error for a syntax error or a YAML bomb (see
 * yamlProblem), or an Error saying which key is given twice and on which lines.
 */
export function parseYaml(raw: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(raw, { uniqueKeys: false, lineCounter });
  if (document.errors.length > 0) throw document.errors[0];
  const lineOf = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line;
  visit(document, {
    Map(_, map) {
      // The library's default equality: the same scalar value, or the same node.
      const seen = new Map<unknown, number | undefined>();
      for (const { key } of map.items) {
        const id = isScalar(key) ? key.value : key;
        const offset = isScalar(key) ? key.range?.[0] : undefined;
        if (seen.has(id)) {
          throw new Error(
            `the key ${JSON.stringify(String(id))} is given twice, on lines ${lineOf(seen.get(id))} and ${lineOf(offset)}`,
          );
        }
        seen.set(id, offset);
      }
    },
  });
  return document.toJS();
}
