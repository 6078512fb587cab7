/**
 * Opening Compare asks main for the set's view at once, before the screen's code is in (and, when
 * the address changes, before the shell has drawn the new route), and the screen then gets that
 * same answer without asking again; a link to Compare that is pointed at, pressed or reached with
 * the keyboard asks too. An answer asked for before the content cache was dropped is not used.
 * Other screens ask for nothing.
 */
import { act, fireEvent, render } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { installFakeLenses } from '../../../tests/support/fake-lenses';
import { forgetArticleSets, loadCompareView } from '../shared/contentCache';
import { navigate, ROUTE_CHANGED_EVENT, type Route } from '../shared/routes';
import { useCompareViewEarly } from './useCompareViewEarly';

const preloadCode = vi.fn();

function Shell({ route, children }: { route: Route | null; children?: React.ReactNode }) {
  useCompareViewEarly(route, preloadCode);
  return <>{children}</>;
}

/** The student follows a link: the address changes, and the browser says so a task later. */
function addressChangesTo(hash: string) {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

const viewOf = (title: string) => ({ view: JSON.stringify({ set: { title }, highlights: {}, words: {} }) });

afterEach(() => {
  forgetArticleSets();
  preloadCode.mockClear();
  window.location.hash = '';
});

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

it('asks for the set and the code as the address changes, before the shell draws the new route', () => {
  const lenses = installFakeLenses({ getCompareView: () => new Promise(() => {}) });
  const view = render(<Shell route={{ screen: 'library' }} />);

  addressChangesTo('#/compare/flood');
  expect(lenses.getCompareView).toHaveBeenCalledWith({ id: 'flood' });
  expect(preloadCode).toHaveBeenCalled();

  // Then the shell draws the route, and the screen asks: nothing more goes to main.
  view.rerender(<Shell route={{ screen: 'compare', setId: 'flood' }} />);
  void loadCompareView('flood');
  expect(lenses.getCompareView).toHaveBeenCalledTimes(1);
});

it('asks before the shell’s own listener follows the address (React draws that route at once)', () => {
  const lenses = installFakeLenses({ getCompareView: () => new Promise(() => {}) });
  const askedFirst: boolean[] = [];
  function RoutedShell() {
    // Like the shell's useRoute, called first, listening from an effect. In the browser, React
    // draws the route that listener sets (a discrete event) before the next listener runs.
    useEffect(() => {
      const follow = () => askedFirst.push(lenses.getCompareView.mock.calls.length > 0);
      window.addEventListener('hashchange', follow);
      window.addEventListener(ROUTE_CHANGED_EVENT, follow);
      return () => {
        window.removeEventListener('hashchange', follow);
        window.removeEventListener(ROUTE_CHANGED_EVENT, follow);
      };
    }, []);
    useCompareViewEarly({ screen: 'library' }, preloadCode);
    return null;
  }
  render(<RoutedShell />);
  addressChangesTo('#/compare/flood');
  navigate({ screen: 'compare', setId: 'other' });
  expect(askedFirst).toEqual([true, true]);
  expect(lenses.getCompareView.mock.calls).toEqual([[{ id: 'flood' }], [{ id: 'other' }]]);
});

it('asks as the browser starts the navigation, where it says so (Navigation API), before the address changes', () => {
  const lenses = installFakeLenses({ getCompareView: () => new Promise(() => {}) });
  const navigation = new EventTarget();
  vi.stubGlobal('navigation', navigation);
  try {
    render(<Shell route={{ screen: 'library' }} />);
    const navigating = Object.assign(new Event('navigate'), { destination: { url: `${window.location.origin}/index.html#/compare/flood` } });
    navigation.dispatchEvent(navigating);
    expect(lenses.getCompareView).toHaveBeenCalledWith({ id: 'flood' });
    expect(preloadCode).toHaveBeenCalled();
  } finally {
    vi.unstubAllGlobals();
  }
});

it('asks when the app itself changes the route to Compare (navigate), in the same event', () => {
  const lenses = installFakeLenses({ getCompareView: () => new Promise(() => {}) });
  render(<Shell route={{ screen: 'library' }} />);
  navigate({ screen: 'compare', setId: 'flood', articles: ['a1'] });
  expect(lenses.getCompareView).toHaveBeenCalledWith({ id: 'flood' });
  expect(lenses.getCompareView).toHaveBeenCalledTimes(1);
});

it('asks when a link to Compare is pointed at, pressed or focused, once per set', () => {
  const lenses = installFakeLenses({ getCompareView: () => new Promise(() => {}) });
  const view = render(
    <Shell route={{ screen: 'library' }}>
      <a href="#/compare/flood">Compare</a>
      <a href="#/exercises/flood">Exercises</a>
      <a href="#/compare">Compare (nav)</a>
    </Shell>,
  );
  fireEvent.pointerOver(view.getByText('Exercises'));
  expect(lenses.getCompareView).not.toHaveBeenCalled();
  expect(preloadCode).not.toHaveBeenCalled();

  fireEvent.pointerOver(view.getByText('Compare (nav)'));
  expect(preloadCode).toHaveBeenCalled(); // the code, with no set to ask for
  expect(lenses.getCompareView).not.toHaveBeenCalled();

  const link = view.getByText('Compare');
  fireEvent.pointerOver(link);
  expect(lenses.getCompareView).toHaveBeenCalledWith({ id: 'flood' });
  fireEvent.pointerDown(link);
  fireEvent.focusIn(link);
  fireEvent.pointerOver(link);
  expect(lenses.getCompareView).toHaveBeenCalledTimes(1);
});

it('does not use an answer asked for before the content cache was dropped', async () => {
  let answer = 0;
  const lenses = installFakeLenses({ getCompareView: async () => viewOf(`answer ${++answer}`) });
  const view = render(
    <Shell route={{ screen: 'library' }}>
      <a href="#/compare/flood">Compare</a>
    </Shell>,
  );
  fireEvent.pointerOver(view.getByText('Compare'));
  addressChangesTo('#/compare/flood');
  expect(lenses.getCompareView).toHaveBeenCalledTimes(1);

  // Another profile signs in (or an assignment opens) before the screen takes the answer.
  forgetArticleSets();
  const shown = await loadCompareView('flood');
  expect(lenses.getCompareView).toHaveBeenCalledTimes(2);
  expect(shown.view.set.title).toBe('answer 2');

  // Pointing at the link again after the drop asks again (its earlier answer may no longer hold).
  forgetArticleSets();
  await act(async () => fireEvent.pointerOver(view.getByText('Compare')));
  expect(lenses.getCompareView).toHaveBeenCalledTimes(3);
});

it('asks for nothing for Compare without a set, or with no screen shown', () => {
  const lenses = installFakeLenses({ getCompareView: async () => ({ view: '{}' }) });
  const view = render(
    <Shell route={{ screen: 'compare' }}>
      <a href="#/compare/flood">Compare</a>
    </Shell>,
  );
  view.rerender(
    <Shell route={null}>
      <a href="#/compare/flood">Compare</a>
    </Shell>,
  );
  addressChangesTo('#/compare/flood');
  fireEvent.pointerDown(view.getByText('Compare'));
  expect(lenses.getCompareView).not.toHaveBeenCalled();
  expect(preloadCode).not.toHaveBeenCalled();
});
