/**
 * The one contract between the renderer and main: every call the renderer may make, with its
 * argument and result schemas, and every event main may push. The preload exposes exactly this
 * list (as `window.lenses`), main validates every argument against it before acting, and the
 * renderer's types come from it. Pure module: no Electron, no Node, no DOM.
 */
import { z } from 'zod';
import { ArticleSet, Id, IsoDate } from '../../content/schema/article-set';
import { Exercise } from '../../content/schema/exercise';
import {
  AttemptInput,
  AttemptRecord,
  ImportFileResult,
  Pin,
  Profile,
  ProfileId,
  ProfileName,
  ProgressSummary,
  ResumePatch,
  ResumeState,
  StorageStatus,
} from '../../content/progress/progress-schemas';
import { authoringChannels } from './authoring-channels';
import { studentAssignmentChannels, teacherAssignmentChannels, teacherPinChannels, teacherSessionChannels, assignmentErrorCodes } from './assignment-channels';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Where the handlers run: the Electron main process, or a test harness around the same handlers. */
  host: z.enum(['electron', 'test-harness', 'web']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const SetSummary = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  topic: z.string(),
  version: z.number(),
  articleCount: z.number(),
  exerciseCount: z.number(),
  /** The span of the articles' (exact or inferred) dates, or null when none is known. */
  dateRange: z.object({ earliest: IsoDate, latest: IsoDate }).nullable(),
  undatedArticles: z.number(),
  /** Shipped with the app, or made by a teacher on this computer. */
  origin: z.enum(['shipped', 'teacher']),
});
export type SetSummary = z.infer<typeof SetSummary>;

const ContentProblem = z.object({ file: z.string(), id: z.string().optional(), message: z.string() });
type ContentProblem = z.infer<typeof ContentProblem>;

const none = z.object({}).strict();

/**
 * Left out for the open profile while one of its assessments uses them and is not handed in:
 * those exercises (their answer keys) and the highlights of those articles.
 */
const Withheld = z.object({ assessments: z.array(z.string()), exerciseIds: z.array(Id), articleIds: z.array(Id) });

/** Every call the renderer may make. Add a channel here and nowhere else. */
export const channels = {
  getAppInfo: { input: none, output: AppInfo },
  listArticleSets: {
    input: none,
    output: z.object({ sets: z.array(SetSummary), problems: z.array(ContentProblem) }),
  },
  getArticleSet: {
    input: z.object({ id: Id }).strict(),
    output: z.object({
      set: ArticleSet,
      exercises: z.array(Exercise),
      withheld: Withheld.optional(),
    }),
  },
  /**
   * What the Compare screen shows of a set (content/logic/compare-view.ts: the set without its
   * exercises, with every article's highlight spans), as one JSON text prepared once per content
   * version; read it with `parseCompareView`. Withholds exactly as getArticleSet does.
   */
  getCompareView: {
    input: z.object({ id: Id }).strict(),
    output: z.object({ view: z.string(), withheld: Withheld.optional() }),
  },

  // ——— Profiles and progress (main/progress). One current profile per window. ———
  listProfiles: { input: none, output: z.object({ profiles: z.array(Profile) }) },
  /** Creates the profile and makes it the current one. */
  createProfile: { input: z.object({ name: ProfileName, pin: Pin.optional() }).strict(), output: Profile },
  /** Makes the profile current. A profile with a PIN needs it ('wrong-pin'; 'too-many-tries' after 5 wrong). */
  openProfile: { input: z.object({ profileId: ProfileId, pin: Pin.optional() }).strict(), output: Profile },
  closeProfile: { input: none, output: z.object({ ok: z.literal(true) }) },
  getCurrentProfile: { input: none, output: Profile.nullable() },
  /** Needs a current profile ('no-profile'). Always keeps the attempt; `storage` says whether it is on disk yet. */
  recordAttempt: { input: AttemptInput, output: z.object({ attempt: AttemptRecord, storage: StorageStatus }) },
  getProgress: { input: none, output: ProgressSummary },
  getResumeState: { input: none, output: ResumeState },
  /** Merges: fields not given are kept; a draft set to null is deleted. */
  saveResumeState: { input: ResumePatch, output: z.object({ resume: ResumeState, storage: StorageStatus }) },
  /** The old journal is set aside (renamed), not deleted. */
  resetProgress: { input: z.object({ confirm: z.literal(true) }).strict(), output: z.object({ removed: z.number().int() }) },
  exportProgress: { input: none, output: z.object({ saved: z.boolean(), path: z.string().optional() }) },
  /** Merges attempts by id into the current profile; importing the same file twice adds nothing. */
  importProgress: { input: none, output: z.object({ files: z.array(ImportFileResult) }) },
  /** Also retries anything waiting to be written. */
  getStorageStatus: { input: none, output: StorageStatus },
  ...teacherPinChannels,
  ...teacherSessionChannels,
  ...studentAssignmentChannels,
  ...teacherAssignmentChannels,
  ...authoringChannels,
} as const;

type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export const channelNames = Object.keys(channels) as ChannelName[];

/**
 * The one rule for teacher mode: every channel in these groups is refused while teacher mode is
 * locked (core.ts wraps each such handler with `teacherOnly`, main/rules/teacher-only.ts). A channel added to one of these
 * groups is guarded without further code; tests/unit/teacher-lock.test.ts walks the list.
 */
export const teacherOnlyChannels: ReadonlySet<ChannelName> = new Set(
  Object.keys({ ...teacherSessionChannels, ...teacherAssignmentChannels, ...authoringChannels }) as ChannelName[],
);

/**
 * The calls whose handler may ask the person for a file: a save, a file picker, printing. Only
 * these handlers are given the caller (main/ipc/caller.ts), so only they can ask, and the host
 * asks the tab or window that made the call.
 */
export const fileChannels = [
  'exportProgress',
  'importProgress',
  'openAssignmentFile',
  'exportResults',
  'exportAssignment',
  'exportClassCsv',
  'importResults',
  'printClassReport',
  'addArticlesFromFiles',
] as const satisfies readonly ChannelName[];
export type FileChannel = (typeof fileChannels)[number];

/** The IPC channel string of a call, and the events outside the calls (their own module, for the preload). */
export { ipcChannel, MenuCommand, MENU_EVENT, OpenFileRequest, OPEN_FILE_EVENT, GRANT_FILE_CHANNEL } from './window-events';
import type { MenuCommand, OpenFileRequest } from './window-events';

export const ErrorCode = z.enum([
  'invalid-arguments',
  'unknown-channel',
  'not-found',
  'storage',
  'internal',
  'untrusted-sender',
  /** A progress call was made with no profile open. */
  'no-profile',
  /** Too many wrong PINs: the profile is refused for a while. */
  'too-many-tries',
  /** A profile with that name (ignoring case) exists. */
  'name-taken',
  // The teacher and assignment codes, among them 'wrong-pin' for profile and teacher PINs alike, and
  // 'unavailable': the feature is not available in this host (e.g. file dialogs outside Electron).
  ...assignmentErrorCodes,
]);

export type ErrorCode = z.infer<typeof ErrorCode>;

/** What crosses the wire: results are wrapped so that a readable message always reaches the renderer. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** The object the preload exposes as `window.lenses`. */
export type LensesApi = {
  [C in ChannelName]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenFile(listener: (request: OpenFileRequest) => void): () => void;
  /** A token for a file dropped on the window (for openAssignmentFromPath / importResultsFromPaths); null outside the desktop app. */
  fileToken(file: File): Promise<string | null>;
};
