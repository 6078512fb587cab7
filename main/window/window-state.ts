/**
 * Window size and position, remembered between runs. Plain module over a JSON file in the
 * user-data folder; the Electron glue passes in the displays' work areas.
 */
import { z } from 'zod';
import { readJsonFile, writeJsonFileAtomic } from '../storage/json-file';
import { createNodeStorage } from '../platform/storage/storage.nodejs';

export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
export const MIN_WINDOW = { width: 720, height: 520 } as const;

export const WINDOW_STATE_FILE = 'window-state.json';

/**
 * Keep a remembered window usable: it must fit and be mostly visible on one of today's displays
 * (a laptop unplugged from its projector is the usual case); otherwise it is centred by the OS.
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  const largest = workAreas.reduce<Rect | null>((a, b) => (a && a.width * a.height >= b.width * b.height ? a : b), null);
  const width = Math.max(MIN_WINDOW.width, Math.min(state.width, largest?.width ?? state.width));
  const height = Math.max(MIN_WINDOW.height, Math.min(state.height, largest?.height ?? state.height));
  const sized: WindowState = { ...state, width, height };
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const visible = workAreas.some((area) => {
    const overlapW = Math.min(state.x! + width, area.x + area.width) - Math.max(state.x!, area.x);
    const overlapH = Math.min(state.y! + height, area.y + area.height) - Math.max(state.y!, area.y);
    return overlapW >= Math.min(200, width) && overlapH >= Math.min(100, height);
  });
  return visible ? sized : { width, height, maximized: state.maximized };
}

export async function loadWindowState(userDataDir: string, workAreas: Rect[]): Promise<WindowState> {
  const read = await readJsonFile(createNodeStorage(userDataDir), WINDOW_STATE_FILE, WindowState);
  return fitToDisplays(read.ok ? read.value : DEFAULT_WINDOW_STATE, workAreas);
}

export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await writeJsonFileAtomic(createNodeStorage(userDataDir), WINDOW_STATE_FILE, WindowState.parse(state));
}
