// Where the Electron binary is, if it exists. Decided by looking on disk, never by
// require('electron') (which tries to download the binary in plain Node and throws).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function findElectronBinary(env = process.env) {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, reason: 'the Electron binary is not installed (node_modules/electron/path.txt is missing; the download needs the internet)' };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const binary = path.join(distDir, relative);
  if (!existsSync(binary)) return { found: false, reason: `the Electron binary is not installed (${binary} is missing)` };
  return { found: true, path: binary };
}
