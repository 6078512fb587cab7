/**
 * What passes between main and the preload outside the contract's calls: the IPC channel string of
 * a call, the events main pushes (menu commands, files the operating system asked to open) and the
 * preload's request for a dropped file's token. Its own module, re-exported by contract.ts, so the
 * preload takes these few small schemas without the contract's (scripts/build-main.mjs), and in
 * zod's tree-shakable form (zod/mini), without the rest of zod: the preload checks what main
 * sends, and no person reads these schemas' messages. Pure.
 */
import * as z from 'zod/mini';
import type { ChannelName } from './contract';

/** The IPC channel string used on the wire for a contract call. */
export const ipcChannel = (name: ChannelName): string => `lenses:${name}`;

/** How a file token looks: 32 lower-case hex digits. */
export const FILE_TOKEN = /^[0-9a-f]{32}$/u;
/** A file token as main sends it with a file to open (the contract's FileToken, assignment-channels.ts, words its failures for people). */
const SentFileToken = z.string().check(z.regex(FILE_TOKEN));

/** Events main pushes to the renderer (menu commands, files opened from the OS). */
export const MenuCommand = z.enum([
  'open-assignment',
  'go-library',
  'go-compare',
  'go-exercises',
  'go-progress',
  'go-teacher',
  'show-about',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;
export const MENU_EVENT = 'lenses:menu-command';

/**
 * A Lenses file the operating system asked to open (double-click, "Open with", command line), by
 * the token main gave it (never its path), with its name for messages. The renderer answers with
 * `openAssignmentFromPath` or, for results, `importResultsFromPaths`.
 */
export const OpenFileRequest = z.strictObject({ file: SentFileToken, name: z.string().check(z.maxLength(1000)), kind: z.enum(['assignment', 'results']) });
export type OpenFileRequest = z.infer<typeof OpenFileRequest>;
export const OPEN_FILE_EVENT = 'lenses:open-file';
/** The preload asks main for a token for a file the person dropped (not part of the contract: the page cannot call it). */
export const GRANT_FILE_CHANNEL = 'lenses:grant-dropped-file';
