/** Addresses: every place in the app has one that leads back to it, and a hostile one leads somewhere safe. */
import { describe, expect, it, vi } from 'vitest';
import { navigate, parseRoute, ROUTE_CHANGED_EVENT, routeToHash, SCREENS, tryParseRoute, type Route } from './routes';

// Ids as the content allows them, and names as a teacher's file or a hand-edited address might carry.
const IDS = ['gaza-2023-24', 'a', '0b7c9e2f', 'café au lait', '100% sure', 'a?b#c&d=e+f', 'x%2Fy', '…', 'מים'];

/** Every place the app can show, in every shape its address can take. */
function everyRoute(): Route[] {
  const routes: Route[] = [{ screen: 'library' }, { screen: 'progress' }, { screen: 'teacher' }, { screen: 'teacher', view: 'new' }, { screen: 'teacher', view: 'new-set' }, { screen: 'exercises' }, { screen: 'compare' }];
  for (const id of IDS) {
    routes.push(
      { screen: 'compare', setId: id },
      { screen: 'compare', setId: id, articles: ['wire', 'paper-2'] },
      { screen: 'exercises', setId: id },
      { screen: 'exercises', setId: id, exerciseId: id },
      { screen: 'exercises', setId: id, family: 'framing' },
      { screen: 'exercises', setId: 's', exerciseId: 'e-1', family: id },
      { screen: 'teacher', assignmentId: id },
      { screen: 'teacher', draftId: id },
      { screen: 'teacher', draftId: id, articleId: id },
      { screen: 'teacher', draftId: id, exerciseId: id },
      { screen: 'assignment', id },
      { screen: 'assignment', id, exerciseId: id },
      { screen: 'print', assignmentId: id },
    );
  }
  return routes;
}

describe('routeToHash and parseRoute', () => {
  it('lead back to the same place from every address the app writes', () => {
    for (const route of everyRoute()) {
      const hash = routeToHash(route);
      expect(hash, JSON.stringify(route)).toMatch(/^#\//u);
      expect(parseRoute(hash), hash).toEqual(route);
      expect(tryParseRoute(hash), hash).toEqual(route);
    }
  });

  it('give each screen of the menu its own address', () => {
    const hashes = SCREENS.map((s) => routeToHash({ screen: s.name }));
    expect(new Set(hashes).size).toBe(SCREENS.length);
    for (const s of SCREENS) expect(parseRoute(routeToHash({ screen: s.name }))).toEqual({ screen: s.name });
  });

  it('send an id no content can have (with a slash) to the Library, not to some other place', () => {
    expect(parseRoute(routeToHash({ screen: 'exercises', setId: 'a/b', exerciseId: 'c' }))).toEqual({ screen: 'library' });
    expect(parseRoute(routeToHash({ screen: 'teacher', draftId: '../x' }))).toEqual({ screen: 'library' });
  });

  it('open the Library for an empty address', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash)).toEqual({ screen: 'library' });
  });

  it('turn a malformed or hostile address into the Library, and never keep it as the place to resume', () => {
    const hostile = [
      '#/compare/%',
      '#/teacher/draft/%E0%A4%A',
      '#/exercises/a%2',
      '#/assignment/%00x',
      '#/compare/a%2Fb',
      '#/teacher/draft/..%2F..%2Fprofiles',
      '#/exercises/set\u0000/x',
      `#/library${'x'.repeat(600)}`,
      'compare/x',
      'javascript:alert(1)',
      'https://example.org/#/teacher',
    ];
    for (const hash of hostile) {
      expect(() => parseRoute(hash), hash).not.toThrow();
      expect(parseRoute(hash), hash).toEqual({ screen: 'library' });
      expect(tryParseRoute(hash), hash).toBeNull();
    }
  });

  it('read an unknown or incomplete address as the nearest place that exists, never a half-made one', () => {
    const cases: Array<[string, Route]> = [
      ['#/nowhere', { screen: 'library' }],
      ['#/__proto__', { screen: 'library' }],
      ['#/assignment', { screen: 'library' }],
      ['#/print/other/x', { screen: 'library' }],
      ['#/print/class-report', { screen: 'library' }],
      ['#/teacher/a', { screen: 'teacher' }],
      ['#/teacher/draft', { screen: 'teacher' }],
      ['#/teacher/draft/d/article', { screen: 'teacher', draftId: 'd' }],
      ['#/teacher/unlocked', { screen: 'teacher' }],
      ['#/compare/s?articles=,,a,,b,', { screen: 'compare', setId: 's', articles: ['a', 'b'] }],
      ['#/compare/s?articles=', { screen: 'compare', setId: 's' }],
      ['#/progress/extra/parts', { screen: 'progress' }],
    ];
    for (const [hash, route] of cases) {
      expect(parseRoute(hash), hash).toEqual(route);
      // What an odd address was read as has an address of its own that reads the same.
      expect(parseRoute(routeToHash(parseRoute(hash))), hash).toEqual(route);
    }
  });
});

describe('navigate', () => {
  it('changes the address and tells the app at once; going where the app already is changes nothing', () => {
    const changed = vi.fn();
    window.addEventListener(ROUTE_CHANGED_EVENT, changed);
    try {
      navigate({ screen: 'exercises', setId: 'flood', exerciseId: 'pick-source' });
      expect(window.location.hash).toBe('#/exercises/flood/pick-source');
      expect(changed).toHaveBeenCalledTimes(1);
      expect(parseRoute(window.location.hash)).toEqual({ screen: 'exercises', setId: 'flood', exerciseId: 'pick-source' });

      navigate({ screen: 'exercises', setId: 'flood', exerciseId: 'pick-source' });
      expect(changed).toHaveBeenCalledTimes(1);
    } finally {
      window.removeEventListener(ROUTE_CHANGED_EVENT, changed);
    }
  });
});
