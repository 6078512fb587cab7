import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser-path';
import type { Host } from './tests/e2e/fixtures';

const chromium = {
  browserName: 'chromium' as const,
  viewport: { width: 1400, height: 900 },
  launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
};

export default defineConfig<{ host: Host }>({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results/playwright',
  // Every test starts from its own browser context and empty storage, so the tests of one file
  // can share out between the workers as well.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  projects: [
    // The same browser suite against both hosts of the one core.
    {
      name: 'chromium',
      testMatch: 'e2e/**/*.spec.ts',
      testIgnore: ['e2e/web-*.spec.ts'],
      use: { ...chromium, host: 'desktop' },
    },
    {
      name: 'web',
      testMatch: 'e2e/**/*.spec.ts',
      // The desktop's application menu: a browser has none.
      testIgnore: ['e2e/desktop-*.spec.ts'],
      // Tests that exercise nothing host-specific beyond what a sibling test already runs on both
      // hosts (each such test says which); they run on the desktop host only.
      grepInvert: /@one-host/,
      use: { ...chromium, host: 'web' },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
