import type { Provenance } from '../entry/provenance.ts';

/** Text with a closing full stop, unless it already ends with a stop, a question or an exclamation mark (closing quotes after it included). */
export function withFullStop(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?]["'”’]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * A note ("The date is an estimate made from the text") and the entry's
 * reason for it, in the entry's own words: after a colon when the reason
 * starts in lower case, as a sentence of its own when it starts with a
 * capital; a full stop closes it either way.
 */
function withReason(note: string, evidence: string | undefined): string {
  const reason = evidence?.trim();
  if (!reason) return `${note}.`;
  const ownSentence = /^\p{Lu}/u.test(reason);
  return `${note}${ownSentence ? '. ' : ': '}${withFullStop(reason)}`;
}

/**
 * "About this record": how the story's date and headline were decided, in
 * full sentences for readers, so they can weigh an estimated date or a
 * supplied headline. Nothing for a field the source gave as it stands.
 */
export function recordNotes(provenance: {
  readonly published?: Provenance | undefined;
  readonly headline: Provenance;
}): string[] {
  const notes: string[] = [];
  const { published, headline } = provenance;
  if (!published) {
    notes.push('The source gives no date, so the story is kept undated rather than given a guessed one.');
  } else if (published.method === 'inferred') {
    notes.push(withReason('The date is an estimate made from the text', published.evidence));
  } else if (published.method === 'editor') {
    notes.push(withReason("The date was set by the archive's editors", published.evidence));
  }
  if (headline.method === 'derived') {
    notes.push('The source has no headline; this one is taken from its first sentence.');
  } else if (headline.method === 'editor') {
    notes.push(withReason("The headline was set by the archive's editors", headline.evidence));
  }
  return notes;
}
