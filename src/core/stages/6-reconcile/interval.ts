/**
 * @module interval
 * When two reported figures agree: interval overlap, widened by the rounding the wording implies
 * ("$1.4 billion" stands for 1.35–1.45 billion; "8,000" for about 7,600–8,400).
 */

export interface Valued {
  low: number;
  high: number;
  text: string;
}

/** Relative cap on rounding slack, so "10,000" does not stretch to 5,000–15,000. */
const MAX_ROUNDING_SHARE = 0.05;

/** The interval a figure stands for, including the slack of a rounded exact figure. */
export function effectiveInterval(value: Valued): [number, number] {
  if (value.low !== value.high) return [value.low, value.high];
  const slack = roundingSlack(value);
  return [value.low - slack, value.high + slack];
}

export function areCompatible(a: Valued, b: Valued): boolean {
  const [aLow, aHigh] = effectiveInterval(a);
  const [bLow, bHigh] = effectiveInterval(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/** Half the unit of the last significant digit as written, capped at 5% of the value. */
function roundingSlack(value: Valued): number {
  const literal = /(\d[\d,]*)(?:\.(\d+))?/.exec(value.text);
  if (!literal) return 0;
  const integerDigits = (literal[1] ?? '').replace(/,/g, '');
  const decimals = literal[2] ?? '';
  const written = Number(`${integerDigits}${decimals ? `.${decimals}` : ''}`);
  if (!written) return 0;
  const scale = value.low / written;
  const unit = decimals ? 10 ** -decimals.length : 10 ** (/0*$/.exec(integerDigits)?.[0].length ?? 0);
  if (unit === 1 && scale === 1) return 0;
  return Math.min((unit * scale) / 2, Math.abs(value.low) * MAX_ROUNDING_SHARE);
}

/** The intersection of intervals, or undefined when they do not all overlap. */
export function intersect(values: Valued[]): [number, number] | undefined {
  let low = -Infinity;
  let high = Infinity;
  for (const value of values) {
    const [l, h] = effectiveInterval(value);
    low = Math.max(low, l);
    high = Math.min(high, h);
  }
  return low <= high ? [low, high] : undefined;
}
