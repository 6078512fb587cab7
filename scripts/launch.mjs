// `npm start`: launch the built app in Electron. The project's .npmrc turns off install scripts,
// so the Electron binary is fetched here on first start (this needs the internet once).
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

let electron = findElectronBinary();
if (!electron.found) {
  console.log('Fetching the Electron binary (first start only)…');
  spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'inherit' });
  electron = findElectronBinary();
}
if (!electron.found) {
  console.error(`Lenses cannot start: ${electron.reason}. Connect to the internet once and run "npm start" again.`);
  process.exit(1);
}
const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
