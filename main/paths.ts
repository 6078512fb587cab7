/** Where Lenses keeps its files. Pure: the Electron default is passed in. */
import path from 'node:path';

/** Tests (and portable installs) point Lenses at another folder with this variable. */
export const USER_DATA_ENV = 'LENSES_USER_DATA_DIR';

export function resolveUserDataDir(env: Record<string, string | undefined>, electronDefault: string): string {
  const override = env[USER_DATA_ENV]?.trim();
  return override ? path.resolve(override) : electronDefault;
}
