/**
 * Hand-made texts for date inference (synthetic, written for these tests):
 * a headline line, then the body, with no date line, as an undated copied
 * article reaches inferDate. `published` is the story's real publication
 * date where the story makes one up, else undefined.
 *
 * - `dated`: the text states its date in a way that must be found
 *   (a dateline, a "Posted on" line); inferDate must give `published`.
 * - `trap`: the text mentions dates it recalls or announces (a birth, a
 *   death, an earlier event, a future release, a date in a quote); inferDate
 *   must give undefined or `published`, never another date. Each trap fooled
 *   the inference that took the latest date mentioned.
 *
 * Also scored by scripts/eval/inferred-dates.ts, with the real texts.
 */
export interface InferenceCase {
  readonly name: string;
  readonly kind: 'dated' | 'trap';
  readonly paragraphs: readonly string[];
  readonly published?: string;
}

export const INFERENCE_CASES: readonly InferenceCase[] = [
  // --- Traps: dates the story recalls or announces -------------------------
  {
    name: 'obituary with a birth date',
    kind: 'trap',
    published: '2004-05-07',
    paragraphs: [
      'Margaret Hale, Pioneering Pilot, Dies at 84',
      'Margaret Hale, who flew mail routes across the Rockies when few women were allowed near a cockpit, died on Tuesday at her home in Boulder, Colo. She was 84.',
      'Born on March 2, 1920, in Greeley, she took her first flying lesson at 16 and earned her license two years later.',
      'She is survived by a son and two granddaughters.',
    ],
  },
  {
    name: 'obituary opening with a life span',
    kind: 'trap',
    published: '2004-05-07',
    paragraphs: [
      'Margaret Hale',
      'March 2, 1920 – May 4, 2004',
      'Margaret Hale, who flew mail routes across the Rockies, died on Tuesday at her home in Boulder. She was 84 and had been ill for some time, her son said.',
    ],
  },
  {
    name: 'obituary with birth and death dates in the body',
    kind: 'trap',
    published: '2004-05-10',
    paragraphs: [
      'Farewell to a Local Legend',
      'The town said goodbye this weekend to Harold Brandt, the baker whose rye bread fed three generations of families on Main Street and beyond.',
      'Brandt was born on June 14, 1921, and died on May 4, 2004, after a short illness.',
    ],
  },
  {
    name: '2004 story recalling a 1985 event with full dates',
    kind: 'trap',
    published: '2004-05-03',
    paragraphs: [
      'Plant Workers Gather to Remember the Fire',
      'Former workers at the Riverside chemical plant gathered on Monday to remember the fire that killed nine of their colleagues nearly two decades ago.',
      'The blaze broke out on May 3, 1985. Firefighters from four counties fought it until May 5, 1985, when it finally burned out.',
      'A memorial plaque will be unveiled next month.',
    ],
  },
  {
    name: 'anniversary story',
    kind: 'trap',
    published: '2011-09-11',
    paragraphs: [
      'Ten Years On, a City Remembers',
      'Families gathered at the memorial at dawn, as they have every year since the attacks of September 11, 2001.',
      'The names of the dead were read aloud for nearly four hours.',
    ],
  },
  {
    name: 'future film release',
    kind: 'trap',
    published: '2004-05-03',
    paragraphs: [
      'Studio Signs Director for Space Epic',
      'Meridian Pictures has hired the director of last summer’s surprise hit to make its long-planned space epic, the studio said on Monday.',
      'Filming starts in Morocco in the autumn, and the film will open on June 5, 2006, in more than 3,000 theaters.',
    ],
  },
  {
    name: 'future deadline in a policy story',
    kind: 'trap',
    paragraphs: [
      'Council Sets Date for Smoking Ban',
      'Smoking will be banned in all bars and restaurants in the city from January 1, 2008, under a measure the council passed by a vote of 9 to 4.',
      'Owners who break the rule face fines of up to $500.',
    ],
  },
  {
    name: 'date in a quote about the past',
    kind: 'trap',
    paragraphs: [
      'Veteran Coach Steps Down',
      '“I still remember October 12, 1998, the night we won our first title,” said Coach Ray Dunn as he announced his retirement.',
      'Dunn led the team for 22 seasons.',
    ],
  },
  {
    name: 'court case recalling the dates of a crime',
    kind: 'trap',
    paragraphs: [
      'Jury Convicts Man in Bank Robbery',
      'A jury on Thursday found Daniel Marsh guilty of robbing the First County Bank branch on Elm Street on February 14, 2002.',
      'Marsh, who was arrested on March 1, 2002, faces up to 20 years in prison when he is sentenced on August 20, 2003.',
    ],
  },
  {
    name: 'timeline paragraph at the top',
    kind: 'trap',
    paragraphs: [
      'How the Merger Unfolded',
      'March 3, 1999: the two companies first discuss a deal.',
      'June 8, 2000: regulators open an inquiry.',
      'The deal finally closed this week, after nearly two years of talks and one failed vote by shareholders.',
    ],
  },
  {
    name: 'opening that recalls a date with a dash',
    kind: 'trap',
    published: '2005-05-03',
    paragraphs: [
      'The Day the River Rose',
      'May 3, 1985 — the day the river rose over the levee — is a date nobody in Millbrook has forgotten, and twenty years later the town is still rebuilding.',
    ],
  },
  {
    name: 'a document posted earlier, mid-sentence',
    kind: 'trap',
    paragraphs: [
      'Leaked Memo Stirs Debate',
      'The memo, posted on March 9, 2003, to an internal message board, warned that the project was behind schedule.',
      'Officials declined to comment on Friday.',
    ],
  },
  {
    name: 'a book published long ago',
    kind: 'trap',
    paragraphs: [
      'A Classic Returns to Print',
      'Published on September 21, 1937, the novel sold out its first printing within weeks.',
      'A new edition with the author’s original illustrations is due in the spring.',
    ],
  },
  {
    name: 'company history with "last year"',
    kind: 'trap',
    paragraphs: [
      'Local Firm Expands Overseas',
      'The company was founded in 2010 by two engineers working out of a garage.',
      'Last year the company opened offices in Berlin and Tokyo, and it now employs 300 people.',
    ],
  },
  {
    name: 'a school opened in a year and "this year"',
    kind: 'trap',
    paragraphs: [
      'School Celebrates Its Graduates',
      'The school opened in 1995 with just forty students.',
      'This year the school will graduate its largest class yet, 212 students, on a field the students built themselves.',
    ],
  },
  {
    name: 'ages and birth year in passing',
    kind: 'trap',
    paragraphs: [
      'Young Chess Champion Wins Again',
      'Priya Nair, born in 1996, is the youngest player ever to win the state title twice.',
      'She was also the youngest player in the field last year, when she finished third.',
    ],
  },

  {
    name: 'event notice with the event day on a line of its own',
    kind: 'trap',
    paragraphs: [
      'Orchestra Plays the Park',
      'Saturday, June 5, 2006',
      'The city orchestra will play its summer concert on the great lawn, with fireworks after dark. Admission is free; bring a blanket and a picnic.',
    ],
  },
  {
    name: 'event notice with a time range',
    kind: 'trap',
    paragraphs: [
      'Library Book Sale',
      'June 5, 2006, 9 a.m.–4 p.m.',
      'The Friends of the Library will hold their yearly book sale in the main hall, with thousands of books for a dollar or less.',
    ],
  },
  {
    name: 'a footer line naming the original story’s date after a long body',
    kind: 'trap',
    published: '2010-03-02',
    paragraphs: [
      'Looking Back: The Flood of ’85',
      'Twenty-five years ago this spring the river rose over the levee and into the heart of Millbrook, and the town has never quite been the same since that night.',
      'This story first ran in the Millbrook Courier on May 5, 1985.',
    ],
  },
  {
    name: 'a dateline-like quote of an old wire story',
    kind: 'trap',
    paragraphs: [
      'What the Papers Said',
      'The first report was brief. “Millbrook, May 3, 1985 — The river broke through the levee tonight,” it read.',
    ],
  },

  {
    name: 'a record page whose date is labelled on the line above',
    kind: 'trap',
    paragraphs: [
      'New Corporations',
      'Company Name',
      'Murray Mowing LLC',
      'Effective Date',
      'Saturday, July 25, 2020',
      'Type',
      'Limited Liability Company',
    ],
  },
  {
    name: 'an obituary fact box',
    kind: 'trap',
    published: '2004-05-07',
    paragraphs: [
      'Margaret Hale, Pilot',
      'Born',
      'March 2, 1920',
      'Margaret Hale, who flew mail routes across the Rockies when few women were allowed near a cockpit, died on Tuesday at her home in Boulder. She was 84.',
    ],
  },

  // --- Texts that state their date --------------------------------------------
  {
    name: 'city dateline with an em dash',
    kind: 'dated',
    published: '2004-05-03',
    paragraphs: [
      'Senate Passes Highway Bill',
      'WASHINGTON, May 3, 2004 — The Senate on Monday passed a $318 billion highway bill, setting up a fight with the White House over its cost. The bill funds roads, bridges and transit for six years.',
      'The vote was 76 to 21.',
    ],
  },
  {
    name: 'dateline without a city',
    kind: 'dated',
    published: '2004-05-03',
    paragraphs: [
      'Senate Passes Highway Bill',
      'May 3, 2004 — The Senate on Monday passed a $318 billion highway bill, setting up a fight with the White House over its cost.',
    ],
  },
  {
    name: 'dateline with an agency and a hyphen',
    kind: 'dated',
    published: '2006-11-14',
    paragraphs: [
      'Oil Prices Fall on Mild Weather',
      'LONDON, Nov. 14, 2006 (Reuters) - Oil prices fell on Tuesday as mild weather in the United States cut demand for heating fuel.',
    ],
  },
  {
    name: 'dateline in day-month order',
    kind: 'dated',
    published: '2009-03-17',
    paragraphs: [
      'Rail Strike Called Off',
      'LONDON, 17 March 2009 – Union leaders called off Thursday’s rail strike after talks with operators ran late into the night.',
    ],
  },
  {
    name: 'Updated line with a time and a weekday',
    kind: 'dated',
    published: '2004-05-03',
    paragraphs: [
      'Storm Knocks Out Power to Thousands',
      'Updated 10:02 a.m. ET, Mon May 3, 2004',
      'A line of thunderstorms knocked out power to more than 40,000 homes overnight, utility officials said.',
    ],
  },
  {
    name: 'Published line in day-month order',
    kind: 'dated',
    published: '2004-05-03',
    paragraphs: [
      'Museum Reopens After Repairs',
      'Published: 3 May 2004',
      'The city museum reopened its doors on Monday after two years of repairs to its leaking roof.',
    ],
  },
  {
    name: 'blog footer "Posted on"',
    kind: 'dated',
    published: '2008-07-21',
    paragraphs: [
      'Notes From the Garden',
      'The tomatoes are finally coming in, and the beans have gone wild along the fence. I have given up trying to keep the squirrels out of the strawberries.',
      'Next week: what to do with too many zucchini.',
      'Posted on July 21st, 2008 by Anna',
    ],
  },
  {
    name: 'byline with a date',
    kind: 'dated',
    published: '2013-02-05',
    paragraphs: [
      'City Budget Gap Widens',
      'By Jane Doe | February 5, 2013',
      'The city faces a $40 million budget gap next year, the finance director told council members on Tuesday.',
    ],
  },
  {
    name: 'dateline and a later date in the body',
    kind: 'dated',
    published: '2004-05-03',
    paragraphs: [
      'Studio Signs Director for Space Epic',
      'LOS ANGELES, May 3, 2004 — Meridian Pictures has hired a director for its space epic, which will open on June 5, 2006, the studio said on Monday.',
    ],
  },
  {
    name: '"last year" naming the same event as a year',
    kind: 'dated',
    published: '2021',
    paragraphs: [
      'Singer Speaks About Loss',
      'The singer had a miscarriage back in 2020 and has spoken about it since.',
      'Sadly, she experienced this last year when she had a miscarriage in the second trimester of her pregnancy.',
    ],
  },
];
