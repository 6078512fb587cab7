/**
 * Compare's font warm-up lays its pieces out one a frame from the first paint, without waiting
 * for the page to be idle (a Library busy drawing its sets had no idle period before a student
 * could already be on the way to Compare), and stops once Compare is the address.
 */
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { CompareFontWarmup } from './FontWarmup';

const frames = new Map<number, FrameRequestCallback>();
let lastFrame = 0;

beforeEach(() => {
  vi.useFakeTimers();
  frames.clear();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set((lastFrame += 1), callback);
    return lastFrame;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  // The page is never idle: an idle callback would never run.
  vi.stubGlobal('requestIdleCallback', () => 0);
  vi.stubGlobal('cancelIdleCallback', () => {});
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** One frame: its callbacks, then the tasks they queued. */
function nextFrame() {
  act(() => {
    const due = [...frames.values()];
    frames.clear();
    for (const callback of due) callback(performance.now());
    vi.runOnlyPendingTimers();
  });
}

const pieces = (container: HTMLElement) => container.querySelector('.font-warmup')?.children.length ?? 0;

it('lays out one more piece each frame while the page is never idle, then leaves nothing behind', () => {
  const { container } = render(<CompareFontWarmup ready />);
  expect(pieces(container)).toBe(0);
  nextFrame();
  expect(pieces(container)).toBe(1);
  nextFrame();
  expect(pieces(container)).toBe(2);
  for (let i = 0; i < 20; i += 1) nextFrame();
  expect(container.querySelector('.font-warmup')).toBeNull();
  // Hidden from everyone while it is there.
  expect(container.innerHTML).toBe('');
});

it('stops when Compare becomes the address, and draws nothing before it is ready', () => {
  const { container, rerender } = render(<CompareFontWarmup ready={false} />);
  nextFrame();
  expect(pieces(container)).toBe(0);
  rerender(<CompareFontWarmup ready />);
  nextFrame();
  expect(pieces(container)).toBe(1);
  const warmup = container.querySelector('.font-warmup');
  expect(warmup?.getAttribute('aria-hidden')).toBe('true');
  rerender(<CompareFontWarmup ready={false} />);
  for (let i = 0; i < 5; i += 1) nextFrame();
  expect(pieces(container)).toBe(1);
});
