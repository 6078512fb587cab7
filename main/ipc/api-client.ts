/**
 * Builds the `window.lenses` object from a transport. The preload passes `ipcRenderer.invoke`;
 * the browser test harness passes a binding to the same handlers running in Node. Only the
 * transport differs. Must stay free of imports beyond the contract's constants, so that it
 * bundles small into the sandboxed preload.
 */
import { channelNames, type ChannelName, type Envelope, type LensesApi, type MenuCommand, type OpenFileRequest } from './contract';

export type Transport = (channel: ChannelName, input: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (listener: (command: MenuCommand) => void) => () => void;
type SubscribeOpenFile = (listener: (request: OpenFileRequest) => void) => () => void;

/** What only the preload can give: files opened by the operating system, tokens for dropped files. */
export interface HostExtras {
  subscribeOpenFile: SubscribeOpenFile;
  fileToken(file: File): Promise<string | null>;
}

const noHostExtras: HostExtras = { subscribeOpenFile: () => () => {}, fileToken: async () => null };

class LensesCallError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'LensesCallError';
  }
}

export function createLensesApi(transport: Transport, subscribe: Subscribe, extras: HostExtras = noHostExtras): LensesApi {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    api[name] = async (input: unknown) => {
      const envelope = await transport(name, input ?? {});
      if (envelope.ok) return envelope.value;
      // Error objects lose custom fields across contextBridge; keep the code in the message prefix-free
      // field `code` for same-world callers and the readable text in `message`.
      throw new LensesCallError(envelope.error.message, envelope.error.code);
    };
  }
  api.onMenuCommand = (listener: (command: MenuCommand) => void) => subscribe(listener);
  api.onOpenFile = (listener: (request: OpenFileRequest) => void) => extras.subscribeOpenFile(listener);
  api.fileToken = (file: File) => extras.fileToken(file);
  return Object.freeze(api) as LensesApi;
}
