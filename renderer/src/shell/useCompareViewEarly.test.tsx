/**
 * Opening Compare asks main for the set's view at once, before the screen's code is in, and the
 * screen then gets that same answer without asking again; other screens ask for nothing.
 */
import { render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { installFakeLenses } from '../../../tests/support/fake-lenses';
import { forgetArticleSets, loadCompareView } from '../shared/contentCache';
import type { Route } from '../shared/routes';
import { useCompareViewEarly } from './useCompareViewEarly';

function Shell({ route }: { route: Route | null }) {
  useCompareViewEarly(route);
  return null;
}

afterEach(() => forgetArticleSets());

it('asks for the set when Compare opens, once, and the screen gets that answer', async () => {
  // Main is still working on it when the screen asks.
  const lenses = installFakeLenses({ getCompareView: () => new Promise(() => {}) });
  const view = render(<Shell route={{ screen: 'library' }} />);
  expect(lenses.getCompareView).not.toHaveBeenCalled();

  view.rerender(<Shell route={{ screen: 'compare', setId: 'flood' }} />);
  expect(lenses.getCompareView).toHaveBeenCalledWith({ id: 'flood' });
  void loadCompareView('flood'); // what the screen does when its code is in
  expect(lenses.getCompareView).toHaveBeenCalledTimes(1);
});

it('asks for nothing for Compare without a set, or with no screen shown', () => {
  const lenses = installFakeLenses({ getCompareView: async () => ({ view: '{}' }) });
  const view = render(<Shell route={{ screen: 'compare' }} />);
  view.rerender(<Shell route={null} />);
  expect(lenses.getCompareView).not.toHaveBeenCalled();
});
