import { removeInvisibleFormatting } from '../../../entry/invisible-formatting.ts';
import type { Stated, StatedDate } from '../received.ts';
import { type DateReading, parseStatedDate } from './parse-date.ts';

/**
 * A date as the source writes it, read once (parseStatedDate, unaided): the
 * reading a reader hands over. Invisible formatting (zero-width spaces,
 * direction marks) is not read, as the ingester removes it from every field
 * (see deciding/invisible-formatting.ts); `written` keeps the text as is.
 */
export function readWrittenDate(written: string): StatedDate {
  return statedDate(written, parseStatedDate(removeInvisibleFormatting(written)));
}

/** A date a reader found as text, with where it found it: the same, read. */
export function readStated(date: Stated<string>): Stated<StatedDate> {
  return { value: readWrittenDate(date.value), evidence: date.evidence };
}

/** A reading already made (with the source's own options, such as day-first order) of the text `written`. */
export function statedDate(written: string, reading: DateReading): StatedDate {
  return reading.ok
    ? { ok: true, published: reading.published, written }
    : { ok: false, written, reason: reading.reason };
}
