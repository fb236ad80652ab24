/**
 * A Storage that keeps its keys under a prefix of another (localStorage), so a store written for the
 * site's keys can keep a separate copy, e.g. per learner and module inside an LMS.
 */
export function scopedStorage(storage: Storage, prefix: string): Storage {
  const own = () => {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  };
  return {
    get length() {
      return own().length;
    },
    clear: () => own().forEach((key) => storage.removeItem(key)),
    getItem: (key) => storage.getItem(prefix + key),
    key: (i) => own()[i]?.slice(prefix.length) ?? null,
    removeItem: (key) => storage.removeItem(prefix + key),
    setItem: (key, value) => storage.setItem(prefix + key, value),
  };
}
