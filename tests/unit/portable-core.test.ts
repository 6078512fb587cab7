/**
 * The pieces of the core that replaced Node built-ins so it can also run in the browser: they must
 * give exactly what Node gave, or journals and PINs saved by earlier versions would stop reading.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { scryptSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32 } from '../../main/storage/crc32';
import { derivePinKey, fromBase64, sameBytes, toBase64 } from '../../main/pin-kdf';
import { describeStorageError, pendingMessage } from '../../main/platform/storage/storage';
import { ESLint } from 'eslint';

describe('the portable core', () => {
  it('bundles for a browser worker with no Node built-in and no Electron', async () => {
    const result = await build({ entryPoints: ['main/core.ts'], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((f) => /^node:|(^|\/)electron\//u.test(f))).toEqual([]);
    expect(inputs).toContain('main/progress/attempt-store.ts');
  });

  it('is linted for Node and page globals and imports, except in the Node-only files named in the config', { timeout: 60_000 }, async () => {
    const eslint = new ESLint();
    const code = "import fs from 'node:fs';\nimport path from 'path';\nexport const n = Buffer.byteLength(path.sep) + (process.env.X ? 1 : 0) + fs.constants.F_OK;\nexport const w = window.document.title + document.title;\n";
    const ruleIds = async (filePath: string) => (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);
    for (const core of ['main/core.ts', 'main/progress/x.ts', 'main/assignments/x.ts', 'main/teacher-mode/x.ts', 'main/authoring/x.ts', 'main/storage/x.ts', 'main/platform/storage/storage.ts', 'main/platform/files/files.ts', 'main/platform/print/x.ts', 'main/ipc/x.ts', 'main/web/x.ts', 'content/logic/x.ts']) {
      const found = await ruleIds(core);
      expect(found.filter((r) => r === 'no-restricted-imports'), core).toHaveLength(2);
      expect(found.filter((r) => r === 'no-restricted-globals'), core).toHaveLength(4);
    }
    for (const nodeOnly of ['main/platform/storage/storage.nodejs.ts', 'main/platform/files/x.nodejs.ts', 'main/platform/print/print.electron.ts', 'main/services.ts', 'main/electron/x.ts', 'main/article-thread/host.ts', 'content/node/x.ts']) {
      expect((await ruleIds(nodeOnly)).filter((r) => r === 'no-restricted-globals' || (r === 'no-restricted-imports' && !nodeOnly.startsWith('main/electron'))), nodeOnly).toEqual([]);
    }
  });

  it("computes the same CRC-32 as Node's zlib, for text in any script", () => {
    for (const text of ['', 'a', '{"id":"x","score":1}', 'قالت وزارة الصحة', 'משרד הבריאות', '👩🏽‍🏫 at least 66 🕊️'.repeat(50)]) {
      expect(crc32(text)).toBe(zlibCrc32(text) >>> 0);
      expect(crc32(new TextEncoder().encode(text))).toBe(zlibCrc32(Buffer.from(text)) >>> 0);
    }
  });

  it("derives the same PIN key as Node's scrypt, so PINs set by earlier versions still open", async () => {
    const salt = fromBase64(toBase64(new Uint8Array([1, 2, 3, 250, 251, 252, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1])));
    const cost = { N: 1024, r: 8, p: 1, keyLength: 32 };
    const ours = await derivePinKey('2468', salt, cost);
    const node = scryptSync('2468', salt, 32, { N: 1024, r: 8, p: 1 });
    expect(toBase64(ours)).toBe(node.toString('base64'));
    expect(sameBytes(ours, new Uint8Array(node))).toBe(true);
    expect(sameBytes(ours, await derivePinKey('2469', salt, cost))).toBe(false);
  });
});

describe('storage errors in words a person can act on', () => {
  it('names what went wrong on a disk and in a browser', () => {
    const dom = (name: string) => new DOMException('x', name);
    expect(describeStorageError(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('the disk is full');
    expect(describeStorageError(dom('QuotaExceededError'))).toMatch(/browser's storage for Lenses is full/);
    expect(describeStorageError(dom('SecurityError'))).toMatch(/does not allow Lenses to store data here \(a private window, or site data blocked/);
    expect(describeStorageError(dom('NotAllowedError'))).toBe(describeStorageError(dom('SecurityError')));
    expect(pendingMessage('this browser', dom('QuotaExceededError'))).toMatch(/^Lenses could not save to this browser \(.*full.*\)\. Your answers are kept while the app is open; it will keep trying\.$/);
  });
});

describe('npm start without an Electron binary', () => {
  it('says so in one line and names npm run start:web', () => {
    const emptyDist = mkdtempSync(path.join(os.tmpdir(), 'lenses-no-electron-'));
    const run = spawnSync(process.execPath, ['scripts/launch.mjs'], {
      encoding: 'utf8',
      timeout: 30_000,
      // No download (the project's own check decides), and a dist folder with no binary in it.
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: emptyDist },
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Lenses cannot start the desktop app: no Electron binary .*Run "npm run start:web" to use Lenses in a browser instead\.$/);
  });
});
