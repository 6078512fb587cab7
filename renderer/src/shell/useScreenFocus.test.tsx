/** Keyboard and screen-reader users land on the new screen's heading when the screen changes, and nowhere else. */
import { act, render, screen } from '@testing-library/react';
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
