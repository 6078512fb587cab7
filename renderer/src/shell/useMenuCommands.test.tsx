/** The app menu's "go to" items open their screen; "About Lenses" opens the About dialog, and Close closes it. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { installFakeLenses, sendMenuCommand } from '../../../tests/support/fake-lenses';
import { AboutDialog } from './AboutDialog';
import { screenLabel } from './screen-label';
import { useMenuCommands } from './useMenuCommands';
import { useRoute } from './useRoute';

function Menu() {
  const route = useRoute();
  const { about, closeAbout } = useMenuCommands();
  return (
    <>
      <h1>{screenLabel(route.screen)}</h1>
      {about && <AboutDialog onClose={closeAbout} />}
    </>
  );
}

it('goes to the screen a menu item names', () => {
  installFakeLenses({});
  window.location.hash = '#/library';
  render(<Menu />);

  act(() => sendMenuCommand('go-progress'));
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Progress');
  expect(window.location.hash).toBe('#/progress');

  act(() => sendMenuCommand('go-compare'));
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Compare');

  act(() => sendMenuCommand('go-library'));
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Library');
});

it('opens About Lenses from the menu, and closes it', async () => {
  installFakeLenses({ getAppInfo: async () => ({ name: 'Lenses', version: '1.0.0', host: 'electron' }) });
  render(<Menu />);
  expect(screen.queryByRole('dialog')).toBeNull();

  act(() => sendMenuCommand('show-about'));
  const about = await screen.findByRole('dialog', { name: 'About Lenses' });
  expect(about.textContent).toContain('Everything stays on this computer');

  await userEvent.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('dialog')).toBeNull();
});
