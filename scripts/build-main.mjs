// Bundle the Electron main process and the sandboxed preload into single CommonJS files.
// electron is the only external: it is provided by the Electron runtime.
import { build } from 'esbuild';
import { commonBundleOptions, preloadBuildOptions } from './bundle-options.mjs';

const common = commonBundleOptions;

await build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/index.cjs' });
// Article imports and the analyser run in a worker thread (main/article-thread/host.ts finds it beside index.cjs).
await build({ ...common, entryPoints: ['main/article-thread/entry.ts'], outfile: 'dist/main/article-worker.cjs' });
// The sandboxed preload (see preloadBuildOptions).
await build({ ...preloadBuildOptions(), outfile: 'dist/preload/index.cjs' });
console.log('built dist/main/index.cjs, dist/main/article-worker.cjs and dist/preload/index.cjs');
