/** The shipped set folders under content/sets, read from disk (tests only). */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';

export const shippedSetsDir = path.resolve('content/sets');

/** The ids (folder names) of the shipped sets, in the order the app lists them. */
export function shippedSetIds(): string[] {
  return readdirSync(shippedSetsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && existsSync(path.join(shippedSetsDir, e.name, 'set.json')))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
}
