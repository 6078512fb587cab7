/**
 * Saving a draft as a set: once saved, the screens read the new version (not the copy cached this
 * session) and the draft shows its saved version; otherwise the teacher reads what stopped it.
 */
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftView } from '../../../main/ipc/authoring-channels';
import { installFakeLenses } from '../../../tests/support/fake-lenses';
import { fixtureDraft } from '../../../tests/support/renderer-draft';
import { fixtureExercises, fixtureSet } from '../../../tests/support/renderer-fixtures';
import { forgetArticleSets, loadArticleSet } from '../shared/contentCache';
import { useSaveSet } from './useSaveSet';

const draft = fixtureDraft({ savedVersion: 4 });
const afterSaving: DraftView = { draft, preview: { set: null, exercises: [], problems: [] } };

function setup() {
  const setView = vi.fn<(view: DraftView) => void>();
  const hook = renderHook(() => useSaveSet('d1', setView));
  return { setView, current: () => hook.result.current, save: () => act(() => hook.result.current.save()) };
}

beforeEach(() => forgetArticleSets());

describe('useSaveSet', () => {
  it('once saved, gives the set and version, reads the draft again, and forgets the copy of the set read before', async () => {
    const lenses = installFakeLenses({
      saveDraftAsSet: async () => ({ saved: true, setId: 'flood', version: 4 }),
      getDraft: async () => afterSaving,
      getArticleSet: async () => ({ set: fixtureSet, exercises: fixtureExercises }),
    });
    await loadArticleSet('flood');
    const { setView, current, save } = setup();
    await save();
    expect(lenses.saveDraftAsSet).toHaveBeenCalledWith({ draftId: 'd1' });
    expect(current()).toMatchObject({ saved: { setId: 'flood', version: 4 }, problems: null });
    expect(setView).toHaveBeenCalledWith(afterSaving);
    await loadArticleSet('flood');
    expect(lenses.getArticleSet).toHaveBeenCalledTimes(2);
  });

  it('lists what stopped saving, and clears it when a later save succeeds', async () => {
    let problems: string[] | null = ['The article “Wire report” has no confirmed details.'];
    installFakeLenses({
      saveDraftAsSet: async () => (problems ? { saved: false, problems } : { saved: true, setId: 'flood', version: 5 }),
      getDraft: async () => afterSaving,
    });
    const { setView, current, save } = setup();
    await save();
    expect(current()).toMatchObject({ saved: null, problems: ['The article “Wire report” has no confirmed details.'] });
    expect(setView).not.toHaveBeenCalled();

    problems = null;
    await save();
    expect(current()).toMatchObject({ saved: { setId: 'flood', version: 5 }, problems: null });
  });

  it('words a refusal from main as the one problem', async () => {
    installFakeLenses({
      saveDraftAsSet: async () => {
        throw new Error("Error invoking remote method 'saveDraftAsSet': UserFacingError: There is no room left on the disk.");
      },
    });
    const { current, save } = setup();
    await save();
    expect(current()).toMatchObject({ saved: null, problems: ['There is no room left on the disk.'] });
  });
});
