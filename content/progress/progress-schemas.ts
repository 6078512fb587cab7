/**
 * The shapes progress calls take and return (profiles, resume state, summary, storage status),
 * used by the IPC contract and by the modules behind it. Pure module: zod only.
 */
import { z } from 'zod';
import { isWellFormedRoute, MAX_ROUTE_LENGTH } from '../logic/app-route';
import { Id, IsoDate } from '../schema/article-set';
import { Answer, Family } from '../schema/exercise';
import { AttemptFields, AttemptRecord, IsoDateTime, ProfileId } from './attempt-record';

export { AttemptRecord, ProfileId };

/** A display name: trimmed, 1–40 characters, no control characters. */
export const ProfileName = z
  .string()
  .trim()
  .min(1, 'a name must not be empty')
  .max(40, 'a name is at most 40 characters')
  .regex(/^[^\p{Cc}]*$/u, 'a name cannot contain control characters');

export const Pin = z.string().regex(/^[0-9]{4}$/, 'a PIN is exactly 4 digits');

export const Profile = z.object({
  id: ProfileId,
  name: z.string(),
  hasPin: z.boolean(),
  createdAt: IsoDateTime,
  lastUsedAt: IsoDateTime,
});
export type Profile = z.infer<typeof Profile>;

export const StorageStatus = z.object({
  /** False while something could not be written (it is kept in memory and retried). */
  ok: z.boolean(),
  /**
   * With ok false: why saving failed and what happens now. With ok true: a notice worth showing
   * once, e.g. that a damaged part of the progress was set aside.
   */
  message: z.string().optional(),
  /** Items (attempts, the resume state) kept in memory and not yet on disk. */
  pending: z.number().int().min(0),
});
export type StorageStatus = z.infer<typeof StorageStatus>;

/** The attempt as the renderer reports it; main adds id, profile and submission time. */
export const AttemptInput = z.object(AttemptFields).strict();
export type AttemptInput = z.infer<typeof AttemptInput>;

// ——— resume state ———

/** An app route, e.g. "#/exercises/gaza-2023-24/attr-3". */
const Route = z
  .string()
  .max(MAX_ROUTE_LENGTH, `a route is at most ${MAX_ROUTE_LENGTH} characters`)
  .regex(/^#\//u, 'a route starts with "#/"')
  .refine(isWellFormedRoute, 'the address is malformed');
/** A draft's key: the exercise id, or "set-id/exercise-id" where ids repeat across sets. */
const DraftKey = z.string().max(130).regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/u, 'a draft is keyed by exercise id');
export const MAX_DRAFTS = 500;

const HighlightLayers = z.object({ attribution: z.boolean(), numbers: z.boolean(), framing: z.boolean() }).strict();
type HighlightLayers = z.infer<typeof HighlightLayers>;

export const ResumeState = z
  .object({
    route: Route.nullable(),
    drafts: z.record(DraftKey, Answer),
    ui: HighlightLayers,
  })
  .strict();
export type ResumeState = z.infer<typeof ResumeState>;

export const ResumePatch = z
  .object({
    route: Route.optional(),
    /** Drafts to set; null deletes that draft. Drafts not named are left as they are. */
    drafts: z.record(DraftKey, Answer.nullable()).optional(),
    ui: HighlightLayers.partial().strict().optional(),
  })
  .strict();
export type ResumePatch = z.infer<typeof ResumePatch>;

// ——— summary ———

export const ExerciseProgress = z.object({
  setId: Id,
  exerciseId: Id,
  /** Null when the exercise is no longer in the shipped sets. */
  family: Family.nullable(),
  attempts: z.number().int(),
  bestScore: z.number(),
  lastScore: z.number(),
  /** Right in the end: some attempt was right. */
  correctEver: z.boolean(),
  lastAttemptAt: IsoDateTime,
  /** The first try of the latest sitting (a sitting ends with a right answer; see progress-summary.ts). */
  firstTryScore: z.number(),
  firstTryCorrect: z.boolean(),
  /** Tries so far in a sitting not yet right (0 when the latest attempt was right). */
  openTries: z.number().int(),
});
export type ExerciseProgress = z.infer<typeof ExerciseProgress>;

export const FamilyProgress = z.object({
  family: Family,
  /** Exercises of this family in the shipped sets. */
  totalExercises: z.number().int(),
  attemptedExercises: z.number().int(),
  /** Exercises of this family answered correctly at least once: right in the end. */
  correctExercises: z.number().int(),
  /** Exercises of this family right on the first try (of the latest sitting). */
  firstTryExercises: z.number().int(),
  /**
   * Mean first-try score over the family's shipped exercises (0 for one not tried); null when there
   * are none. Retries do not raise it: it is what the student can do without feedback.
   */
  mastery: z.number().nullable(),
});
export type FamilyProgress = z.infer<typeof FamilyProgress>;

export const SetProgress = z.object({
  setId: Id,
  title: z.string(),
  /** Exercises with a correct attempt or a best score of at least 0.8. */
  completed: z.number().int(),
  /** Exercises right on the first try (of the latest sitting). */
  firstTry: z.number().int(),
  total: z.number().int(),
});
export type SetProgress = z.infer<typeof SetProgress>;

export const RecentAttempt = z.object({
  id: z.string(),
  setId: Id,
  exerciseId: Id,
  family: Family.nullable(),
  score: z.number(),
  correct: z.boolean(),
  submittedAt: IsoDateTime,
  /** 1 for the first try of a sitting, 2 for the first retry, and so on. */
  tryNumber: z.number().int().min(1),
});
export type RecentAttempt = z.infer<typeof RecentAttempt>;

export const TimelineDay = z.object({ day: IsoDate, attempts: z.number().int(), meanScore: z.number() });
export type TimelineDay = z.infer<typeof TimelineDay>;

export const ProgressSummary = z.object({
  profileId: ProfileId,
  totalAttempts: z.number().int(),
  /** Every exercise attempted, in content order (exercises no longer shipped last). */
  exercises: z.array(ExerciseProgress),
  /** Always the three families, in the order attribution, framing, numbers. */
  families: z.array(FamilyProgress),
  /** Every shipped set, in content order. */
  sets: z.array(SetProgress),
  /** The last 20 attempts, newest first. */
  recent: z.array(RecentAttempt),
  /** Per local calendar day with attempts, oldest first. */
  timeline: z.array(TimelineDay),
  /** Messages about this profile's stored progress worth showing (e.g. a damaged part set aside). */
  notices: z.array(z.string()),
});
export type ProgressSummary = z.infer<typeof ProgressSummary>;

export const ImportFileResult = z.object({
  name: z.string(),
  added: z.number().int(),
  duplicates: z.number().int(),
  error: z.string().optional(),
});
export type ImportFileResult = z.infer<typeof ImportFileResult>;
