/** Run before each renderer test file (vitest.config.ts, project "renderer"): a clean page after every test. */
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => {
  cleanup();
  delete window.lenses;
  window.location.hash = '';
  vi.useRealTimers();
});
