/**
 * @module expected-interval
 * The suite's interval convention (README.md) as code, so the format test can check every gold
 * number against the rule its wording names. Independent of the analyzer: this is a spec check.
 */

const SMALL_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
};

/** Plural and collective magnitudes, low and high (README "Vague magnitudes"). */
export const MAGNITUDES: Record<string, [number, number]> = {
  'a handful': [3, 7],
  dozens: [24, 99],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  millions: [2000000, 9999999],
};

type Rule = 'exact' | 'nearly' | 'about' | 'more' | 'at-least' | 'up-to' | 'fewer';

const PREFIXES: [RegExp, Rule][] = [
  [/^(nearly|almost)\s+/, 'nearly'],
  [/^(about|around|roughly|approximately|some|an estimated|estimated at)\s+/, 'about'],
  [/^(more than|over|above)\s+/, 'more'],
  [/^at least\s+/, 'at-least'],
  [/^(up to|as many as|within)\s+/, 'up-to'],
  [/^(fewer than|less than|under|below)\s+/, 'fewer'],
];

/** The stated value of a number's wording ("$1.2bn" → 1.2e9, "minus 31" → -31), or undefined. */
export function parseStatedValue(text: string): number | undefined {
  let rest = text.toLowerCase().trim();
  let sign = 1;
  if (rest.startsWith('minus ')) {
    sign = -1;
    rest = rest.slice('minus '.length);
  }
  rest = rest
    .replace(/^[$€£]/, '')
    .replace(/(%| per ?cent| percent)$/, '')
    .replace(/-(year-old|year|storey)$/, '')
    .replace(/(\d)c$/, '$1');
  const match = /^([\d,]+(?:\.\d+)?|[a-z]+)\s*(thousand|million|billion|trillion|bn|m)?$/.exec(rest);
  if (!match) return undefined;
  const [, amount = '', scale] = match;
  const base = /^[\d,.]+$/.test(amount) ? Number(amount.replace(/,/g, '')) : SMALL_NUMBERS[amount];
  if (base === undefined || !Number.isFinite(base)) return undefined;
  return sign * base * (scale ? (SCALES[scale] ?? 1) : 1);
}

/**
 * The interval the README's convention gives a gold number's wording, or undefined when the
 * wording is outside the parts of the convention this checker knows.
 */
export function expectedInterval(text: string, counted: string | null): [number, number] | undefined {
  const lower = text.toLowerCase().trim();
  const magnitude = MAGNITUDES[lower];
  if (magnitude) return magnitude;
  const decade = /^(\d0)s$/.exec(lower);
  if (decade) return [Number(decade[1]), Number(decade[1]) + 9];
  const range = /^between (.+) and (.+)$/.exec(lower);
  if (range) {
    const unit = /(%| percent| per cent)$/.exec(range[2] ?? '')?.[0] ?? '';
    const low = parseStatedValue(`${range[1]}${unit}`);
    const high = parseStatedValue(range[2] ?? '');
    return low === undefined || high === undefined ? undefined : [low, high];
  }
  let rule: Rule = 'exact';
  let rest = lower;
  for (const [pattern, name] of PREFIXES) {
    if (pattern.test(rest)) {
      rule = name;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const value = parseStatedValue(rest);
  if (value === undefined) return undefined;
  const isFractional = counted === 'percent' || counted === 'percentage point' || !Number.isInteger(value);
  const round = (x: number): number => (isFractional ? Math.round(x * 100) / 100 : Math.floor(x + 0.5));
  // Open bounds ("more than", "nearly") step one unit in from N for whole numbers of 10 or more.
  const step = isFractional || value < 10 ? 0 : 1;
  switch (rule) {
    case 'exact':
      return [value, value];
    case 'nearly':
      return [round(0.9 * value), value - step];
    case 'about':
      return [round(0.9 * value), round(1.1 * value)];
    case 'more':
      return [value + step, round(1.5 * value)];
    case 'at-least':
      return [value, round(1.5 * value)];
    case 'up-to':
      return [0, value];
    case 'fewer':
      return [0, value - step];
  }
}
