import type { Block } from './blocks.ts';

/**
 * Page furniture copied along with the article text. Each pattern matches a
 * whole paragraph (or one line of it) that is never part of the story.
 */
export const boilerplatePatterns: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /^READ NEXT:/i, why: 'link to another story' },
  { pattern: /^RELATED (VIDEO|STORY|ARTICLE|CONTENT)S?:/i, why: 'link to another story or video' },
  { pattern: /^(MORE|SEE ALSO|ALSO READ|WATCH):/i, why: 'link to other stories' },
  { pattern: /^Keep reading\.?$/i, why: 'pagination prompt' },
  { pattern: /^More on [\p{L}\p{N} &'’-]{1,40}$/iu, why: 'section link list heading' },
  { pattern: /^In this Story$/i, why: 'tag list heading' },
  { pattern: /^Get (all )?the (latest )?news in your (e-?mail|inbox)/i, why: 'newsletter prompt' },
  { pattern: /^The latest on [^.]{0,80}\.?$/i, why: 'newsletter pitch' },
  { pattern: /^You must complete (your|a correct) e-?mail/i, why: 'sign-up form validation message' },
  { pattern: /^You are already subscribed/i, why: 'sign-up form message' },
  { pattern: /^Subscribing implies accepting/i, why: 'sign-up form terms' },
  { pattern: /^(Sign up|Subscribe)( now)? (for|to) (our|the) [^.]{0,60}newsletter/i, why: 'newsletter prompt' },
  { pattern: /^Advertisement$/i, why: 'ad slot label' },
];

/**
 * Markers that open the page's trailing furniture (tags, sign-up box, more
 * links). From such a marker on, a tail made only of short lines is dropped
 * whole, including lines no pattern knows.
 */
const tailMarkers: readonly RegExp[] = [
  /^In this Story$/i,
  /^Get (all )?the (latest )?news in your (e-?mail|inbox)/i,
  /^Keep reading\.?$/i,
  /^More on /i,
  /^READ NEXT:/i,
];

/**
 * Markers that open reader comments or a list of other stories after the
 * article. Comments are long prose, so everything from such a marker on is
 * dropped whatever its length; the marker must stand alone on its line.
 */
const hardTailMarkers: readonly RegExp[] = [
  /^(?:\d+\s+)?(?:reader\s+)?comments?(?:\s*\(\d+\))?:?$/iu,
  /^(?:leave|post|add) a (?:comment|reply)$/iu,
  /^join the (?:conversation|discussion)$/iu,
  /^(?:sign|log) in to (?:comment|reply)/iu,
  /^(?:related|more|other|recommended|popular|trending)(?: stories| articles| coverage| content| links| reading| news)?:?$/iu,
  /^(?:you (?:may|might) also like|most (?:read|popular|viewed)|recommended for you|read more|more from [^.]{1,40})\s*:?$/iu,
];

/** Lines at least this long are article prose, so a tail containing one is not furniture. */
const MAX_TAIL_LINE = 160;

export interface BoilerplateResult {
  readonly kept: Block[];
  readonly dropped: Block[];
}

export function isBoilerplate(text: string): boolean {
  return boilerplatePatterns.some(({ pattern }) => pattern.test(text));
}

/** Removes boilerplate paragraphs and the trailing furniture block, returning both halves. */
export function dropBoilerplate(blocks: readonly Block[]): BoilerplateResult {
  const tailStart = blocks.findIndex(
    (block, index) =>
      tailMarkers.some((marker) => marker.test(block.lines[0] ?? '')) &&
      blocks.slice(index).every((b) => b.lines.every((line) => line.length < MAX_TAIL_LINE)),
  );
  // Not the first block: a story may open with a line such as "Comments".
  const hardTail = blocks.findIndex(
    (block, index) => index > 0 && block.lines.length === 1 && hardTailMarkers.some((m) => m.test(block.text)),
  );
  const cut = [tailStart, hardTail].filter((i) => i !== -1).reduce((a, b) => Math.min(a, b), blocks.length);
  const body = blocks.slice(0, cut);
  const kept: Block[] = [];
  const dropped: Block[] = blocks.slice(cut);
  for (const block of body) (block.lines.every(isBoilerplate) ? dropped : kept).push(block);
  return { kept, dropped };
}
