import { listFiles } from '../lib/list-files.ts';

export { listFiles };

/** The archive's entry files (`*.md`) under `articlesDir`, as the loader, the build's plan and its reconciliation all count them. */
export async function entryFiles(articlesDir: string): Promise<string[]> {
  return (await listFiles(articlesDir)).filter((path) => path.endsWith('.md'));
}
