/**
 * The contract's channels for assignments (issue 6): the teacher PIN, the student's side
 * (opening an assignment, answering, handing in results) and the teacher's side (making and
 * handing out assignments, importing results, the class overview, CSV and PDF). Spread into
 * `channels` in contract.ts. Pure module: no Electron, no Node.
 */
import { z } from 'zod';
import { Id, IsoDate } from '../../content/schema/article-set';
import { Answer } from '../../content/schema/exercise';
import {
  AssignmentFile,
  AssignmentInstructions,
  AssignmentMode,
  AssignmentTitle,
  AttemptsAllowed,
} from '../../content/assignments/assignment-file';
import { MAX_TIME_SPENT_MS, StudentName } from '../../content/assignments/results-file';
import { FILE_PROBLEM_REASONS } from '../../content/assignments/read';
import { ClassOverview } from '../../content/assignments/class-overview-schema';
import { SavedAnswer } from '../../content/assignments/saved-answer';
import { FILE_TOKEN } from './window-events';

const none = z.object({}).strict();
const AssignmentId = z.uuid('an assignment id is a UUID');
/** A file the person picked (double-click, drag and drop), by the token main gave for it; never a path. */
const FileToken = z.string().regex(FILE_TOKEN, 'a file is named by the token Lenses gave when it was picked');

/** A real calendar day, YYYY-MM-DD. */
const DueDate = IsoDate.refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}, 'that day does not exist');

const TeacherStatus = z.object({
  pinSet: z.boolean(),
  unlocked: z.boolean(),
  /** Seconds until another PIN try is allowed after too many wrong ones, or null. */
  retryInSeconds: z.number().int().min(0).nullable(),
  /** Minutes without use after which teacher mode locks itself. */
  idleMinutes: z.number().int().min(1),
  /** Whether a recovery code exists that can set a new PIN. */
  hasRecoveryCode: z.boolean(),
  /** The teacher file is missing or damaged after a PIN was set (teacher mode stays locked): what happened. */
  problem: z.string().nullable(),
});
export type TeacherStatus = z.infer<typeof TeacherStatus>;
/** Shown once, when a PIN is chosen: sets a new PIN if this one is forgotten or the teacher file is lost. */
const WithRecoveryCode = TeacherStatus.extend({ recoveryCode: z.string() });
export const IDLE_MINUTES = [2, 5, 10, 15, 30, 60] as const;
const RecoveryCode = z.string().min(1).max(64);

const Pin = z.string().regex(/^\d{4,12}$/u, 'a PIN is 4 to 12 digits');

const SavedFile = z.object({ saved: z.boolean(), path: z.string().optional() });

const GradeResult = z.object({
  status: z.enum(['correct', 'partial', 'incorrect', 'submitted']),
  score: z.number().min(0).max(1),
  correct: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      correct: z.boolean(),
      feedback: z.string().optional(),
      span: z.object({ block: z.string(), start: z.number(), end: z.number() }).optional(),
    }),
  ),
  summary: z.string(),
});

/** A saved answer as the student's screens get it: the stored one without its first try. */
const SavedAnswerView = z.object(SavedAnswer.shape).omit({ firstAnswer: true });

const StudentAssignmentSummary = z.object({
  id: AssignmentId,
  title: z.string(),
  instructions: z.string(),
  due: IsoDate.nullable(),
  mode: AssignmentMode,
  attemptsAllowed: z.number().int().nullable(),
  exerciseCount: z.number().int(),
  setTitle: z.string(),
  importedAt: z.string(),
  exportedAt: z.string().nullable(),
  progress: z.object({ answered: z.number().int(), total: z.number().int() }),
});

const FileProblemView = z.object({ file: z.string(), message: z.string() });

const TeacherAssignmentSummary = z.object({
  id: AssignmentId,
  title: z.string(),
  mode: AssignmentMode,
  createdAt: z.string(),
  due: IsoDate.nullable(),
  attemptsAllowed: z.number().int().nullable(),
  setId: Id,
  setTitle: z.string(),
  exerciseCount: z.number().int(),
  resultsCount: z.number().int(),
});

