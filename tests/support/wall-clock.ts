import { archive } from '../../src/entry/config.ts';

/** The wall-clock time, in the archive's zone, of an instant: "2020-10-01 00:00:00". */
export function wallClock(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: archive.timeZone,
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(instant);
}
