/**
 * Run before each renderer test file (vitest.config.ts, project "renderer"). Testing Library sets
 * these up itself only where the test functions are globals; here they are imported.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { takeWrongCalls } from './fake-lenses';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

// React checks that every update in a test happens inside act() (Testing Library's events and waits do).
beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
});

// A clean page after every test, and the test fails for any call to the fake lenses it refused.
afterEach(() => {
  cleanup();
  delete window.lenses;
  window.location.hash = '';
  vi.useRealTimers();
  const wrong = takeWrongCalls();
  if (wrong.length > 0) throw new Error(`The screen made calls the fake lenses refused:\n${wrong.join('\n')}`);
});
