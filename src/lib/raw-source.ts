/**
 * Where a story's raw source, as received, is published: /sources/<file>,
 * with ".txt" added to any other extension. A saved web page must never be
 * served as HTML from the archive's own origin (its scripts would run
 * there), and every static host serves .txt as plain text.
 */
export function rawSourcePath(sourcePath: string): string {
  const file = sourcePath.replace(/^content\/sources\//, '');
  return `/sources/${file}${/\.txt$/i.test(file) ? '' : '.txt'}`;
}
