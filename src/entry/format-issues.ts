import type { z } from 'astro/zod';

/**
 * One line per problem: `file: field: reason`. The field is the dotted path
 * into the front matter, so an editor can find it.
 */
export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .flatMap((issue) => {
      const at = issue.path.map(String);
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map(
          (key) => `${file}: ${[...at, key].join('.')}: is not a field of an entry (check the spelling)`,
        );
      }
      return [`${file}: ${at.length > 0 ? at.join('.') : '(front matter)'}: ${issue.message}`];
    })
    .join('\n');
}
