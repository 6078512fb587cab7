import type { BuildOptions } from 'esbuild';

/** Options every bundle of main shares (CommonJS for Node 20, `electron` external). */
export const commonBundleOptions: BuildOptions;
/** How the sandboxed preload is bundled (build-main.mjs and its unit test). */
export function preloadBuildOptions(): BuildOptions & { entryPoints: string[] };
