/**
 * A screen whose code loads later: once its code is in, it is drawn at once, with no "Opening…"
 * (React.lazy would suspend on its first drawing even then, and React holds a suspended screen back
 * for up to 300 ms); opened before, it shows the loading message, then the screen, which keeps what
 * the student did as it is drawn again.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { expect, it } from 'vitest';
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
  <Suspense fallback={<p role="status">Opening…</p>}>
    <Screen title={title} />
  </Suspense>
);

it('draws a screen whose code is already in at once, with no loading message', async () => {
  const notes = screenLoadedLater(async () => Notes);
  await notes.preload();

  render(opened(notes.Screen, 'Compare'));
  expect(screen.getByRole('heading', { name: 'Compare' })).toBeTruthy();
  expect(screen.queryByRole('status')).toBeNull();
});

it('shows a loading message until the code is in, then the screen, which keeps what the student did as it is drawn again', async () => {
  const notes = screenLoadedLater(async () => Notes);

  const view = render(opened(notes.Screen, 'Compare'));
  expect(screen.getByRole('status').textContent).toBe('Opening…');
  await userEvent.type(await screen.findByRole('textbox', { name: 'Note' }), 'seen');
  expect(screen.queryByRole('status')).toBeNull();

  view.rerender(opened(notes.Screen, 'Compare: flood'));
  expect(screen.getByRole('heading', { name: 'Compare: flood' })).toBeTruthy();
  expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('seen');
});