const ImportReport = z.object({
  imported: z.array(z.object({ file: z.string(), student: z.string(), assignmentId: AssignmentId })),
  /** `reason` is a sentence for the teacher; `code` says which kind of problem it is. */
  rejected: z.array(z.object({ file: z.string(), reason: z.string(), code: z.enum(FILE_PROBLEM_REASONS) })),
  /** Held beside a file with the same name or the same submission, for the teacher to decide in the overview. */
  held: z.array(z.object({ file: z.string(), student: z.string(), reason: z.string() })).optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

const EntryId = z.string().min(1).max(80);

/** One results file as the teacher sees it: the name as written, with invisible characters shown. */
const SubmissionView = z.object({
  id: EntryId,
  /** The name exactly as in the file. */
  name: z.string(),
  /** The name with invisible and direction characters shown as ⟨U+…⟩. */
  shownName: z.string(),
  /** Mixed scripts, hidden characters or compatibility letters: worth a second look. */
  looksOdd: z.boolean(),
  fileName: z.string(),
  importedAt: z.string(),
  submittedAt: z.string(),
  appVersion: z.string(),
  answered: z.number().int(),
  /** Sum of the teacher copy's grades (graded exercises only). */
  totalScore: z.number(),
});

/** A file held back: shown beside the one it clashes with, for the teacher to keep one, replace, or keep both. */
const HeldView = z.object({
  id: EntryId,
  reason: z.enum(['same-name', 'same-submission']),
  incoming: SubmissionView,
  existing: SubmissionView,
});

export const teacherPinChannels = {
  getTeacherStatus: { input: none, output: TeacherStatus },
  /** Choose the first PIN, or change it while unlocked; answers with a new one-time recovery code. */
  setTeacherPin: { input: z.object({ pin: Pin }).strict(), output: WithRecoveryCode },
  unlockTeacher: { input: z.object({ pin: z.string().max(64) }).strict(), output: TeacherStatus },
  /** A new PIN with the recovery code (wrong codes count like wrong PINs); answers with a new recovery code. */
  recoverTeacherPin: { input: z.object({ code: RecoveryCode, pin: Pin }).strict(), output: WithRecoveryCode },
  lockTeacher: { input: none, output: TeacherStatus },
} as const;

/** Keeping teacher mode open: both refused while it is locked, like every teacher channel. */
export const teacherSessionChannels = {
  /** The teacher is still at work (input on a teacher screen): restarts the idle period. */
  keepTeacherUnlocked: { input: none, output: TeacherStatus },
  setTeacherIdleMinutes: {
    input: z.object({ minutes: z.number().int().refine((m) => (IDLE_MINUTES as readonly number[]).includes(m), `choose one of ${IDLE_MINUTES.join(', ')} minutes`) }).strict(),
    output: TeacherStatus,
  },
} as const;

export const studentAssignmentChannels = {
  /** Pick a .lensesassignment with the open dialog; `assignment` is null when cancelled. */
  openAssignmentFile: {
    input: none,
    output: z.object({ assignment: AssignmentFile.nullable(), alreadyHad: z.boolean() }),
  },
  /** Open one the person picked outside a dialog (double-click, drag and drop), by its token. */
  openAssignmentFromPath: {
    input: z.object({ file: FileToken }).strict(),
    output: z.object({ assignment: AssignmentFile, alreadyHad: z.boolean() }),
  },
  listAssignments: {
    input: none,
    output: z.object({ assignments: z.array(StudentAssignmentSummary), problems: z.array(FileProblemView) }),
  },
  getAssignment: {
    input: z.object({ id: AssignmentId }).strict(),
    output: z.object({ assignment: AssignmentFile, answers: z.record(Id, SavedAnswerView), exportedAt: z.string().nullable() }),
  },
  /** One try at an exercise: stored durably, counted against attemptsAllowed, graded in practice mode. */
  saveAssignmentAnswer: {
    input: z
      .object({
        assignmentId: AssignmentId,
        exerciseId: Id,
        answer: Answer,
        /** Time spent on this try. */
        timeSpentMs: z.number().int().min(0).max(MAX_TIME_SPENT_MS),
      })
      .strict(),
    output: z.object({
      saved: SavedAnswerView,
      /** Tries left for this exercise, or null for no limit. */
      attemptsLeft: z.number().int().min(0).nullable(),
      /** The grade in practice mode; null in assessment mode. */
      grade: GradeResult.nullable(),
    }),
  },
  exportResults: {
    input: z.object({ assignmentId: AssignmentId, studentName: StudentName }).strict(),
    output: SavedFile,
  },
} as const;

export const teacherAssignmentChannels = {
  createAssignment: {
    input: z
      .object({
        title: AssignmentTitle,
        instructions: AssignmentInstructions.default(''),
        setId: Id,
        articleIds: z.array(Id).min(1, 'choose at least one article').max(200),
        /** In the order the students will see them. */
        exerciseIds: z.array(Id).min(1, 'choose at least one exercise').max(500),
        due: DueDate.nullable(),
        attemptsAllowed: AttemptsAllowed,
        mode: AssignmentMode,
      })
      .strict(),
    output: z.object({ id: AssignmentId }),
  },
  listTeacherAssignments: {
    input: none,
    output: z.object({ assignments: z.array(TeacherAssignmentSummary), problems: z.array(FileProblemView) }),
  },
  exportAssignment: { input: z.object({ id: AssignmentId }).strict(), output: SavedFile },
  /** Pick results files with the open dialog (several at once). */
  importResults: { input: z.object({ assignmentId: AssignmentId }).strict(), output: ImportReport },
  /**
   * Import results files or folders of them that the person picked (by token). Without `assignmentId`, each file goes to the
   * assignment it names (used when a results file is opened from the operating system).
   */
  importResultsFromPaths: {
    input: z.object({ assignmentId: AssignmentId.optional(), files: z.array(FileToken).min(1).max(5000) }).strict(),
    output: ImportReport,
  },
  getClassOverview: { input: z.object({ assignmentId: AssignmentId }).strict(), output: ClassOverview },
  exportClassCsv: { input: z.object({ assignmentId: AssignmentId }).strict(), output: SavedFile },
  /** Save the class report as PDF (Electron only: prints the renderer's print view). */
  printClassReport: { input: z.object({ assignmentId: AssignmentId }).strict(), output: SavedFile },
  /** Every results file in, and every file held back, as the teacher judges them. */
  listSubmissions: {
    input: z.object({ assignmentId: AssignmentId }).strict(),
    output: z.object({ submissions: z.array(SubmissionView), held: z.array(HeldView) }),
  },
  /** Decide on a held file: keep the one already in, replace it with the held one, or keep both. */
  resolveHeldResults: {
    input: z.object({ assignmentId: AssignmentId, heldId: EntryId, keep: z.enum(['existing', 'incoming', 'both']) }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  /** Remove an imported results file from the class overview. */
  removeImportedResults: {
    input: z.object({ assignmentId: AssignmentId, entryId: EntryId }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
} as const;

export const assignmentErrorCodes = ['wrong-pin', 'locked', 'attempts-used', 'bad-file', 'conflict', 'unavailable'] as const;
