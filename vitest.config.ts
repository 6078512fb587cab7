import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects, one run: the Node unit tests (tests/unit) and the renderer's tests, which sit beside
// the file they test (renderer/src/**/x.test.ts[x]) and run in happy-dom with @testing-library/react.
export default defineConfig({
  test: {
    pool: 'forks',
    // Vitest's default leaves one core free, so on a 2-core CI machine every file ran one after
    // another (most of a file's time is loading it, not its tests): use at least two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'renderer', include: ['renderer/src/**/*.test.{ts,tsx}'], environment: 'happy-dom', setupFiles: ['tests/support/renderer-setup.ts'] } },
    ],
  },
});
