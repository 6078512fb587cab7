/**
 * Where the packed app keeps what it loads at run time, relative to the app root. The Electron
 * glue joins these with the root; a test checks that electron.config.ts packs every one of them.
 */
export const APP_LAYOUT = {
  mainBundle: 'dist/main/index.cjs',
  preloadBundle: 'dist/preload/index.cjs',
  rendererDir: 'dist/renderer',
  rendererEntry: 'dist/renderer/index.html',
  contentSetsDir: 'content/sets',
} as const;
