/**
 * User text inside LIKE/ILIKE patterns: `%` and `_` are wildcards and `\` the escape character (the
 * default ESCAPE in PostgreSQL), so « 100% » or « a_b » must match themselves, not everything.
 */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Query text from a search box, safe for PostgreSQL: NUL (which it refuses) and other control characters become spaces. */
export const searchText = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim();

export const likePrefix = (text: string) => `${escapeLike(text)}%`;
export const likeContains = (text: string) => `%${escapeLike(text)}%`;
