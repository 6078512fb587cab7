// `npm start`: launch the built app in Electron. The project's .npmrc turns off install scripts,
// so the Electron binary is fetched here on first start (this needs the internet once). Without
// one, it says so in one line and points at the browser version.
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

let electron = findElectronBinary();
if (!electron.found) {
  // Quietly: when the download fails, the one line below says what to do instead.
  if (process.stdout.isTTY) process.stdout.write('Fetching the Electron binary (first start only)…');
  spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore', timeout: 10 * 60_000 });
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  electron = findElectronBinary();
}
if (!electron.found) {
  console.error(`Lenses cannot start the desktop app: no Electron binary could be found or fetched (${electron.reason}). Run "npm run start:web" to use Lenses in a browser instead.`);
  process.exit(1);
}
const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
