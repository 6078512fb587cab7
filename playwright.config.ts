import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser-path';

const chromiumUse = {
  browserName: 'chromium' as const,
  viewport: { width: 1400, height: 900 },
  launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    { name: 'chromium', testMatch: 'e2e/**/*.spec.ts', testIgnore: 'e2e/web-host.spec.ts', use: chromiumUse },
    // The web build (dist/web) in Chromium: the core in a worker over IndexedDB, offline via the service worker.
    { name: 'web', testMatch: 'e2e/web-host.spec.ts', use: chromiumUse },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
