/** A screen opened without a set goes to the first set, unless the person has gone elsewhere meanwhile. */
import { act, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { installFakeLenses } from '../../../tests/support/fake-lenses';
import type { SetSummary } from '../../../main/ipc/contract';
import { OpenFirstSet } from './OpenFirstSet';

const harbour: SetSummary = {
  id: 'harbour-fares',
  title: 'Harbour fares',
  description: 'Reports on the ferry fares.',
  topic: 'Transport',
  version: 1,
  articleCount: 2,
  exerciseCount: 3,
  dateRange: null,
  undatedArticles: 2,
  origin: 'shipped',
};

/** The Library's list, answered when the test says so. */
function slowSets() {
  let answer: () => void = () => {};
  const arrived = new Promise<{ sets: SetSummary[]; problems: never[] }>((resolve) => {
    answer = () => resolve({ sets: [harbour], problems: [] });
  });
  installFakeLenses({ listArticleSets: () => arrived });
  return { answer: () => act(async () => answer()) };
}

afterEach(() => {
  window.location.hash = '';
});

it('goes to the first set once the sets are listed', async () => {
  window.location.hash = '#/compare';
  const sets = slowSets();
  render(<OpenFirstSet screen="compare" title="Compare" />);
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  await sets.answer();
  expect(window.location.hash).toBe('#/compare/harbour-fares');
});

it('stays where the person went if they followed a link before the sets were listed', async () => {
  window.location.hash = '#/compare';
  const sets = slowSets();
  render(<OpenFirstSet screen="compare" title="Compare" />);
  // A link followed: the address changes at once, and the shell hears of it a moment later (this
  // screen is still drawn when the list arrives).
  window.location.hash = '#/exercises';
  await sets.answer();
  expect(window.location.hash).toBe('#/exercises');
});
