/** Keyboard and screen-reader users land on the new screen's heading when the screen changes, and nowhere else. */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { expect, it } from 'vitest';
import { navigate } from '../shared/routes';
import { screenLabel } from './screen-label';
import { useRoute } from './useRoute';
import { useScreenFocus } from './useScreenFocus';

function Screens() {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  useScreenFocus(mainRef, route.screen);
  return (
    <>
      <button type="button">Somewhere else</button>
      <main ref={mainRef}>
        <h1>{screenLabel(route.screen)}</h1>
        <button type="button">A control on the screen</button>
      </main>
    </>
  );
}

it('leaves focus alone when the app opens', () => {
  window.location.hash = '#/library';
  render(<Screens />);
  expect(document.activeElement).toBe(document.body);
});

it('moves focus to the new screen’s heading when the screen changes', () => {
  window.location.hash = '#/library';
  render(<Screens />);
  act(() => screen.getByRole('button', { name: 'Somewhere else' }).focus());

  act(() => navigate({ screen: 'progress' }));
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Progress' }));

  act(() => screen.getByRole('button', { name: 'A control on the screen' }).focus());
  act(() => navigate({ screen: 'teacher' }));
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Teacher' }));
});

function LateScreens({ ready }: { ready: boolean }) {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  useScreenFocus(mainRef, route.screen);
  return (
    <>
      <button type="button">Somewhere else</button>
      <main ref={mainRef}>{route.screen === 'library' || ready ? <h1>{screenLabel(route.screen)}</h1> : <p>Opening {screenLabel(route.screen)}…</p>}</main>
    </>
  );
}

it('moves focus to the heading of a screen whose code arrives after the change', () => {
  window.location.hash = '#/library';
  const { rerender } = render(<LateScreens ready={false} />);
  act(() => screen.getByRole('button', { name: 'Somewhere else' }).focus());
  act(() => navigate({ screen: 'compare' }));
  expect(screen.getByText('Opening Compare…')).toBeTruthy();
  rerender(<LateScreens ready />);
  return waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Compare' })));
});

it('leaves focus where the person put it while the screen was opening', () => {
  window.location.hash = '#/library';
  const { rerender } = render(<LateScreens ready={false} />);
  act(() => navigate({ screen: 'progress' }));
  act(() => screen.getByRole('button', { name: 'Somewhere else' }).focus());
  rerender(<LateScreens ready />);
  screen.getByRole('heading', { name: 'Progress' });
  return waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Somewhere else' })));
});
