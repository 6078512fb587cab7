/**
 * A screen whose code loads later: once its code is in, it is drawn at once, with no "Opening…";
 * opened before, it says it is opening, then shows the screen (without suspending, so React does not
 * hold it back), which keeps what the student did as it is drawn again. Code that fails to load
 * reaches the screen's error boundary, and opening it again tries again.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../shared/ErrorBoundary';
import { screenLoadedLater } from './screen-loader';

function Notes({ title }: { title: string }) {
  const [note, setNote] = useState('');
  return (
    <section>
      <h1>{title}</h1>
      <textarea aria-label="Note" value={note} onChange={(e) => setNote(e.target.value)} />
    </section>
  );
}

const opened = (Screen: (props: { title: string }) => React.ReactNode, title: string) => (
  <ErrorBoundary where="Compare">
    <Screen title={title} />
  </ErrorBoundary>
);

it('draws a screen whose code is already in at once, with no loading message', async () => {
  const notes = screenLoadedLater(async () => Notes, 'Compare');
  await notes.preload();

  render(opened(notes.Screen, 'Compare'));
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(screen.queryByRole('status')).toBeNull();
});

it('shows a loading message until the code is in, then the screen, which keeps what the student did as it is drawn again', async () => {
  const notes = screenLoadedLater(async () => Notes, 'Compare');

  const view = render(opened(notes.Screen, 'Compare'));
  expect(screen.getByRole('status').textContent).toBe('Opening Compare…');
  await userEvent.type(await screen.findByRole('textbox', { name: 'Note' }), 'seen');
  expect(screen.queryByRole('status')).toBeNull();

  view.rerender(opened(notes.Screen, 'Compare: flood'));
  expect(screen.getByRole('heading', { name: 'Compare: flood' })).toBeTruthy();
  expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('seen');
});

it('shows the error boundary when the code fails to load, and tries again when asked', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  let tries = 0;
  const notes = screenLoadedLater(async () => {
    tries += 1;
    if (tries === 1) throw new Error('Failed to fetch dynamically imported module');
    return Notes;
  }, 'Compare');

  render(opened(notes.Screen, 'Compare'));
  expect((await screen.findByRole('alert')).textContent).toContain('Something went wrong in Compare');
  await act(() => userEvent.click(screen.getByRole('button', { name: 'Try again' })));
  expect(await screen.findByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(tries).toBe(2);
  vi.restoreAllMocks();
});
