/**
 * The progress summary, derived from attempt records in one pass: per exercise, per family (over
 * the shipped sets' exercises), per set, the latest attempts and a per-day timeline. Pure module;
 * the content index says which family each exercise belongs to and what each set holds.
 */
import { z } from 'zod';
import { Family, type ExerciseType } from '../../content/schema/exercise';
import type { AttemptFacts } from '../../content/progress/attempt-record';
import type { ExerciseProgress, FamilyProgress, ProgressSummary, RecentAttempt, SetProgress, TimelineDay } from '../../content/progress/progress-schemas';

export interface ContentIndex {
  sets: Array<{ id: string; title: string; exercises: Array<{ id: string; family: Family; type: ExerciseType }> }>;
}

/** Completing an exercise: a correct attempt, or a best score of at least this. */
const COMPLETE_SCORE = 0.8;
const RECENT_COUNT = 20;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The local day of ISO times, computed once per day rather than once per record: the UTC span of
 * the last day found is remembered and times are compared with it as strings (records come mostly
 * in time order). Daylight-saving days are as long as they are.
 */
function createDayOf(): (iso: string) => string {
  let from = '';
  let to = '';
  let day = '';
  return (iso) => {
    if (iso >= from && iso < to) return day;
    const d = new Date(iso);
    day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    from = new Date(d.getFullYear(), d.getMonth(), d.getDate()).toISOString();
    to = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).toISOString();
    return day;
  };
}

/** What the summary keeps of one exercise while it folds attempts in. */
const ExerciseTally = z
  .object({
    setId: z.string(),
    exerciseId: z.string(),
    attempts: z.number().int().min(1),
    bestScore: z.number(),
    lastScore: z.number(),
    lastAttemptAt: z.string(),
    correctEver: z.boolean(),
    /** The first try of the latest sitting (see `summariseProgress`). */
    firstTryScore: z.number(),
    firstTryCorrect: z.boolean(),
    /** Tries in the latest sitting so far; the sitting is over once one of them is right. */
    sittingTries: z.number().int().min(1),
    sittingOver: z.boolean(),
  })
  .strict();
type ExerciseTally = z.infer<typeof ExerciseTally>;

/** One of the newest attempts, with the try number it had when it was added. */
const RecentFacts = z.object({ id: z.string(), setId: z.string(), exerciseId: z.string(), score: z.number(), correct: z.boolean(), submittedAt: z.string(), tryNumber: z.number().int().min(1) }).strict();
type RecentFacts = z.infer<typeof RecentFacts>;

/**
 * Everything the summary needs of the attempts folded in so far, as plain JSON: per exercise, per
 * local day, and the newest attempts. Its size grows with exercises and days, never with attempts,
 * so it can be kept beside the journal as a checkpoint (see `progress-checkpoint.ts`).
 */
export const TallyState = z
  .object({
    totalAttempts: z.number().int().min(0),
    exercises: z.array(ExerciseTally),
    /** [local day, attempts, sum of scores]. */
    days: z.array(z.tuple([z.string(), z.number().int().min(1), z.number()])),
    /** Newest first: the latest time first, and of two with the same time the one added later. */
    recent: z.array(RecentFacts).max(RECENT_COUNT),
  })
  .strict();
export type TallyState = z.infer<typeof TallyState>;

export interface ProgressTally {
  /** Fold one more attempt in (attempts are taken in journal order). */
  add(record: AttemptFacts): void;
  readonly totalAttempts: number;
  /** The state as plain JSON (a copy: later adds do not change it). */
  state(): TallyState;
  summarise(content: ContentIndex, options: SummaryOptions): ProgressSummary;
}

const key = (setId: string, exerciseId: string) => `${setId}/${exerciseId}`;

export interface SummaryOptions {
  profileId: string;
  notices?: string[];
}

/**
 * The summary as a fold over attempts in journal order, started empty or from a saved state.
 *
 * Tries are counted per sitting: an exercise's first attempt starts a sitting, and so does the
 * first attempt after a right one (practising again). Every other attempt is a retry in the same
 * sitting, also after a reload or another day, so a retry never counts as a first try. "Right on
 * the first try" and mastery use the first try of the latest sitting; "right in the end"
 * (`correctEver`, set completion) counts retries too.
 */
