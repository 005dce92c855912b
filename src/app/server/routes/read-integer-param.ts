/**
 * @module read-integer-param
 * A whole-number query or path parameter within bounds, or a 400 that names it.
 */
import { badRequest } from '../parse-submission.js';

export function readIntegerParam(
  value: string | undefined,
  name: string,
  { min, max, fallback }: { min: number; max: number; fallback: number },
): number {
  if (value === undefined || value === '') return fallback;
  if (!/^-?\d{1,15}$/.test(value)) throw badRequest(`${name} must be a whole number, got "${value.slice(0, 40)}"`);
  const number = Number(value);
  if (number < min || number > max) throw badRequest(`${name} must be between ${min} and ${max}, got ${number}`);
  return number;
}
