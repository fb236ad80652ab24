/**
 * At most this many characters: a profile is a page of names and routes, not a document. In a file of
 * its own so that a page can refuse a large file before it loads the checker.
 */
export const MAX_PROFILE_CHARS = 20_000;
