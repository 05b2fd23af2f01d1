/**
 * The shorter spellings of a person's full name a text may use alone: each
 * run of its words, longest first, but single initials, particles and
 * Jr./Sr./III. Both halves read names this way: the ingester within a story,
 * the site across a thread's stories.
 */
export function shortForms(name: string): string[] {
  const words = name.split(' ');
  const forms: string[] = [];
  for (let length = words.length - 1; length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const form = words.slice(start, start + length);
      if (length === 1 && !/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(form[0]!)) continue;
      if (length === 1 && /^(?:Jr|Sr|II|III|IV)$/.test(form[0]!)) continue;
      forms.push(form.join(' '));
    }
  }
  return forms;
}

/** Whether `part` is `name` written shorter: a run of its words. */
export function isShortFormOf(name: string, part: string): boolean {
  return name !== part && ` ${name} `.includes(` ${part} `);
}
