/**
 * The assignment file (`.lensesassignment`, format 1) a teacher hands out. It holds the articles the
 * exercises need and the exercises themselves, so the student's copy of Lenses needs nothing else.
 *
 * - practice: exercises travel whole, with their answer key, hints and explanations, so the
 *   student gets feedback straight away.
 * - assessment: exercises travel as the student's view (student-exercise.ts): no answer key, no
 *   feedback, no hints, and the set carries no annotations or links (they would give answers
 *   away, e.g. an attribution's source type). The teacher's copy grades the results.
 *
 * `contentHash` is the SHA-256 of the canonical JSON of every other field, so a file that was edited
 * or damaged is noticed, and a results file can say exactly which assignment it answers. Pure.
 */
import { z } from 'zod';
import { ArticleSet, IsoDate, type Article, type Link } from '../schema/article-set';
import { Exercise } from '../schema/exercise';
import { StudentExercise } from './student-exercise';
import { stripExercise, type IdMap } from './strip-keys';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';

export const ASSIGNMENT_KIND = 'lenses-assignment';
export const ASSIGNMENT_FORMAT = 1;
/** The registered file extension (electron.config.ts registers the same one). */
export const ASSIGNMENT_FILE_EXTENSION = 'lensesassignment';
export const MAX_ASSIGNMENT_BYTES = 10 * 1024 * 1024;
const MAX_ATTEMPTS_ALLOWED = 10;

export const AssignmentMode = z.enum(['practice', 'assessment']);
export type AssignmentMode = z.infer<typeof AssignmentMode>;

export const AssignmentTitle = z.string().trim().min(1, 'give the assignment a title').max(200, 'a title has at most 200 characters');
export const AssignmentInstructions = z.string().trim().max(5000, 'instructions have at most 5,000 characters');
/** How many times each exercise may be checked, or null for no limit. */
export const AttemptsAllowed = z.number().int().min(1).max(MAX_ATTEMPTS_ALLOWED).nullable();
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a hash is 64 hexadecimal digits');

const fields = {
  kind: z.literal(ASSIGNMENT_KIND),
  format: z.literal(ASSIGNMENT_FORMAT),
  id: z.uuid(),
  title: AssignmentTitle,
  instructions: AssignmentInstructions,
  createdAt: z.iso.datetime(),
  /** The day the work is due (YYYY-MM-DD), or null. */
  due: IsoDate.nullable(),
  attemptsAllowed: AttemptsAllowed,
  /** The article set, restricted to the articles the exercises use. */
  set: ArticleSet,
  contentHash: Sha256Hex,
};

const PracticeAssignmentFile = z
  .object({ ...fields, mode: z.literal('practice'), exercises: z.array(Exercise).min(1, 'an assignment has at least one exercise') })
  .strict();
const AssessmentAssignmentFile = z
  .object({ ...fields, mode: z.literal('assessment'), exercises: z.array(StudentExercise).min(1, 'an assignment has at least one exercise') })
  .strict();
export const AssignmentFile = z.discriminatedUnion('mode', [PracticeAssignmentFile, AssessmentAssignmentFile]);
export type AssignmentFile = z.infer<typeof AssignmentFile>;
type PracticeAssignmentFile = z.infer<typeof PracticeAssignmentFile>;
type AssessmentAssignmentFile = z.infer<typeof AssessmentAssignmentFile>;

/** The SHA-256 (hex) of the canonical JSON of an assignment without its `contentHash`. */
export async function assignmentHash(file: object): Promise<string> {
  const { contentHash: _ignored, ...rest } = file as Record<string, unknown>;
  return sha256Hex(canonicalJson(rest));
}

/** The set with only the chosen articles (in the set's order); links keep the members that remain. */
export function restrictSet(set: ArticleSet, articleIds: readonly string[], options: { annotations: boolean }): ArticleSet {
  const chosen = new Set(articleIds);
  const articles: Article[] = set.articles
    .filter((a) => chosen.has(a.id))
    .map((a) => (options.annotations ? a : { ...a, annotations: [] }));
  const links: Link[] = options.annotations
    ? set.links
        .map((l) => ({ ...l, members: l.members.filter((m) => chosen.has(m.article)) }))
        .filter((l) => l.members.length >= 2)
    : [];
  return { ...set, articles, links };
}

export interface AssignmentDraft {
  id: string;
  title: string;
  instructions: string;
  createdAt: string;
  due: string | null;
  attemptsAllowed: number | null;
  mode: AssignmentMode;
  /** The whole set; only `articleIds` go into the file. */
  set: ArticleSet;
  articleIds: readonly string[];
  /** Full exercises, in the order the student sees them. */
  exercises: readonly Exercise[];
}

export interface BuiltAssignment {
  /** The file as handed out. */
  file: AssignmentFile;
  /** The set restricted to the chosen articles, with annotations (the teacher's copy). */
  fullSet: ArticleSet;
  /** Per exercise id: the student-view ids → the exercise's own ids (empty in practice mode). */
  idMaps: Record<string, IdMap>;
}

/** Build the assignment file (and what the teacher keeps beside it) from a draft. */
export async function buildAssignment(draft: AssignmentDraft): Promise<BuiltAssignment> {
  const fullSet = restrictSet(draft.set, draft.articleIds, { annotations: true });
  const base = {
    kind: ASSIGNMENT_KIND,
    format: ASSIGNMENT_FORMAT,
    id: draft.id,
    title: draft.title,
    instructions: draft.instructions,
    createdAt: draft.createdAt,
    due: draft.due,
    attemptsAllowed: draft.attemptsAllowed,
  } as const;
  if (draft.mode === 'practice') {
    const body = { ...base, mode: 'practice' as const, set: fullSet, exercises: [...draft.exercises] };
    return { file: { ...body, contentHash: await assignmentHash(body) }, fullSet, idMaps: {} };
  }
  const idMaps: Record<string, IdMap> = {};
  const exercises = draft.exercises.map((e) => {
    const stripped = stripExercise(e, `${draft.id}/${e.id}`);
    idMaps[e.id] = stripped.idMap;
    return stripped.exercise;
  });
  const set = restrictSet(draft.set, draft.articleIds, { annotations: false });
  const body = { ...base, mode: 'assessment' as const, set, exercises };
  return { file: { ...body, contentHash: await assignmentHash(body) }, fullSet, idMaps };
}

/**
 * The file as written to disk, readable by a person, with the top-level fields always in the same
 * order (metadata first, the hash last), so the same assignment always gives the same bytes.
 */
export function serialiseAssignment(file: AssignmentFile): string {
  const { kind, format, id, title, instructions, createdAt, due, attemptsAllowed, mode, set, exercises, contentHash } = file;
  const ordered = { kind, format, id, title, instructions, createdAt, due, attemptsAllowed, mode, set, exercises, contentHash };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
