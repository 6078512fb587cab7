import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../main/menu';

const strip = (label?: string) => label?.replace(/&/g, '');

function find(template: MenuItemConstructorOptions[], top: string, item: string) {
  const menu = template.find((m) => strip(m.label) === top);
  const sub = menu?.submenu as MenuItemConstructorOptions[];
  return sub.find((i) => strip(i.label) === item);
}

describe('application menu', () => {
  it('has File, Edit, View, Go and Help on Windows and Linux', () => {
    const t = buildMenuTemplate({ send: vi.fn(), openUserDataFolder: vi.fn(), quit: vi.fn() }, 'linux');
    expect(t.map((m) => strip(m.label))).toEqual(['File', 'Edit', 'View', 'Go', 'Help']);
  });

  it('adds the app menu on macOS', () => {
    const t = buildMenuTemplate({ send: vi.fn(), openUserDataFolder: vi.fn(), quit: vi.fn() }, 'darwin');
    expect(strip(t[0]!.label)).toBe('Lenses');
  });

  it('Go items send navigation commands to the window, with shortcuts', () => {
    const send = vi.fn();
    const t = buildMenuTemplate({ send, openUserDataFolder: vi.fn(), quit: vi.fn() }, 'win32');
    const compare = find(t, 'Go', 'Compare');
    expect(compare?.accelerator).toBe('CmdOrCtrl+2');
    (compare?.click as () => void)();
    expect(send).toHaveBeenCalledWith('go-compare');
    (find(t, 'Help', 'About Lenses')?.click as () => void)();
    expect(send).toHaveBeenCalledWith('show-about');
  });

  it('File > Open Assignment… asks the window to open an assignment, with Ctrl/Cmd+O', () => {
    const send = vi.fn();
    const t = buildMenuTemplate({ send, openUserDataFolder: vi.fn(), quit: vi.fn() }, 'linux');
    const open = find(t, 'File', 'Open Assignment…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    (open?.click as () => void)();
    expect(send).toHaveBeenCalledWith('open-assignment');
  });
});