export function createProgressTally(from?: TallyState): ProgressTally {
  // By set, then exercise: the ids are shared strings, so no key is built per record.
  const tallies = new Map<string, Map<string, ExerciseTally>>();
  const days = new Map<string, { attempts: number; total: number }>();
  const dayOf = createDayOf();
  let totalAttempts = from?.totalAttempts ?? 0;
  const recent: RecentFacts[] = from ? from.recent.map((r) => ({ ...r })) : [];
  const inSetOf = (setId: string) => {
    let inSet = tallies.get(setId);
    if (!inSet) {
      inSet = new Map();
      tallies.set(setId, inSet);
    }
    return inSet;
  };
  for (const t of from?.exercises ?? []) inSetOf(t.setId).set(t.exerciseId, { ...t });
  for (const [day, attempts, total] of from?.days ?? []) days.set(day, { attempts, total });

  const add = (r: AttemptFacts) => {
    const inSet = inSetOf(r.setId);
    let t = inSet.get(r.exerciseId);
    if (!t) {
      t = {
        setId: r.setId,
        exerciseId: r.exerciseId,
        attempts: 0,
        bestScore: 0,
        lastScore: r.score,
        lastAttemptAt: r.submittedAt,
        correctEver: false,
        firstTryScore: r.score,
        firstTryCorrect: r.correct,
        sittingTries: 0,
        sittingOver: true,
      };
      inSet.set(r.exerciseId, t);
    }
    totalAttempts += 1;
    t.attempts += 1;
    if (t.sittingOver) {
      t.firstTryScore = r.score;
      t.firstTryCorrect = r.correct;
      t.sittingTries = 0;
    }
    t.sittingTries += 1;
    t.sittingOver = r.correct;
    if (r.score > t.bestScore) t.bestScore = r.score;
    if (r.submittedAt >= t.lastAttemptAt) {
      t.lastAttemptAt = r.submittedAt;
      t.lastScore = r.score;
    }
    if (r.correct) t.correctEver = true;

    const day = dayOf(r.submittedAt);
    const d = days.get(day);
    if (d) {
      d.attempts += 1;
      d.total += r.score;
    } else days.set(day, { attempts: 1, total: r.score });

    // The newest attempts: this one is newer than any with the same time (it was added later).
    if (recent.length === RECENT_COUNT && r.submittedAt < recent[RECENT_COUNT - 1]!.submittedAt) return;
    let at = 0;
    while (at < recent.length && recent[at]!.submittedAt > r.submittedAt) at += 1;
    recent.splice(at, 0, { id: r.id, setId: r.setId, exerciseId: r.exerciseId, score: r.score, correct: r.correct, submittedAt: r.submittedAt, tryNumber: t.sittingTries });
    if (recent.length > RECENT_COUNT) recent.pop();
  };

  return {
    add,
    get totalAttempts() {
      return totalAttempts;
    },
    state: () => ({
      totalAttempts,
      exercises: [...tallies.values()].flatMap((inSet) => [...inSet.values()].map((t) => ({ ...t }))),
      days: [...days.entries()].map(([day, d]): [string, number, number] => [day, d.attempts, d.total]),
      recent: recent.map((r) => ({ ...r })),
    }),
    summarise: (content, options) => summariseTallies(tallies, days, recent, totalAttempts, content, options),
  };
}

/** The summary of attempts in journal order, in one pass. */
export function summariseProgress(records: readonly AttemptFacts[], content: ContentIndex, options: SummaryOptions): ProgressSummary {
  const tally = createProgressTally();
  for (const r of records) tally.add(r);
  return tally.summarise(content, options);
}

function summariseTallies(
  tallies: ReadonlyMap<string, ReadonlyMap<string, ExerciseTally>>,
  days: ReadonlyMap<string, { attempts: number; total: number }>,
  recent: readonly RecentFacts[],
  totalAttempts: number,
  content: ContentIndex,
  options: SummaryOptions,
): ProgressSummary {
  const known = new Map<string, { family: Family; order: number }>();
  for (const set of content.sets) for (const e of set.exercises) known.set(key(set.id, e.id), { family: e.family, order: known.size });
  const tally = (setId: string, exerciseId: string) => tallies.get(setId)?.get(exerciseId);

  const familyOf = (setId: string, exerciseId: string) => known.get(key(setId, exerciseId))?.family ?? null;

  const exercises: ExerciseProgress[] = [...tallies.values()]
    .flatMap((inSet) => [...inSet.values()])
    .sort((a, b) => {
      const oa = known.get(key(a.setId, a.exerciseId))?.order ?? Infinity;
      const ob = known.get(key(b.setId, b.exerciseId))?.order ?? Infinity;
      return oa !== ob ? oa - ob : key(a.setId, a.exerciseId).localeCompare(key(b.setId, b.exerciseId));
    })
    .map((t) => ({
      setId: t.setId,
      exerciseId: t.exerciseId,
      family: familyOf(t.setId, t.exerciseId),
      attempts: t.attempts,
      bestScore: t.bestScore,
      lastScore: t.lastScore,
      correctEver: t.correctEver,
      lastAttemptAt: t.lastAttemptAt,
      firstTryScore: t.firstTryScore,
      firstTryCorrect: t.firstTryCorrect,
      openTries: t.sittingOver ? 0 : t.sittingTries,
    }));

  const families: FamilyProgress[] = Family.options.map((family) => {
    let total = 0;
    let attempted = 0;
    let correct = 0;
    let firstTry = 0;
    let firstSum = 0;
    for (const set of content.sets) {
      for (const e of set.exercises) {
        if (e.family !== family) continue;
        total += 1;
        const t = tally(set.id, e.id);
        if (!t) continue;
        attempted += 1;
        if (t.correctEver) correct += 1;
        if (t.firstTryCorrect) firstTry += 1;
        firstSum += t.firstTryScore;
      }
    }
    return {
      family,
      totalExercises: total,
      attemptedExercises: attempted,
      correctExercises: correct,
      firstTryExercises: firstTry,
      mastery: total > 0 ? firstSum / total : null,
    };
  });

  const sets: SetProgress[] = content.sets.map((set) => ({
    setId: set.id,
    title: set.title,
    completed: set.exercises.filter((e) => {
      const t = tally(set.id, e.id);
      return t !== undefined && (t.correctEver || t.bestScore >= COMPLETE_SCORE);
    }).length,
    firstTry: set.exercises.filter((e) => tally(set.id, e.id)?.firstTryCorrect === true).length,
    total: set.exercises.length,
  }));

  const timeline: TimelineDay[] = [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, d]) => ({ day, attempts: d.attempts, meanScore: d.total / d.attempts }));

  return {
    profileId: options.profileId,
    totalAttempts,
    exercises,
    families,
    sets,
    recent: recent.map(
      (r): RecentAttempt => ({
        id: r.id,
        setId: r.setId,
        exerciseId: r.exerciseId,
        family: familyOf(r.setId, r.exerciseId),
        score: r.score,
        correct: r.correct,
        submittedAt: r.submittedAt,
        tryNumber: r.tryNumber,
      }),
    ),
    timeline,
    notices: options.notices ?? [],
  };
}
