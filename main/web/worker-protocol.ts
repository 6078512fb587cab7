/**
 * The messages between a Lenses tab and the worker that runs the core in the browser (the web
 * build's stand-in for Electron's IPC). Both sides check every message against these schemas and
 * drop what does not fit. Pure: no DOM beyond the `File` objects a picked file arrives as.
 *
 * - page → worker: `call` (a contract call; answered by `result` with the same id),
 *   `file-answer` (the answer to a `file-request`), `bye` (the tab is going away).
 * - worker → page: `result`, `file-request` (save as a download, pick files, print the class
 *   report — in the tab that made the call), `status` (starting, waiting for another tab, ready,
 *   failed), `profile-changed` (another tab switched the profile).
 */
import { z } from 'zod';
import { ErrorCode, type ChannelName, type Envelope } from '../ipc/contract';

/** Call and request ids: small non-negative integers, unique per sender. */
const MessageId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

const FileFilter = z.object({ name: z.string(), extensions: z.array(z.string()) }).strict();

/** A file the person picked in the tab: the browser's File object, read in the worker on demand. */
const PickedFileObject = z.custom<File>((value) => typeof File !== 'undefined' && value instanceof File, 'a picked file');

export const FileRequest = z.discriminatedUnion('kind', [
  /** Offer `content` (UTF-8) as a download named `defaultName`. */
  z.object({ kind: z.literal('save'), title: z.string(), defaultName: z.string().min(1), filters: z.array(FileFilter), content: z.string() }).strict(),
  /** Ask the person for files (a file picker, or a file dropped on the window just before). */
  z.object({ kind: z.literal('open'), title: z.string(), filters: z.array(FileFilter), multiple: z.boolean() }).strict(),
  /** Show the class report's print view and the browser's print dialog. */
  z.object({ kind: z.literal('print'), assignmentId: z.string().min(1), title: z.string(), defaultName: z.string() }).strict(),
]);
export type FileRequest = z.infer<typeof FileRequest>;

export const FileAnswer = z.discriminatedUnion('kind', [
  /** `path` says where the file went, in words ("your downloads (x.json)"). */
  z.object({ kind: z.literal('saved'), saved: z.boolean(), path: z.string().optional() }).strict(),
  /** An empty list when the person cancelled. */
  z.object({ kind: z.literal('opened'), files: z.array(PickedFileObject) }).strict(),
  z.object({ kind: z.literal('printed') }).strict(),
  /** The tab could not do it (no download support, the print view never got ready). */
  z.object({ kind: z.literal('failed'), message: z.string() }).strict(),
]);
export type FileAnswer = z.infer<typeof FileAnswer>;

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string() }).strict() }).strict(),
]);

const CallMessage = z.object({ type: z.literal('call'), id: MessageId, channel: z.string().min(1).max(100), input: z.unknown() }).strict();
const FileAnswerMessage = z.object({ type: z.literal('file-answer'), id: MessageId, answer: FileAnswer }).strict();
const ByeMessage = z.object({ type: z.literal('bye') }).strict();

/** Everything a tab may send the worker. */
export const PageMessage = z.discriminatedUnion('type', [CallMessage, FileAnswerMessage, ByeMessage]);
export type PageMessage = z.infer<typeof PageMessage>;

export const CoreState = z.enum(['starting', 'waiting-for-other-tab', 'ready', 'failed']);
export type CoreState = z.infer<typeof CoreState>;

const ResultMessage = z.object({ type: z.literal('result'), id: MessageId, envelope: EnvelopeSchema }).strict();
const FileRequestMessage = z.object({ type: z.literal('file-request'), id: MessageId, request: FileRequest }).strict();
const StatusMessage = z.object({ type: z.literal('status'), state: CoreState, message: z.string().optional() }).strict();
const ProfileChangedMessage = z.object({ type: z.literal('profile-changed') }).strict();

/** Everything the worker may send a tab. */
export const WorkerMessage = z.discriminatedUnion('type', [ResultMessage, FileRequestMessage, StatusMessage, ProfileChangedMessage]);
export type WorkerMessage = z.infer<typeof WorkerMessage>;

/** Calls after which every other tab must show the profile that is now current (the core has one). */
export const PROFILE_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>(['createProfile', 'openProfile', 'closeProfile']);

/** Typed for callers; `Envelope` from the contract is what `result` carries. */
export type ResultEnvelope = Envelope<unknown>;

/** The Web Lock the core holds while it has the storage open (one core per origin). */
export const CORE_LOCK_NAME = 'lenses-core';
/** The IndexedDB database the web build keeps everything in. */
export const WEB_DATABASE_NAME = 'lenses';
