/**
 * Reading assignment and results files safely. Every bad input gives a typed problem with a
 * message that names the file and says what is wrong and what to do, never an exception: too
 * large, empty, not JSON, cut short, not a Lenses file, the other kind of Lenses file, made by a
 * newer Lenses, damaged (schema or hash), for another assignment or another version of it, answers
 * that do not fit the assignment, and a second submission from the same student. Pure over text.
 */
import type { z } from 'zod';
import { describeZodError } from '../logic/zod-messages';
import { endsEarly } from '../logic/json-text';
import { compiled } from '../logic/compiled-schema';
import { AssignmentFile, ASSIGNMENT_FILE_EXTENSION, ASSIGNMENT_FORMAT, ASSIGNMENT_KIND, assignmentHash, MAX_ASSIGNMENT_BYTES } from './assignment-file';
import { MAX_RESULTS_BYTES, RESULTS_FILE_EXTENSION, RESULTS_FORMAT, RESULTS_KIND, ResultsFile, studentKey } from './results-file';
import { answerFit } from './answer-fit';
import type { Answer } from '../schema/exercise';
import { utf8ByteLength } from './sha256';

export const FILE_PROBLEM_REASONS = [
  'unreadable',
  'too-large',
  'empty',
  'not-json',
  'truncated',
  'not-lenses',
  'wrong-kind',
  'newer-format',
  'invalid',
  'damaged',
  'other-assignment',
  'other-version',
  'answers-do-not-fit',
  'duplicate',
] as const;
export type FileProblemReason = (typeof FILE_PROBLEM_REASONS)[number];

export interface FileProblem {
  /** The file's name as the person knows it (no folders). */
  file: string;
  reason: FileProblemReason;
  message: string;
}

export type ReadOutcome<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

const fail = <T>(file: string, reason: FileProblemReason, message: string): ReadOutcome<T> => ({ ok: false, problem: { file, reason, message } });

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

export { endsEarly };

interface KindInfo {
  kind: string;
  extension: string;
  format: number;
  maxBytes: number;
  what: string;
  otherKind: string;
  otherWhat: string;
}

const ASSIGNMENT: KindInfo = {
  kind: ASSIGNMENT_KIND,
  extension: `.${ASSIGNMENT_FILE_EXTENSION}`,
  format: ASSIGNMENT_FORMAT,
  maxBytes: MAX_ASSIGNMENT_BYTES,
  what: 'Lenses assignment',
  otherKind: RESULTS_KIND,
  otherWhat: 'a Lenses results file (a student’s answers), not an assignment',
};
const RESULTS: KindInfo = {
  kind: RESULTS_KIND,
  extension: `.${RESULTS_FILE_EXTENSION}`,
  format: RESULTS_FORMAT,
  maxBytes: MAX_RESULTS_BYTES,
  what: 'Lenses results file',
  otherKind: ASSIGNMENT_KIND,
  otherWhat: 'a Lenses assignment, not a results file; results files end in .lensesresults',
};

export type LensesFileKind = 'assignment' | 'results';
const INFO: Record<LensesFileKind, KindInfo> = { assignment: ASSIGNMENT, results: RESULTS };

/** The problem for a file over the size limit (checked before reading when the size is known), or null. */
export function sizeProblem(file: string, bytes: number, kind: LensesFileKind): FileProblem | null {
  const info = INFO[kind];
  if (bytes <= info.maxBytes) return null;
  return { file, reason: 'too-large', message: `“${file}” is too large to be a ${info.what} (${megabytes(bytes)}; the most Lenses reads is ${megabytes(info.maxBytes)}).` };
}

/** The problem for a file that could not be read from disk. */
export function unreadableProblem(file: string, kind: LensesFileKind, detail: 'missing' | 'not-a-file' | 'wrong-extension' | 'no-access'): FileProblem {
  const info = INFO[kind];
  const message: Record<typeof detail, string> = {
    missing: `Lenses cannot find “${file}”. It may have been moved or deleted.`,
    'not-a-file': `“${file}” is a folder or device, not a ${info.what}.`,
    'wrong-extension': `“${file}” is not a ${info.what} (${info.extension}).`,
    'no-access': `Lenses is not allowed to read “${file}”.`,
  };
  return { file, reason: detail === 'missing' || detail === 'no-access' ? 'unreadable' : 'not-lenses', message: message[detail] };
}

/** A file's text read as a JSON object (size, empty, JSON, an object), its kind not yet judged. */
export interface ParsedJson {
  /** The parsed object, for `readEnvelope` (not to be kept: the schema gives the value). */
  readonly raw: Record<string, unknown>;
}

