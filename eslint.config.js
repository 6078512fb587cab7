import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
);
