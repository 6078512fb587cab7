/** The renderer's only door to main: the contract object the preload exposes. */
import type { LensesApi } from '../../../main/ipc/contract';

declare global {
  interface Window {
    lenses?: LensesApi;
  }
}

export function getLenses(): LensesApi {
  const api = window.lenses;
  if (!api) {
    throw new Error('Lenses could not reach its storage. Start it from the desktop app (npm start) rather than opening the page directly.');
  }
  return api;
}

/** A readable message from anything thrown by a contract call. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/^Error invoking remote method '[^']+': (\w+Error: )?/u, '');
  return String(error);
}
