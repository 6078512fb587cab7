/**
 * The tab's check of what the worker sends, by hand rather than with the zod schemas of
 * main/web/worker-protocol.ts: the page starts without zod (about 30 KB gzipped less to load
 * before the app shows). The worker, where the core runs, checks every message from a tab with
 * the zod schemas. A unit test holds this check to the schemas on the same samples.
 */
import type { CoreState, FileRequest, WorkerMessage } from '../../main/web/worker-protocol';

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const hasOnly = (o: Data, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const isString = (v: unknown): v is string => typeof v === 'string';
const STATES: readonly CoreState[] = ['starting', 'waiting-for-other-tab', 'ready', 'failed'];

function isFilters(v: unknown): boolean {
  return Array.isArray(v) && v.every((f) => isObject(f) && hasOnly(f, ['name', 'extensions']) && isString(f.name) && Array.isArray(f.extensions) && f.extensions.every(isString));
}

function isFileRequest(v: unknown): v is FileRequest {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'save':
      return hasOnly(v, ['kind', 'title', 'defaultName', 'filters', 'content']) && isString(v.title) && isString(v.defaultName) && v.defaultName !== '' && isFilters(v.filters) && isString(v.content);
    case 'open':
      return hasOnly(v, ['kind', 'title', 'filters', 'multiple']) && isString(v.title) && isFilters(v.filters) && typeof v.multiple === 'boolean';
    case 'print':
      return hasOnly(v, ['kind', 'assignmentId', 'title', 'defaultName']) && isString(v.assignmentId) && v.assignmentId !== '' && isString(v.title) && isString(v.defaultName);
    default:
      return false;
  }
}

function isEnvelope(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.ok === true) return hasOnly(v, ['ok', 'value']) && 'value' in v;
  return v.ok === false && hasOnly(v, ['ok', 'error']) && isObject(v.error) && hasOnly(v.error, ['code', 'message']) && isString(v.error.code) && isString(v.error.message);
}

/** The message, or null when it is not one the worker sends. */
export function readWorkerMessage(data: unknown): WorkerMessage | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'result':
      return hasOnly(data, ['type', 'id', 'envelope']) && isId(data.id) && isEnvelope(data.envelope) ? (data as WorkerMessage) : null;
    case 'file-request':
      return hasOnly(data, ['type', 'id', 'request']) && isId(data.id) && isFileRequest(data.request) ? (data as WorkerMessage) : null;
    case 'status':
      return hasOnly(data, ['type', 'state', 'message']) && STATES.includes(data.state as CoreState) && (data.message === undefined || isString(data.message)) ? (data as WorkerMessage) : null;
    case 'profile-changed':
      return hasOnly(data, ['type']) ? (data as WorkerMessage) : null;
    default:
      return null;
  }
}
