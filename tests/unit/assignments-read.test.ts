import { beforeAll, describe, expect, it } from 'vitest';
import { buildAssignment, serialiseAssignment, type AssignmentFile } from '../../content/assignments/assignment-file';
import { endsEarly, readAssignmentText, readResultsText, sizeProblem, type FileProblemReason, type ReadOutcome } from '../../content/assignments/read';
import { RESULTS_FORMAT, RESULTS_KIND, serialiseResults, studentKey, type ResultsFile } from '../../content/assignments/results-file';
import { seedSet } from '../support/assignments';

const NAME = 'week3.lensesassignment';
const RNAME = 'anna.lensesresults';
let practice: AssignmentFile;
let assessment: AssignmentFile;
let practiceText = '';

function results(assignment: AssignmentFile, overrides: Partial<ResultsFile> = {}): ResultsFile {
  return {
    kind: RESULTS_KIND,
    format: RESULTS_FORMAT,
    assignmentId: assignment.id,
    assignmentHash: assignment.contentHash,
    student: { name: 'Anna Smith' },
    submittedAt: '2026-03-05T10:00:00.000Z',
    appVersion: '0.1.0',
    answers: [{ exerciseId: 'attr-choice-direct-no-marks', answer: { type: 'choice', selected: ['direct'] }, score: 1, correct: true, attempts: 1, timeSpentMs: 5000 }],
    ...overrides,
  };
}

function expectProblem<T>(outcome: ReadOutcome<T>, reason: FileProblemReason, message: RegExp, file = NAME) {
  expect(outcome.ok).toBe(false);
  if (outcome.ok) return;
  expect(outcome.problem.reason).toBe(reason);
  expect(outcome.problem.file).toBe(file);
  expect(outcome.problem.message).toContain(`“${file}”`);
  expect(outcome.problem.message).toMatch(message);
}

const readResults = (text: string, assignment: AssignmentFile | null = practice, already: string[] = []) =>
  readResultsText(RNAME, text, { assignment, alreadyImported: new Set(already.map(studentKey)) });

beforeAll(async () => {
  const { set, exercises } = await seedSet();
  const base = {
    title: 'Week 3',
    instructions: '',
    createdAt: '2026-03-02T09:00:00.000Z',
    due: null,
    attemptsAllowed: null,
    set,
    articleIds: set.articles.map((a) => a.id),
    exercises,
  };
  practice = (await buildAssignment({ ...base, id: '11111111-2222-4333-8444-555555555555', mode: 'practice' })).file;
  assessment = (await buildAssignment({ ...base, id: '11111111-2222-4333-8444-666666666666', mode: 'assessment' })).file;
  practiceText = serialiseAssignment(practice);
});

