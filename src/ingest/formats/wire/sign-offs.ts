/** A transmission stamp such as "AP-NR-02-12-88 2344EST" (TREC's AP copy has its date only there). */
export const TRANSMISSION_STAMP = /^[A-Z]{2,4}-[A-Z]{2,3}-\d{2}-\d{2}-\d{2,4} \d{3,4} ?[A-Z]{2,4}$/i;

/**
 * Lines that close a wire story without being part of it: the agency's
 * sign-off ("Reuter", "-- AP"), an end mark ("(END)", "-30-", "###",
 * "NNNN") or a transmission stamp ("AP-NY-10-01-20 1403EDT").
 */
const SIGN_OFFS: readonly { readonly pattern: RegExp; readonly credits?: true }[] = [
  { pattern: /^(Reuters?)$/i, credits: true },
  { pattern: /^[-–—]{1,2} ?(AP|Reuters?|UPI|AFP|dpa)$/i, credits: true },
  { pattern: TRANSMISSION_STAMP },
  { pattern: /^\(END\)$|^-END-$/i },
  { pattern: /^-30-$|^# ?# ?#$|^NNNN$/ },
];

/**
 * Routing lines a transmission opens with, left in unprocessed copy
 * (Reuters-21578's TYPE="UNPROC"): a priority letter ("F"), the routing
 * code ("f0762reute") and the slug line ("r f BC-CHAMPION-PRODUCTS 02-26 0067").
 */
const TRANSMISSION_HEADERS: readonly RegExp[] = [
  /^[A-Z]$/,
  /^\w{0,8}reute$/i,
  /^[a-z] [a-z] BC-\S.* \d{2}-\d{2} \d{4}$/i,
];

export function isSignOff(line: string): boolean {
  const trimmed = squeeze(line);
  return SIGN_OFFS.some(({ pattern }) => pattern.test(trimmed));
}

export function isTransmissionHeader(line: string): boolean {
  const trimmed = squeeze(line);
  return TRANSMISSION_HEADERS.some((pattern) => pattern.test(trimmed));
}

/** The agency a sign-off names, as written ("Reuter" for "Reuter", "AP" for "-- AP"). */
export function signOffCredit(line: string): string | undefined {
  const trimmed = squeeze(line);
  for (const { pattern, credits } of SIGN_OFFS) {
    const match = credits ? pattern.exec(trimmed) : null;
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function squeeze(line: string): string {
  return line.replace(/\s+/g, ' ').trim();
}
