import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../../main/ipc/contract';
import { getLenses } from '../shared/lenses';
import { navigate, type Route } from '../shared/routes';

const MENU_ROUTES: Partial<Record<MenuCommand, Route>> = {
  'go-library': { screen: 'library' },
  'go-compare': { screen: 'compare' },
  'go-exercises': { screen: 'exercises' },
  'go-progress': { screen: 'progress' },
  'go-teacher': { screen: 'teacher' },
};

/** The app menu's commands that go to a screen, and "About Lenses" (whether its dialog is open). "Open an assignment file…" is useOpenedFiles'. */
export function useMenuCommands(): { about: boolean; closeAbout: () => void } {
  const [about, setAbout] = useState(false);
  useEffect(() => {
    if (!window.lenses) return;
    return getLenses().onMenuCommand((command) => {
      const target = MENU_ROUTES[command];
      if (target) navigate(target);
      if (command === 'show-about') setAbout(true);
    });
  }, []);
  return { about, closeAbout: () => setAbout(false) };
}
