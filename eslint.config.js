import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The renderer's feature folders: each may use shared/, never the shell above it or shared/'s ground below it upward.
const features = ['assignments', 'authoring', 'compare', 'exercises', 'library', 'progress', 'teacher-mode'].map((f) => `./renderer/src/${f}`);
// What a student sees, and what only the teacher should: a student's screen never imports a teacher's.
const studentScreens = ['assignments/student', 'compare', 'exercises', 'library', 'progress'].map((f) => `./renderer/src/${f}`);
const teacherScreens = ['assignments/teacher', 'authoring', 'teacher-mode'].map((f) => `./renderer/src/${f}`);
// Main's features and the core over them: they use a host capability's port (main/platform/<capability>/<capability>.ts), never one host's implementation of it.
const mainFeatures = ['assignments', 'authoring', 'content', 'progress', 'teacher-mode'].map((f) => `./main/${f}`);

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
    ignores: ['main/electron/**', 'main/**/*.electron.ts'],
    rules: {
      // Only main/electron/ (the thin glue) and a capability's Electron implementation
      // (main/platform/<capability>/*.electron.ts) may import electron at run time; types are fine.
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', allowTypeImports: true, message: 'Only main/electron/ and main/platform/**/*.electron.ts may import electron.' }] }],
    },
  },
  {
    // The portable core: runs under Node, in Electron's main process and in a browser worker (the web
    // build). No Node built-ins, no Electron, no page: only what all three have. The Node-only files
    // beside it are listed in `ignores`, each on purpose.
    files: [
      'main/core.ts',
      'main/pin-kdf.ts',
      'main/random-hex.ts',
      'main/serial-queue.ts',
      'main/authoring/**/*.ts',
      'main/content/**/*.ts',
      'main/ipc/**/*.ts',
      'main/platform/**/*.ts',
      'main/progress/**/*.ts',
      'main/rules/**/*.ts',
      'main/storage/**/*.ts',
      'main/assignments/**/*.ts',
      'main/teacher-mode/**/*.ts',
      'main/web/**/*.ts',
      'content/**/*.ts',
    ],
    ignores: [
      'main/**/*.nodejs.ts', // a capability's desktop implementation, over Node (storage on disk, files by their path)
      'main/**/*.electron.ts', // a capability's Electron implementation (dialogs, PDF printing)
      'main/content/shipped-from-folder.ts', // the desktop reads the shipped sets from disk
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
            { group: ['electron'], message: 'The portable core never imports electron (only main/electron/ and *.electron.ts may).' },
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
            {
              target: features.filter((f) => !f.endsWith('/teacher-mode')),
              from: './renderer/src/teacher-mode',
              message: 'teacher-mode/ (the PIN gate and the router of the teacher pages) sits above the pages it opens: no other feature imports it (their shared frame is shared/TeacherPage.tsx).',
            },
            { target: studentScreens, from: teacherScreens, message: 'A student\'s screen never imports a teacher\'s (assignments/teacher, authoring, teacher-mode).' },
            {
              target: './main/assignments/student-*.ts',
              from: './main/assignments/teacher-*.ts',
              message: 'The student\'s side of assignments never imports the teacher\'s (what is shared sits in content/assignments/).',
            },
            {
              target: [...mainFeatures, './main/core.ts', './main/storage', './main/platform/*/!(*.nodejs|*.electron|*.web).ts'],
              from: ['./main/**/*.nodejs.ts', './main/**/*.electron.ts', './main/**/*.web.ts'],
              message: 'The core and its features use a capability\'s port (main/platform/<capability>/<capability>.ts); only a host (main/services.ts, main/electron/, main/web/, main/window/) picks an implementation (*.nodejs.ts, *.electron.ts, *.web.ts).',
            },
            {
              target: './main/platform',
              from: [...mainFeatures, './main/core.ts', './main/services.ts', './main/storage', './main/window', './main/article-thread'],
              message: 'platform/ is below the core and its features: a capability never imports them (it may import ipc/, content/ and its host\'s glue).',
            },
            { target: './main/platform', from: './main/electron', except: ['./secure-window.ts'], message: 'platform/ takes only the window factory from main/electron/ (the glue imports platform/, not the other way).' },
            { target: './main/platform', from: './main/web', except: ['./worker-protocol.ts'], message: 'platform/ takes only the worker protocol from main/web/ (the host imports platform/, not the other way).' },
          ],
        },
      ],
    },
  },
);
