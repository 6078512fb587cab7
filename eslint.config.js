import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The renderer's feature folders: each may use shared/, never the shell above it or shared/'s ground below it upward.
const features = ['assignments', 'authoring', 'compare', 'exercises', 'library', 'progress', 'teacher'].map((f) => `./renderer/src/${f}`);

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer never touches Node or Electron: everything goes through window.lenses.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'fs', 'path', 'child_process'] }],
    },
  },
  {
    files: ['content/**/*.ts'],
    ignores: ['content/check.ts', 'content/node/**'],
    rules: {
      // Pure logic shared by main and renderer: no Node, no Electron, no DOM-only modules.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'electron', 'fs', 'path', 'react', 'react-dom'] }],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      // Only main/electron/ (the thin glue) may import electron at run time; types are fine.
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', allowTypeImports: true, message: 'Only main/electron/ may import electron.' }] }],
    },
  },
  {
    // The portable core: runs under Node, in Electron's main process and in a browser worker (the web
    // build). No Node built-ins, no Electron, no page: only what all three have. The Node-only files
    // beside it are listed in `ignores`, each on purpose.
    files: [
      'main/core.ts',
      'main/dialogs.ts',
      'main/pin-kdf.ts',
      'main/random-hex.ts',
      'main/serial-queue.ts',
      'main/authoring/**/*.ts',
      'main/content/**/*.ts',
      'main/ipc/**/*.ts',
      'main/progress/**/*.ts',
      'main/rules/**/*.ts',
      'main/storage/**/*.ts',
      'main/teacher/**/*.ts',
      'main/web/**/*.ts',
      'content/**/*.ts',
    ],
    ignores: [
      'main/storage/node-storage.ts', // the desktop's storage: files on disk
      'main/content/shipped-from-folder.ts', // the desktop reads the shipped sets from disk
      'main/teacher/picked-from-disk.ts', // the desktop opens files by their path
      'content/node/**', // the content checker's file reading
      'content/check.ts', // command line
      'content/analysis/cli.ts', // command line
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['Buffer', 'process', 'require', 'module', 'exports', '__dirname', '__filename', 'global', 'setImmediate', 'window', 'document', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: `${name} is not in every host of the portable core (Node, Electron's main process, a browser worker): use what all three have (TextEncoder, globalThis, a port the host passes in).`,
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The portable core runs in a browser worker too: no Node built-ins.' },
            { group: ['electron'], message: 'The portable core never imports electron (only main/electron/ may).' },
            {
              group: ['fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'zlib', 'url', 'stream', 'buffer', 'util', 'events', 'write-file-atomic', 'react', 'react-dom'],
              message: 'The portable core runs in a browser worker too: no Node built-ins, no page code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The layers (README, Layout): renderer → contract ← main, both → content; no import circles anywhere.
    files: ['main/**/*.ts', 'renderer/**/*.{ts,tsx}', 'content/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './content', from: ['./main', './renderer'], message: 'content/ is the ground both sides stand on: it imports neither main nor the renderer.' },
            { target: './main', from: './renderer', message: 'main never imports the renderer.' },
            {
              target: './renderer/src',
              from: './main',
              except: ['./ipc/contract.ts', './ipc/authoring-channels.ts', './ipc/assignment-channels.ts'],
              message: 'The renderer reaches main only through the contract (main/ipc/contract.ts and the channel lists it spreads).',
            },
            { target: './main/ipc', from: './main', except: ['./ipc'], message: 'The contract (main/ipc) is below the handlers: it imports only content/ and itself.' },
            { target: './renderer/src/shared', from: [...features, './renderer/src/shell'], message: 'shared/ is the renderer\'s ground: it imports no feature and not the shell.' },
            { target: features, from: './renderer/src/shell', message: 'A feature never imports the shell above it (the shell imports the features).' },
          ],
        },
      ],
    },
  },
);
