/**
 * A student's two reading screens have their code fetched once the first screen is drawn: Compare's
 * once that screen is painted, the exercises' when the page is idle after that; so opening them
 * later shows them at once instead of "Opening…". Not before: nothing on the way to the first
 * screen waits for them. The screens
 * themselves are stand-ins here; what is tested is when their code is in.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

vi.mock('../compare/CompareScreen', () => ({ CompareScreen: () => <h1>Compare</h1> }));
vi.mock('../exercises/ExercisesScreen', () => ({ ExercisesScreen: () => <h1>Exercises</h1> }));

type Screens = typeof import('./screens');
let screens: Screens;
/** The work the page was asked to do when idle, run when the test says the page is idle. */
let idleWork: Array<() => void>;
/** The work asked for at the next frame, run when the test says a frame is painted. */
let frameWork: Array<() => void>;

beforeEach(async () => {
  vi.resetModules();
  screens = await import('./screens');
  idleWork = [];
  frameWork = [];
  vi.stubGlobal('requestIdleCallback', (work: () => void) => idleWork.push(work));
  vi.stubGlobal('cancelIdleCallback', () => {});
  vi.stubGlobal('requestAnimationFrame', (work: () => void) => frameWork.push(work));
  vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => {
  cleanup(); // before the idle callbacks go: unmounting cancels the one asked for
  vi.unstubAllGlobals();
});

function FirstScreen({ drawn }: { drawn: boolean }) {
  screens.usePreloadReadingScreens(drawn);
  return null;
}

/** The next frame is painted: what waited for it runs in a task of its own just after. */
async function framePainted() {
  await act(async () => {
    for (const work of frameWork.splice(0)) work();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await vi.dynamicImportSettled();
  });
}

async function pageGoesIdle() {
  await act(async () => {
    for (const work of idleWork.splice(0)) work();
    await vi.dynamicImportSettled();
  });
}

/** The screens' code, asked for when they were opened, comes in. */
const codeArrives = () => act(() => vi.dynamicImportSettled());

/** What the student sees the moment they open the two reading screens. */
function openReadingScreens() {
  const { CompareScreen, ExercisesScreen } = screens;
  return render(
    <>
      <Suspense fallback={<p role="status">Opening Compare…</p>}>
        <CompareScreen route={{ screen: 'compare' }} />
      </Suspense>
      <Suspense fallback={<p role="status">Opening Exercises…</p>}>
        <ExercisesScreen route={{ screen: 'exercises' }} />
      </Suspense>
    </>,
  );
}

it('fetches Compare once the first screen is painted and the exercises when the page is idle after, so they open at once', async () => {
  render(<FirstScreen drawn />);
  await framePainted();
  await pageGoesIdle();

  openReadingScreens();
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Exercises' })).toBeTruthy();
  expect(screen.queryByRole('status')).toBeNull();
});

it("fetches Compare's code without waiting for the page to be idle, and the exercises' only once Compare is in and the page is idle", async () => {
  render(<FirstScreen drawn />);
  await framePainted();

  openReadingScreens();
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('Opening Exercises…');
  await codeArrives();
});

it('fetches nothing before the first screen is painted, even when the page is idle', async () => {
  render(<FirstScreen drawn />);
  await pageGoesIdle();

  openReadingScreens();
  expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['Opening Compare…', 'Opening Exercises…']);
  await codeArrives();
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Exercises' })).toBeTruthy();
});

it('fetches nothing while the first screen is not drawn yet (a profile still to choose)', async () => {
  render(<FirstScreen drawn={false} />);
  await framePainted();
  await pageGoesIdle();

  openReadingScreens();
  expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['Opening Compare…', 'Opening Exercises…']);
  await codeArrives();
});
