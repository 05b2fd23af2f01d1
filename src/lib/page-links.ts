import type { Archive } from '../content-loader/archive-index.ts';
import type { Term } from './taxonomy.ts';

/**
 * What a page shows of a term it only names: its label and the address of
 * its page, not its stories, so the page need not change when the term's
 * list of stories does.
 */
export interface TermLink {
  readonly label: string;
  readonly path: string;
}

export function termLink(term: Pick<Term, 'label' | 'path'>): TermLink {
  return { label: term.label, path: term.path };
}

/** A person's name as a text gives it, with their page when the archive has one. */
export interface PersonLink {
  readonly name: string;
  readonly page?: TermLink;
}

export function personLink(archive: Pick<Archive, 'findTerm'>, name: string): PersonLink {
  const person = archive.findTerm.people(name);
  return person ? { name, page: termLink(person) } : { name };
}
