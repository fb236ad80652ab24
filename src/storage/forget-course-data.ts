/** Every key this course writes to localStorage starts with this. */
export const COURSE_KEY_PREFIX = 'meldcode:';

/**
 * Removes everything the course keeps in this browser's localStorage: progress and what was set aside,
 * a saved wijzer situation, the organisatieprofiel. Throws where the browser blocks storage.
 */
export function forgetCourseData(storage: Storage = globalThis.localStorage): void {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
  for (const key of keys) if (key?.startsWith(COURSE_KEY_PREFIX)) storage.removeItem(key);
}