/** The first steps both kinds share: size, empty, JSON, an object. */
function parseJsonText(file: string, text: string, info: KindInfo): ReadOutcome<ParsedJson> {
  const name = `“${file}”`;
  // Cheap bound first: a UTF-16 unit is one to three bytes in UTF-8.
  if (text.length * 3 > info.maxBytes) {
    const tooLarge = sizeProblem(file, utf8ByteLength(text), info === ASSIGNMENT ? 'assignment' : 'results');
    if (tooLarge) return { ok: false, problem: tooLarge };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(file, 'empty', `${name} is empty. It may not have been saved or copied completely.`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    if (endsEarly(body)) {
      return fail(file, 'truncated', `${name} ends too early: it was not saved or copied completely. Ask for the file again.`);
    }
    // Damage in the middle of what was a Lenses file is not "the wrong kind of file".
    if (/^\s*\{/u.test(body) && body.includes(`"${info.kind}"`)) {
      return fail(file, 'not-json', `${name} is damaged: part of it was changed or lost, so Lenses cannot read it. Ask for the file again.`);
    }
    return fail(file, 'not-json', `${name} is not a ${info.what}: its content is not in the right format.`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail(file, 'not-lenses', `${name} is not a ${info.what}.`);
  return { ok: true, value: { raw: json as Record<string, unknown> } };
}

/** The steps both kinds share after the JSON: kind, format, schema. Returns the raw JSON too (for the hash). */
function readEnvelope<S extends z.ZodType>(file: string, { raw }: ParsedJson, info: KindInfo, schema: S): ReadOutcome<{ raw: Record<string, unknown>; value: z.output<S> }> {
  const name = `“${file}”`;
  if (raw.kind === info.otherKind) return fail(file, 'wrong-kind', `${name} is ${info.otherWhat}.`);
  if (raw.kind !== info.kind) return fail(file, 'not-lenses', `${name} is not a ${info.what}.`);
  if (typeof raw.format === 'number' && Number.isInteger(raw.format) && raw.format > info.format) {
    return fail(file, 'newer-format', `${name} was made by a newer version of Lenses (file format ${raw.format}). Update Lenses to open it.`);
  }
  const parsed = compiled(schema).safeParse(raw);
  if (!parsed.success) {
    return fail(file, 'invalid', `${name} is damaged or incomplete: ${describeZodError(parsed.error, 3).join('; ')}.`);
  }
  return { ok: true, value: { raw, value: parsed.data } };
}

/** Read an assignment file: everything above, then its content hash. */
export async function readAssignmentText(file: string, text: string): Promise<ReadOutcome<AssignmentFile>> {
  const json = parseJsonText(file, text, ASSIGNMENT);
  if (!json.ok) return json;
  const envelope = readEnvelope(file, json.value, ASSIGNMENT, AssignmentFile);
  if (!envelope.ok) return envelope;
  const { raw, value } = envelope.value;
  if ((await assignmentHash(raw)) !== value.contentHash) {
    return fail(file, 'damaged', `“${file}” was changed or damaged after it was made, so Lenses cannot trust it. Ask your teacher for a new copy.`);
  }
  return { ok: true, value };
}

export interface ResultsExpectation {
  /** The assignment file exactly as it was handed out; null when this computer has no such assignment. */
  assignment: AssignmentFile | null;
  /** `studentKey`s of the students whose results are already in. */
  alreadyImported: ReadonlySet<string>;
}

/** Per assignment file: each exercise's answer check, made once for a whole class's files. */
const fitsByAssignment = new WeakMap<AssignmentFile, Map<string, (answer: Answer) => string | null>>();

function fitsOf(assignment: AssignmentFile): Map<string, (answer: Answer) => string | null> {
  let fits = fitsByAssignment.get(assignment);
  if (!fits) {
    fits = new Map(assignment.exercises.map((e) => [e.id, answerFit(e)]));
    fitsByAssignment.set(assignment, fits);
  }
  return fits;
}

/** Why the answers do not fit the assignment, or null when they do. */
function misfit(results: ResultsFile, assignment: AssignmentFile): string | null {
  const fits = fitsOf(assignment);
  for (const { exerciseId, answer, firstAnswer } of results.answers) {
    const fit = fits.get(exerciseId);
    if (!fit) return `exercise "${exerciseId}" is not in it`;
    const why = fit(answer) ?? (firstAnswer ? fit(firstAnswer) : null);
    if (why) return `for exercise "${exerciseId}", ${why}`;
  }
  return null;
}

/**
 * A results file's text as JSON, before anything else is judged (size, empty, JSON, an object):
 * parsed once, so the assignment it names can be looked up before `readResultsJson` judges it.
 */
export function parseResultsText(file: string, text: string): ReadOutcome<ParsedJson> {
  return parseJsonText(file, text, RESULTS);
}

/** The assignment id parsed results name, without judging anything else; null when there is none. */
export function namedAssignmentId({ raw }: ParsedJson): string | null {
  return typeof raw.assignmentId === 'string' ? raw.assignmentId : null;
}

/** Read a results file for the given assignment. */
export function readResultsText(file: string, text: string, expect: ResultsExpectation): ReadOutcome<ResultsFile> {
  const json = parseResultsText(file, text);
  return json.ok ? readResultsJson(file, json.value, expect) : json;
}

/** `readResultsText` after `parseResultsText`: kind, format, schema, then the assignment's checks. */
export function readResultsJson(file: string, json: ParsedJson, expect: ResultsExpectation): ReadOutcome<ResultsFile> {
  const envelope = readEnvelope(file, json, RESULTS, ResultsFile);
  if (!envelope.ok) return envelope;
  const results = envelope.value.value;
  const { assignment } = expect;
  if (!assignment) {
    return fail(file, 'other-assignment', `“${file}” holds answers to an assignment that was not made on this computer (or has been removed from it).`);
  }
  const title = `“${assignment.title}”`;
  if (results.assignmentId !== assignment.id) return fail(file, 'other-assignment', `“${file}” holds answers to a different assignment, not ${title}.`);
  if (results.assignmentHash !== assignment.contentHash) {
    return fail(file, 'other-version', `“${file}” was made for a different version of ${title} (the assignment file the student used does not match yours).`);
  }
  const why = misfit(results, assignment);
  if (why) return fail(file, 'answers-do-not-fit', `“${file}” has answers that do not fit ${title}: ${why}.`);
  if (expect.alreadyImported.has(studentKey(results.student.name))) {
    return fail(file, 'duplicate', `“${file}”: ${results.student.name} has already handed in results for ${title}, so these were not imported again.`);
  }
  return { ok: true, value: results };
}
