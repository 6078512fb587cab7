// Bundle the Electron main process and the sandboxed preload into single CommonJS files.
// electron is the only external: it is provided by the Electron runtime.
import { build } from 'esbuild';
import { preloadBuildOptions } from './contract-channel-names.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
  minify: true,
  legalComments: 'none',
};

await build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/index.cjs' });
// Article imports and the analyser run in a worker thread (main/article-thread/host.ts finds it beside index.cjs).
await build({ ...common, entryPoints: ['main/article-thread/entry.ts'], outfile: 'dist/main/article-worker.cjs' });
// The preload runs sandboxed: only `electron` may be required, so everything else is bundled in (see preloadBuildOptions).
await build({ ...preloadBuildOptions(), outfile: 'dist/preload/index.cjs' });
console.log('built dist/main/index.cjs, dist/main/article-worker.cjs and dist/preload/index.cjs');
