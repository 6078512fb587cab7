/**
 * Compare stays as the student left it while they visit another screen (the same set, what they
 * did on it), but starts afresh once the profile changes or the content cache is dropped (an
 * assignment opened, a set saved), so a kept screen never shows what a profile may no longer see.
 * A stand-in Compare with a note box shows whether the screen was kept: typed text survives only
 * on a kept screen.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity, useState } from 'react';
import { expect, it } from 'vitest';
import { forgetArticleSets } from '../shared/contentCache';
import { navigate, type Route } from '../shared/routes';
import { useKeptCompare } from './useKeptCompare';
import { useRoute } from './useRoute';

function StandInCompare({ route }: { route: Extract<Route, { screen: 'compare' }> }) {
  const [note, setNote] = useState('');
  return (
    <section aria-label={`Compare ${route.setId ?? ''}`}>
      <textarea aria-label="Note" value={note} onChange={(e) => setNote(e.target.value)} />
    </section>
  );
}

function Shell({ profileId }: { profileId: string | null }) {
  const route = useRoute();
  const kept = useKeptCompare(route, profileId);
  return (
    <>
      {route.screen !== 'compare' && <h1>{route.screen}</h1>}
      {kept && (
        <Activity mode={route.screen === 'compare' ? 'visible' : 'hidden'}>
          <StandInCompare route={kept.route} />
        </Activity>
      )}
    </>
  );
}

/** Opens Compare on the flood set and types a note there, then goes to the Library. */
async function leaveNoteOnCompare(profileId: string | null) {
  window.location.hash = '#/compare/flood';
  const view = render(<Shell profileId={profileId} />);
  await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'seen');
  act(() => navigate({ screen: 'library' }));
  expect(screen.queryByRole('textbox', { name: 'Note' })).toBeNull();
  return view;
}

const noteOnCompare = () => (screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value;

it('keeps Compare as the student left it while they visit another screen', async () => {
  await leaveNoteOnCompare('p-ana');
  act(() => navigate({ screen: 'progress' }));

  act(() => navigate({ screen: 'compare', setId: 'flood' }));
  expect(noteOnCompare()).toBe('seen');
});

it('starts Compare afresh after the profile changed', async () => {
  const view = await leaveNoteOnCompare('p-ana');
  view.rerender(<Shell profileId="p-ben" />);

  act(() => navigate({ screen: 'compare', setId: 'flood' }));
  expect(noteOnCompare()).toBe('');
});

it('starts Compare afresh after the content cache was dropped', async () => {
  await leaveNoteOnCompare('p-ana');
  act(() => forgetArticleSets());

  act(() => navigate({ screen: 'compare', setId: 'flood' }));
  expect(noteOnCompare()).toBe('');
});
