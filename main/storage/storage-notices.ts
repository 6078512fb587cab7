/**
 * Things the storage layer had to do that a person should hear about: a damaged store set aside,
 * a folder that could not be looked in. Collected here by whichever module finds them and shown
 * through the storage status (`getStorageStatus`), the same alert that says saving failed.
 */
export interface StorageNotices {
  /** Note something worth saying (the same message twice is said once). */
  report(message: string): void;
  /** Everything reported so far, oldest first. */
  list(): string[];
}

export function createStorageNotices(): StorageNotices {
  const messages: string[] = [];
  return {
    report(message) {
      if (!messages.includes(message)) messages.push(message);
    },
    list: () => [...messages],
  };
}

/** For modules used on their own (tests): notices go nowhere. */
export const ignoreNotices: StorageNotices = { report: () => undefined, list: () => [] };
