/**
 * @module omit-undefined
 * Drops undefined fields, because exactOptionalPropertyTypes forbids setting an optional field to undefined.
 */

/** `T` with every field optional and allowed to be undefined: the loose shape callers build. */
export type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** Returns a copy without undefined fields; meant for types whose fields are all optional. */
export function omitUndefined<T extends object>(value: Loose<T>): T {
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) result[key] = field;
  return result as T;
}