describe('reading an assignment file', () => {
  it('accepts a good file, with or without a byte-order mark', async () => {
    expect((await readAssignmentText(NAME, practiceText)).ok).toBe(true);
    expect((await readAssignmentText(NAME, `\uFEFF${practiceText}`)).ok).toBe(true);
    expect((await readAssignmentText(NAME, serialiseAssignment(assessment))).ok).toBe(true);
  });

  it('refuses an empty file', async () => {
    expectProblem(await readAssignmentText(NAME, ''), 'empty', /is empty/);
    expectProblem(await readAssignmentText(NAME, ' \n\t'), 'empty', /is empty/);
  });

  it('refuses text that is not JSON', async () => {
    expectProblem(await readAssignmentText(NAME, 'Dear class, here is the homework.'), 'not-json', /is not a Lenses assignment/);
    expectProblem(await readAssignmentText(NAME, '{"kind": "zip",, }'), 'not-json', /not in the right format/);
  });

  it('says a file damaged in the middle is damaged, not that it ends too early', async () => {
    expectProblem(await readAssignmentText(NAME, '{"kind": "lenses-assignment",, }'), 'not-json', /is damaged: part of it was changed or lost/);
    const middle = Math.floor(practiceText.length / 2);
    // A block of the file lost (as a bad sector or a broken copy does), the end still there.
    const holed = `${practiceText.slice(0, middle)}${practiceText.slice(practiceText.indexOf('}', middle) + 1)}`;
    expect(endsEarly(holed)).toBe(false);
    const garbled = `${practiceText.slice(0, middle)}\u0000\u0007{{${practiceText.slice(middle + 4)}`;
    expectProblem(await readAssignmentText(NAME, garbled), 'not-json', /“[^”]+” is damaged: part of it was changed or lost, so Lenses cannot read it\. Ask for the file again\./u);
  });

  it('recognises a file that was cut short', async () => {
    for (const cut of [0.1, 0.5, 0.99]) {
      expectProblem(await readAssignmentText(NAME, practiceText.slice(0, Math.floor(practiceText.length * cut))), 'truncated', /ends too early/);
    }
    expectProblem(await readAssignmentText(NAME, '{"kind": "lenses-assign'), 'truncated', /not saved or copied completely/);
  });

  it('refuses JSON that is not a Lenses file', async () => {
    for (const text of ['[]', '42', '"text"', 'null', '{}', '{"kind": "zip"}', '{"title": "Week 3"}']) {
      expectProblem(await readAssignmentText(NAME, text), 'not-lenses', /is not a Lenses assignment\.$/);
    }
  });

  it('says so when given a results file instead', async () => {
    expectProblem(await readAssignmentText(NAME, serialiseResults(results(practice))), 'wrong-kind', /results file .* not an assignment/);
  });

  it('refuses a file made by a newer Lenses, whatever else is in it', async () => {
    expectProblem(await readAssignmentText(NAME, JSON.stringify({ kind: 'lenses-assignment', format: 2, somethingNew: true })), 'newer-format', /made by a newer version of Lenses \(file format 2\)\. Update Lenses/);
  });

  it('refuses a file over 10 MB without parsing it, counting bytes not characters', async () => {
    const padded = `${practiceText.slice(0, -2)}, "pad": "${'x'.repeat(10 * 1024 * 1024)}"}`;
    expectProblem(await readAssignmentText(NAME, padded), 'too-large', /too large .* the most Lenses reads is 10 MB/);
    // 4 million Cyrillic letters: under 10 million characters but over 10 MB in UTF-8.
    const wide = `{"kind": "lenses-assignment", "pad": "${'ж'.repeat(5_300_000)}"}`;
    expect(wide.length).toBeLessThan(10 * 1024 * 1024);
    expectProblem(await readAssignmentText(NAME, wide), 'too-large', /too large/);
    expect(sizeProblem(NAME, 10 * 1024 * 1024, 'assignment')).toBeNull();
    expect(sizeProblem(NAME, 10 * 1024 * 1024 + 1, 'assignment')?.reason).toBe('too-large');
  });

  it('explains schema failures readably, naming where the problem is', async () => {
    const broken = JSON.parse(practiceText) as Record<string, unknown>;
    delete broken.title;
    (broken.exercises as Array<Record<string, unknown>>)[0]!.difficulty = 7;
    const read = await readAssignmentText(NAME, JSON.stringify(broken));
    expectProblem(read, 'invalid', /is damaged or incomplete: .*title/);
    const badId = { ...(JSON.parse(practiceText) as Record<string, unknown>), id: 'not-a-uuid' };
    expectProblem(await readAssignmentText(NAME, JSON.stringify(badId)), 'invalid', /id:/);
  });

  it('notices a file that was edited or damaged after it was made (hash mismatch)', async () => {
    const edited = practiceText.replace('"title": "Week 3"', '"title": "Week 4"');
    expect(edited).not.toBe(practiceText);
    expectProblem(await readAssignmentText(NAME, edited), 'damaged', /changed or damaged after it was made/);
    // One character of an article's text.
    const { set } = await seedSet();
    const word = set.articles[0]!.blocks[1]!.text.slice(0, 20);
    const damaged = practiceText.replace(JSON.stringify(word).slice(1, -1), JSON.stringify(word.replace(/.$/u, '#')).slice(1, -1));
    expect(damaged).not.toBe(practiceText);
    expectProblem(await readAssignmentText(NAME, damaged), 'damaged', /Ask your teacher for a new copy/);
    // Changing only key order or white space is not an edit.
    expect((await readAssignmentText(NAME, JSON.stringify(JSON.parse(practiceText)))).ok).toBe(true);
  });
});

