/**
 * The first screen's questions go to main together as the shell first draws, and the code that needs them gets
 * those answers instead of asking again; anything asked later, or after the content cache was
 * dropped (another profile), goes to main afresh.
 */
import { afterEach, expect, it } from 'vitest';
import { installFakeLenses } from '../../../tests/support/fake-lenses';
import { forgetArticleSets } from './contentCache';
import { askFirstQuestions, takeFirst } from './firstRequests';

const noSets = { sets: [], problems: [] };

afterEach(() => {
  // Whatever a test left untaken is taken here, so the next test starts with none.
  void takeFirst('getCurrentProfile', async () => null);
  void takeFirst('listArticleSets', async () => noSets);
  window.location.hash = '';
});

it('opening on the Library, asks who is studying and for the sets at once; each answer is used once', async () => {
  window.location.hash = '#/library';
  const lenses = installFakeLenses({ getCurrentProfile: async () => null, listArticleSets: async () => noSets });
  askFirstQuestions();
  expect(lenses.getCurrentProfile).toHaveBeenCalledTimes(1);
  expect(lenses.listArticleSets).toHaveBeenCalledTimes(1);

  await expect(takeFirst('listArticleSets', () => lenses.listArticleSets({}))).resolves.toEqual(noSets);
  await expect(takeFirst('getCurrentProfile', () => lenses.getCurrentProfile({}))).resolves.toBeNull();
  expect(lenses.listArticleSets).toHaveBeenCalledTimes(1);
  expect(lenses.getCurrentProfile).toHaveBeenCalledTimes(1);

  // Asked again (a retry, the Library opened later): main is asked.
  await takeFirst('listArticleSets', () => lenses.listArticleSets({}));
  expect(lenses.listArticleSets).toHaveBeenCalledTimes(2);
});

it('opening on another screen, asks only who is studying', () => {
  window.location.hash = '#/progress';
  const lenses = installFakeLenses({ getCurrentProfile: async () => null });
  askFirstQuestions();
  expect(lenses.getCurrentProfile).toHaveBeenCalledTimes(1);
  expect(lenses.listArticleSets).not.toHaveBeenCalled();
});

it('does not use the sets asked at start once the content cache was dropped (another profile signed in)', async () => {
  window.location.hash = '#/library';
  const first = { sets: [], problems: [{ file: 'old.json', message: 'seen by the profile before' }] };
  const lenses = installFakeLenses({ getCurrentProfile: async () => null, listArticleSets: async () => first });
  askFirstQuestions();
  forgetArticleSets();
  await expect(takeFirst('listArticleSets', async () => noSets)).resolves.toEqual(noSets);
  expect(lenses.listArticleSets).toHaveBeenCalledTimes(1);
});
