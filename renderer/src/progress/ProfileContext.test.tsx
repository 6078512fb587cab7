/**
 * When a student's unfinished answer (a draft) is saved: the first change after a pause at once,
 * then, while typing goes on, only the last text, once typing has paused for a moment; and at once
 * when the student leaves: the page hidden or closed, or signing out. Fake timers stand in for the
 * pause; the fake `window.lenses` records each save.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelInput } from '../../../main/ipc/contract';
import { installFakeLenses, signedInStudent, type FakeLenses } from '../../../tests/support/fake-lenses';
import { fixtureExercise, fixtureExercises, fixtureSet } from '../../../tests/support/renderer-fixtures';
import { ExercisesScreen } from '../exercises/ExercisesScreen';
import { forgetArticleSets } from '../shared/contentCache';
import { ProfileProvider, useProfile } from './ProfileContext';

const written = fixtureExercise('written');
function SignOutButton() {
  const { signOut } = useProfile();
  return (
    <button type="button" onClick={() => void signOut()}>
      Sign out
    </button>
  );
}

/** Opens the written exercise signed in, waits for it, then lets the test drive the clock. */
async function openWritten(): Promise<{ lenses: FakeLenses; box: HTMLElement; leaveScreen: () => void }> {
  const lenses = installFakeLenses(
    signedInStudent({
      getArticleSet: async () => ({ set: fixtureSet, exercises: fixtureExercises }),
      closeProfile: async () => ({ ok: true }),
    }),
  );
  const page = (screenHere: boolean) => (
    <ProfileProvider>
      <SignOutButton />
      {screenHere && <ExercisesScreen route={{ screen: 'exercises', setId: 'flood', exerciseId: written.id }} />}
    </ProfileProvider>
  );
  const view = render(page(true));
  const box = await screen.findByRole('textbox', { name: 'Your answer' });
  // Only the timers: a faked performance clock would start at 0, behind the time the exercise opened.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return { lenses, box, leaveScreen: () => view.rerender(page(false)) };
}

/** Each draft save so far, as the text it saved for the exercise (null: the draft deleted). */
function draftSaves(lenses: FakeLenses): Array<string | null> {
  return lenses.saveResumeState.mock.calls
    .map(([patch]: [ChannelInput<'saveResumeState'>]) => patch.drafts)
    .filter((drafts) => drafts !== undefined)
    .map((drafts) => {
      const draft = drafts[written.id];
      return draft && draft.type === 'written' ? draft.text : null;
    });
}

/** Types one more character, as a keystroke does: the textarea's value changes. */
function typeTo(box: HTMLElement, text: string) {
  fireEvent.change(box, { target: { value: text } });
}

const pause = (ms: number) => act(() => vi.advanceTimersByTime(ms));

beforeEach(() => forgetArticleSets());

describe('saving drafts', () => {
  it('saves the first keystroke at once, nothing more while typing goes on, and the last text after a quiet moment', async () => {
    const { lenses, box } = await openWritten();
    typeTo(box, 'I');
    expect(draftSaves(lenses)).toEqual(['I']);

    for (const text of ['It', 'It ', 'It h', 'It hi', 'It hid', 'It hide', 'It hides']) {
      await pause(100);
      typeTo(box, text);
    }
    // Eight keystrokes in 0.7 s: still the one save.
    expect(draftSaves(lenses)).toEqual(['I']);
    await pause(200);
    expect(draftSaves(lenses)).toEqual(['I']);
    await pause(50);
    expect(draftSaves(lenses)).toEqual(['I', 'It hides']);

    // A pause long enough for nothing: no save with nothing new.
    await pause(5_000);
    expect(draftSaves(lenses)).toEqual(['I', 'It hides']);
    // After the pause, the next keystroke is saved at once again.
    typeTo(box, 'It hides who');
    expect(draftSaves(lenses)).toEqual(['I', 'It hides', 'It hides who']);
  });

  it('saves what was typed at once when the page is closed or hidden', async () => {
    const { lenses, box } = await openWritten();
    typeTo(box, 'N');
    await pause(100);
    typeTo(box, 'No');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(draftSaves(lenses)).toEqual(['N', 'No']);

    await pause(1_000);
    typeTo(box, 'No a');
    await pause(100);
    typeTo(box, 'No agent');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    visibility.mockRestore();
    expect(draftSaves(lenses)).toEqual(['N', 'No', 'No a', 'No agent']);
    // Saved once: the pause that follows has nothing left to save.
    await pause(1_000);
    expect(draftSaves(lenses)).toHaveLength(4);
  });

  it('saves what was typed to the student’s profile before signing out closes it', async () => {
    const { lenses, box } = await openWritten();
    typeTo(box, 'W');
    await pause(100);
    typeTo(box, 'Who');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await act(async () => {
      await vi.waitFor(() => expect(lenses.closeProfile).toHaveBeenCalled());
    });
    expect(draftSaves(lenses)).toEqual(['W', 'Who']);
    const lastDraftSave = Math.max(...lenses.saveResumeState.mock.invocationCallOrder);
    expect(lastDraftSave).toBeLessThan(lenses.closeProfile.mock.invocationCallOrder[0]!);
  });

  it('still saves the last text after the pause when the student moves to another screen', async () => {
    const { lenses, box, leaveScreen } = await openWritten();
    typeTo(box, 'T');
    await pause(100);
    typeTo(box, 'The agent');
    leaveScreen();
    expect(screen.queryByRole('textbox', { name: 'Your answer' })).toBeNull();
    await pause(250);
    expect(draftSaves(lenses)).toEqual(['T', 'The agent']);
  });

  it('deletes the draft at once when the answer is submitted', async () => {
    const { lenses, box } = await openWritten();
    typeTo(box, 'It names no one');
    fireEvent.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(draftSaves(lenses)).toEqual(['It names no one', null]);
    await pause(1_000);
    expect(draftSaves(lenses)).toEqual(['It names no one', null]);
  });
});
