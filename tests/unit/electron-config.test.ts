import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { minimatch } from 'minimatch';
import config, { ASSIGNMENT_EXTENSION, RESULTS_EXTENSION } from '../../electron.config';
import { APP_LAYOUT } from '../../main/app-layout';
import { SHIPPED_VIEW_FILE } from '../../content/logic/prepared-compare-view';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };

describe('electron.config.ts', () => {
  it("is valid against electron-builder's own schema", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const ok = validate(JSON.parse(JSON.stringify(config)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check would catch an unknown key', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate({ ...JSON.parse(JSON.stringify(config)), windowSize: 3 })).toBe(false);
  });

  it('names the app and builds Linux AppImage and deb, Windows NSIS and macOS dmg', () => {
    expect(config.appId).toBe('org.lenses.app');
    expect(config.productName).toBe('Lenses');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('registers the assignment and results file extensions', () => {
    const assoc = Array.isArray(config.fileAssociations) ? config.fileAssociations : [config.fileAssociations];
    expect(assoc.map((a) => a?.ext)).toEqual([ASSIGNMENT_EXTENSION, RESULTS_EXTENSION]);
    expect(RESULTS_EXTENSION).toBe('lensesresults');
    expect(new Set(assoc.map((a) => a?.mimeType)).size).toBe(2);
  });

  it('packs everything the app loads at run time', () => {
    const files = (config.files as string[]).filter((f) => !f.startsWith('!'));
    const packed = (p: string) => files.some((glob) => minimatch(p, glob));
    for (const p of [pkg.main, APP_LAYOUT.mainBundle, APP_LAYOUT.preloadBundle, APP_LAYOUT.rendererEntry, `${APP_LAYOUT.rendererDir}/assets/index-abc.js`, `${APP_LAYOUT.contentSetsDir}/gaza-2023-24/set.json`, `${APP_LAYOUT.contentSetsDir}/gaza-2023-24/exercises.json`, `${APP_LAYOUT.contentSetsDir}/gaza-2023-24/${SHIPPED_VIEW_FILE}`, 'package.json']) {
      expect(packed(p), `${p} is packed`).toBe(true);
    }
    expect(pkg.main).toBe(APP_LAYOUT.mainBundle);
  });

  it('seals the packaged binary with Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The schema knows the fuses: a misspelt one is refused.
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const misspelt = { ...JSON.parse(JSON.stringify(config)), electronFuses: { ...config.electronFuses, runAsNodee: false } };
    expect(validate(misspelt)).toBe(false);
  });

  it('asks for the Electron major that is current (one of the three newest, which Electron supports)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };
    const installed = Number(lock.packages['node_modules/electron']!.version.split('.')[0]);
    expect(installed).toBeGreaterThanOrEqual(45);
    const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron!;
    expect(declared).toMatch(new RegExp(`^\\^${installed}\\.`, 'u'));
  });
});
