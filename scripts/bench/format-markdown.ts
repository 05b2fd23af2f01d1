import { format, resolveConfig } from 'prettier';

/**
 * Markdown as the repository's Prettier settings write it (tables padded
 * into columns), so BENCHMARKS.md passes `npm run check` as written and
 * the printed report matches the file. `file` names where it will live,
 * which picks the settings.
 */
export async function formatMarkdown(markdown: string, file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(markdown, { ...options, filepath: file });
}
