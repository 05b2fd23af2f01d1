/**
 * Titles written before a person's name, lowercase and without their full
 * stop: "Mr.", "Sen.", "President", "Chief Justice". A name is listed without them.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms mx miss dr prof professor rev reverend fr father sir dame sen senator rep representative gov ' +
    'governor lt col gen maj capt sgt adm president vice chief justice judge mayor secretary minister chancellor'
  ).split(' '),
);

/** Titles that are how the person is named, and stay: "Prince Harry", "Pope Francis". */
export const NAMING_TITLES: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'pope']);
