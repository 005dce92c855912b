/**
 * @module number-words
 * Small written numbers and ordinals, as the readers of this folder need them ("twenty-three",
 * "fifth", "21st"). The analyzer's own parser covers large written numbers inside its mentions.
 */
const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

const CARDINAL = new Map<string, number>();
UNITS.forEach((word, value) => CARDINAL.set(word, value));
TENS.forEach((word, tens) => {
  if (!word) return;
  CARDINAL.set(word, tens * 10);
  for (let unit = 1; unit < 10; unit++) CARDINAL.set(`${word}-${UNITS[unit]}`, tens * 10 + unit);
});
CARDINAL.set('a dozen', 12);
CARDINAL.set('dozen', 12);
CARDINAL.set('hundred', 100);

const ORDINAL = new Map<string, number>();
ORDINALS.forEach((word, value) => ORDINAL.set(word, value));

/** "7", "1,200", "seven", "twenty-three" → the value; anything else → undefined. */
export function cardinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(lower)) return Number(lower.replace(/,/g, ''));
  return CARDINAL.get(lower);
}

/** "third", "21st", "15th" → the rank; anything else → undefined. */
export function ordinalValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  const digits = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return Number(digits[1]);
  return ORDINAL.get(lower);
}
