/**
 * An entry file is YAML front matter between two `---` lines, then the
 * Markdown body. The ingester writes it (src/ingest/writing/render-entry.ts);
 * both halves read it back with this.
 */
/** The front matter of an entry file as data, or undefined when it has none. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : undefined;
}