describe('reading a results file', () => {
  it('accepts a good file', () => {
    expect(readResults(serialiseResults(results(practice)))).toEqual({ ok: true, value: results(practice) });
  });

  it('is written on one line, and a file written indented by an earlier version reads the same', () => {
    const written = serialiseResults(results(practice));
    expect(written.trimEnd()).not.toContain('\n');
    expect(readResults(`${JSON.stringify(results(practice), null, 2)}\n`)).toEqual({ ok: true, value: results(practice) });
  });

  it('refuses empty, non-JSON, cut-short and foreign files with the file name in the message', () => {
    expectProblem(readResults(''), 'empty', /empty/, RNAME);
    expectProblem(readResults('name,score\nAnna,3'), 'not-json', /is not a Lenses results file/, RNAME);
    expectProblem(readResults(serialiseResults(results(practice)).slice(0, 200)), 'truncated', /ends too early/, RNAME);
    expectProblem(readResults('{"hello": "world"}'), 'not-lenses', /is not a Lenses results file/, RNAME);
  });

  it('says so when given an assignment instead', () => {
    expectProblem(readResults(practiceText.slice(0, 1000 * 1000)), 'wrong-kind', /is a Lenses assignment, not a results file/, RNAME);
  });

  it('refuses a newer format', () => {
    expectProblem(readResults(JSON.stringify({ ...results(practice), format: 3 })), 'newer-format', /newer version of Lenses/, RNAME);
  });

  it('refuses a file over 2 MB', () => {
    const big = JSON.stringify({ ...results(practice), pad: 'x'.repeat(2 * 1024 * 1024) });
    expectProblem(readResults(big), 'too-large', /the most Lenses reads is 2 MB/, RNAME);
  });

  it('explains schema failures readably', () => {
    const r = results(practice);
    const bad = { ...r, student: { name: '' }, answers: [{ ...r.answers[0]!, score: 3 }] };
    expectProblem(readResults(JSON.stringify(bad)), 'invalid', /student, name: give a name/, RNAME);
    const twice = { ...r, answers: [r.answers[0]!, r.answers[0]!] };
    expectProblem(readResults(JSON.stringify(twice)), 'invalid', /answered more than once/, RNAME);
  });

  it('refuses results for another assignment, or for another version of this one', () => {
    expectProblem(readResults(serialiseResults(results(assessment))), 'other-assignment', /different assignment, not “Week 3”/, RNAME);
    const otherVersion = results(practice, { assignmentHash: 'a'.repeat(64) });
    expectProblem(readResults(serialiseResults(otherVersion)), 'other-version', /different version of “Week 3”/, RNAME);
    expectProblem(readResults(serialiseResults(results(practice)), null), 'other-assignment', /not made on this computer/, RNAME);
  });

  it('refuses answers that do not fit the assignment', () => {
    const unknownExercise = results(practice, { answers: [{ ...results(practice).answers[0]!, exerciseId: 'no-such-exercise' }] });
    expectProblem(readResults(serialiseResults(unknownExercise)), 'answers-do-not-fit', /exercise "no-such-exercise" is not in it/, RNAME);
    const wrongType = results(practice, { answers: [{ ...results(practice).answers[0]!, answer: { type: 'order', order: ['a', 'b'] } }] });
    expectProblem(readResults(serialiseResults(wrongType)), 'answers-do-not-fit', /of type "order", but the exercise is of type "choice"/, RNAME);
    const unknownOption = results(practice, { answers: [{ ...results(practice).answers[0]!, answer: { type: 'choice', selected: ['made-up'] } }] });
    expectProblem(readResults(serialiseResults(unknownOption)), 'answers-do-not-fit', /"made-up", which is not one of the exercise's options/, RNAME);
    // In an assessment, answers use the student view's ids: the authored ids do not fit.
    const authoredIds = results(assessment, { answers: [{ ...results(assessment).answers[0]!, score: null, correct: null }] });
    expectProblem(readResults(serialiseResults(authoredIds), assessment), 'answers-do-not-fit', /"direct"/, RNAME);
  });

  it('reports a second submission by the same student as a duplicate', () => {
    expectProblem(readResults(serialiseResults(results(practice)), practice, ['anna  SMITH']), 'duplicate', /Anna Smith has already handed in results for “Week 3”, so these were not imported again/, RNAME);
  });
});

describe('endsEarly', () => {
  it('sees open strings, objects and arrays, and ignores brackets inside strings', () => {
    expect(endsEarly('{"a": [1, 2')).toBe(true);
    expect(endsEarly('{"a": "x')).toBe(true);
    expect(endsEarly('{"a": "}]\\"" ')).toBe(true);
    expect(endsEarly('{"a": "}]"}')).toBe(false);
    expect(endsEarly('{"a": 1}}')).toBe(false);
    expect(endsEarly('hello')).toBe(false);
  });

  it('is false for damage before the end, and survives deep nesting', () => {
    expect(endsEarly('{"a": 1,, "b": [')).toBe(false);
    expect(endsEarly('{"a": tru')).toBe(true);
    expect(endsEarly('{"a": trux, "b": [')).toBe(false);
    expect(endsEarly('{"a": "\\u00')).toBe(true);
    expect(endsEarly('{"a": "bad \\q escape", "b": [')).toBe(false);
    expect(endsEarly('{"a": 12')).toBe(true);
    expect(endsEarly('{"a" 1')).toBe(false);
    expect(endsEarly('['.repeat(200_000))).toBe(true);
    expect(endsEarly(`${'['.repeat(200_000)}}`)).toBe(false);
  });
});
