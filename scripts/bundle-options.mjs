// How main, the article worker and the preload are bundled (scripts/build-main.mjs; the preload's
// unit test bundles it the same way): single CommonJS files for Node 20, with `electron` the only
// external, as the Electron runtime provides it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { channelNamesOnlyForApiClient } from './contract-channel-names.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const commonBundleOptions = {
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

/**
 * The sandboxed preload: only `electron` may be required, so everything else is bundled in.
 * api-client's contract import becomes the channel names alone (and main/ipc/window-events.ts
 * brings its few small schemas in zod/mini): with the whole contract it was 481 KB, and built
 * every zod schema of the app before the page could start.
 */
export const preloadBuildOptions = () => ({
  ...commonBundleOptions,
  entryPoints: [path.join(projectRoot, 'main', 'electron', 'preload.ts')],
  plugins: [channelNamesOnlyForApiClient()],
});
