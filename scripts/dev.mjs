// `npm run dev`: Vite dev server with hot reload for the renderer, and Electron pointed at it.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';
import { findElectronBinary } from './electron-binary.mjs';

const server = await createServer({ configFile: 'renderer/vite.config.ts' });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5183/';
console.log(`Renderer dev server: ${url}`);
await import('./build-main.mjs');
const electron = findElectronBinary();
if (!electron.found) {
  console.error(`Electron cannot start: ${electron.reason}. The dev server keeps running at ${url} (it needs the desktop shell for data).`);
} else {
  const child = spawn(electron.path, ['.'], { stdio: 'inherit', env: { ...process.env, LENSES_DEV_SERVER_URL: url } });
  child.on('exit', async () => {
    await server.close();
    process.exit(0);
  });
}
