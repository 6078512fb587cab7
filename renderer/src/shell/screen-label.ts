import { SCREENS, type Route } from '../shared/routes';

/** A screen's name as the window title, the loading message and the error message call it. */
export function screenLabel(screen: Route['screen']): string {
  return SCREENS.find((s) => s.name === screen)?.label ?? (screen === 'assignment' ? 'Assignment' : screen === 'print' ? 'Class report' : 'Lenses');
}
