/**
 * For values the code guarantees (a schema already checked it, a map was filled from the same list): the
 * value, or an error naming the broken guarantee — a bug, never a user's mistake — where a non-null
 * assertion (`!`, refused by the linter) would let `undefined` travel on.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Invariant broken: ${what} is missing`);
  return value;
}
