/**
 * A student's two reading screens, Compare and the exercises, have their code fetched once the
 * first screen is drawn and the page is idle, so opening them later shows them at once instead of
 * "Opening…". Not before: nothing on the way to the first screen waits for them. The screens
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

beforeEach(async () => {
  vi.resetModules();
  screens = await import('./screens');
  idleWork = [];
  vi.stubGlobal('requestIdleCallback', (work: () => void) => idleWork.push(work));
  vi.stubGlobal('cancelIdleCallback', () => {});
});
afterEach(() => {
  cleanup(); // before the idle callbacks go: unmounting cancels the one asked for
  vi.unstubAllGlobals();
});

function FirstScreen({ drawn }: { drawn: boolean }) {
  screens.usePreloadReadingScreens(drawn);
  return null;
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

it('fetches Compare and the exercises once the first screen is drawn and the page is idle, so they open at once', async () => {
  render(<FirstScreen drawn />);
  await pageGoesIdle();
  await pageGoesIdle();

  openReadingScreens();
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Exercises' })).toBeTruthy();
  expect(screen.queryByRole('status')).toBeNull();
});

it('fetches the exercises only once Compare is in and the page is idle again, so a student heading for Compare does not wait beside them', async () => {
  render(<FirstScreen drawn />);
  await pageGoesIdle();

  openReadingScreens();
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('Opening Exercises…');
  await codeArrives();
});

it('fetches nothing before the page is idle', async () => {
  render(<FirstScreen drawn />);
  await vi.dynamicImportSettled();

  openReadingScreens();
  expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['Opening Compare…', 'Opening Exercises…']);
  await codeArrives();
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Exercises' })).toBeTruthy();
});

it('fetches nothing while the first screen is not drawn yet (a profile still to choose)', async () => {
  render(<FirstScreen drawn={false} />);
  await pageGoesIdle();

  openReadingScreens();
  expect(screen.getAllByRole('status').map((s) => s.textContent)).toEqual(['Opening Compare…', 'Opening Exercises…']);
  await codeArrives();
});
