// The contract's channel names, read from main/ipc/contract.ts when a build runs (the contract
// bundled and run in Node). The page's and the preload's window.lenses (main/ipc/api-client.ts)
// need the names alone; importing the contract for them would bring every zod schema of the app
// into the page's first load or the preload, and build them all before the page starts.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The names, in the contract's order. */
export async function contractChannelNames() {
  const bundled = await build({ entryPoints: [path.join(projectRoot, 'main', 'ipc', 'contract.ts')], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
  const contract = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  return contract.channelNames;
}

/** Whether an import is api-client.ts's import of the contract (the one import these builds replace). */
export function isApiClientContractImport(source, importer) {
  return source === './contract' && Boolean(importer) && /[\\/]main[\\/]ipc[\\/]api-client\.ts$/u.test(importer);
}

/** The module that replaces it: the names alone. */
export const channelNamesModule = (names) => `export const channelNames = ${JSON.stringify(names)};\n`;

/**
 * The same for esbuild (the preload's bundle): api-client's import of the contract becomes the
 * names alone. Should api-client ever take more from the contract, the build fails on the missing export.
 */
export function channelNamesOnlyForApiClient() {
  return {
    name: 'lenses-contract-names-for-api-client',
    setup(b) {
      let names = null;
      // esbuild's filters are Go regular expressions, which take no u flag.
      b.onResolve({ filter: /^\.\/contract$/ }, (args) => (isApiClientContractImport(args.path, args.importer) ? { path: 'channel-names', namespace: 'lenses-contract-names' } : undefined));
      b.onLoad({ filter: /.*/, namespace: 'lenses-contract-names' }, async () => {
        names ??= await contractChannelNames();
        return { contents: channelNamesModule(names), loader: 'js' };
      });
    },
  };
}

