/**
 * FormData and URL parameters give a string for one value and an array for several (nothing when
 * absent): the one coercion to a list that forms, pickers and schemas share. Imports nothing, so client
 * components may use it.
 */
export function asList<T>(value: T | readonly T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? [...value] : [value as T];
}
