/**
 * Whether the browser promised to keep Lenses' data (navigator.storage.persist()). The web build's
 * host asks for it at start and sends this event with the answer (`detail`: true or false); the
 * renderer also asks the browser directly, so it does not matter which comes first.
 */
export const STORAGE_PERSISTENCE_EVENT = 'lenses-storage-persistence';

/** true: kept; false: the browser may clear it when space runs low; null: this browser cannot say. */
export async function storagePersisted(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined);
  if (!storage?.persisted) return null;
  try {
    return await storage.persisted();
  } catch {
    return null;
  }
}
