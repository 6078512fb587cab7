/**
 * Files the person picked, by opaque token. The renderer never names a file by its path: main
 * hands it a token for each file the person chose (dropped on the window, or opened by the
 * operating system: double-click, "Open with"), and resolves the token back to the path when a
 * by-file call comes in. A token Lenses did not hand out names nothing, so the renderer cannot
 * reach any other file. Pure module (no Node, no Electron).
 */
import { randomHex } from '../../random-hex';

import { FILE_TOKEN } from '../../ipc/window-events';

export interface PickedFiles {
  /** A token for a file the person picked (an absolute path from the OS or a drop). */
  grant(path: string): string;
  /** The path a token stands for, or null when Lenses never handed it out. */
  resolve(token: string): string | null;
}

/** Keeps the newest `limit` tokens (a session opens a few files, not thousands). */
export function createPickedFiles(limit = 1000): PickedFiles {
  const paths = new Map<string, string>();
  return {
    grant(path) {
      const token = randomHex(16);
      paths.set(token, path);
      if (paths.size > limit) paths.delete(paths.keys().next().value!);
      return token;
    },
    resolve: (token) => (FILE_TOKEN.test(token) ? (paths.get(token) ?? null) : null),
  };
}
