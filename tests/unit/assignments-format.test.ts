import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../content/assignments/canonical-json';
import { sha256Hex } from '../../content/assignments/sha256';
import { assignmentHash, buildAssignment, restrictSet, serialiseAssignment, type AssignmentDraft } from '../../content/assignments/assignment-file';
import { readAssignmentText, readResultsText } from '../../content/assignments/read';
import { StudentExercise } from '../../content/assignments/student-exercise';
import { revealsOrder, stripExercise, toOriginalAnswer } from '../../content/assignments/strip-keys';
import { seededShuffle, shuffleWhere } from '../../content/assignments/seeded-shuffle';
import { RESULTS_FORMAT, RESULTS_KIND, serialiseResults, studentKey, type ResultsFile } from '../../content/assignments/results-file';
import { answerKey, gradeAnswer, lookupArticles } from '../../content/logic/grading';
import { assignmentContentProblems } from '../../content/assignments/check-content';
import { ASSIGNMENT_EXTENSION } from '../../electron.config';
import { ASSIGNMENT_FILE_EXTENSION } from '../../content/assignments/assignment-file';
import { contentDir, seedSet, toStudentIds } from '../support/assignments';
import { createContentRepository } from '../../main/content/content-repository';
import { shippedFromFolder } from '../../main/content/shipped-from-folder';

const ID = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';

async function draft(mode: 'practice' | 'assessment', pick?: (articleIds: string[]) => { articleIds: string[]; exerciseIds: string[] }): Promise<AssignmentDraft> {
  const { set, exercises } = await seedSet();
  const all = { articleIds: set.articles.map((a) => a.id), exerciseIds: exercises.map((e) => e.id) };
  const chosen = pick ? pick(all.articleIds) : all;
  return {
    id: ID,
    title: 'Week 3: who says so?',
    instructions: 'Read both reports first.',
    createdAt: '2026-03-02T09:00:00.000Z',
    due: '2026-03-09',
    attemptsAllowed: 2,
    mode,
    set,
    articleIds: chosen.articleIds,
    exercises: chosen.exerciseIds.map((id) => exercises.find((e) => e.id === id)!),
  };
}

describe('canonical JSON and the content hash', () => {
  it('writes sorted keys without white space, whatever order the keys were given in', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: 'x', c: null }], 'é': true })).toBe('{"a":[3,{"c":null,"d":"x"}],"b":1,"é":true}');
    expect(canonicalJson({ z: { y: 1, x: 2 }, a: 'ü"\n' })).toBe(canonicalJson({ a: 'ü"\n', z: { x: 2, y: 1 } }));
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/cannot hold the number NaN/);
  });

  it('computes SHA-256 with Web Crypto (known test vectors)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the same hash for the same content in any key order, and another for any change', async () => {
    const built = await buildAssignment(await draft('practice'));
    const { contentHash, ...rest } = built.file;
    const reordered = Object.fromEntries(Object.entries(rest).reverse());
    expect(await assignmentHash(reordered)).toBe(contentHash);
    expect(await assignmentHash({ ...rest, title: `${rest.title}!` })).not.toBe(contentHash);
  });

  it('uses the extension electron.config.ts registers', () => {
    expect(ASSIGNMENT_FILE_EXTENSION).toBe(ASSIGNMENT_EXTENSION);
  });
});

describe('building an assignment', () => {
  it('restricts the set to the chosen articles and keeps only links that still join two of them', async () => {
    const { set } = await seedSet();
    const two = set.articles.slice(0, 2).map((a) => a.id);
    const restricted = restrictSet(set, [two[1]!, two[0]!], { annotations: true });
    expect(restricted.articles.map((a) => a.id)).toEqual(two);
    for (const link of restricted.links) {
      expect(link.members.length).toBeGreaterThanOrEqual(2);
      for (const m of link.members) expect(two).toContain(m.article);
    }
    const bare = restrictSet(set, two, { annotations: false });
    expect(bare.articles.every((a) => a.annotations.length === 0)).toBe(true);
    expect(bare.links).toEqual([]);
  });

  it('in practice mode, carries the exercises whole and the set with annotations', async () => {
    const d = await draft('practice');
    const built = await buildAssignment(d);
    expect(built.file.mode).toBe('practice');
    expect(built.file.exercises).toEqual(d.exercises);
    expect(built.file.set.articles.some((a) => a.annotations.length > 0)).toBe(true);
    expect(built.idMaps).toEqual({});
    expect(assignmentContentProblems(built.file)).toEqual([]);
  });

  it('in assessment mode, carries only the student view, which passes its own schema and content check', async () => {
    const built = await buildAssignment(await draft('assessment'));
    expect(built.file.mode).toBe('assessment');
    for (const e of built.file.exercises) expect(StudentExercise.safeParse(e).success).toBe(true);
    expect(built.file.set.articles.every((a) => a.annotations.length === 0)).toBe(true);
    expect(built.fullSet.articles.some((a) => a.annotations.length > 0)).toBe(true);
    expect(assignmentContentProblems(built.file)).toEqual([]);
  });

  it('is deterministic: the same draft gives the same file, byte for byte', async () => {
    const a = serialiseAssignment((await buildAssignment(await draft('assessment'))).file);
    const b = serialiseAssignment((await buildAssignment(await draft('assessment'))).file);
    expect(a).toBe(b);
  });

  it('round-trips through the file: practice and assessment', async () => {
    for (const mode of ['practice', 'assessment'] as const) {
      const { file } = await buildAssignment(await draft(mode));
      const read = await readAssignmentText('week3.lensesassignment', serialiseAssignment(file));
      expect(read).toEqual({ ok: true, value: file });
    }
  });
});

describe('licence and credit in assignment files', () => {
  it('carries each article’s provenance into the file, in both modes, and reads it back', async () => {
    const loaded = await createContentRepository(shippedFromFolder(contentDir)).get('haiti-2010-earthquake');
    if (!loaded) throw new Error('the haiti-2010-earthquake set is missing');
    const voa = loaded.set.articles.find((a) => a.id === 'voa-toll-rises')!;
    for (const mode of ['practice', 'assessment'] as const) {
      const base = await draft(mode);
      const { file } = await buildAssignment({
        ...base,
        set: loaded.set,
        articleIds: [voa.id],
        exercises: [loaded.exercises.find((e) => e.id === 'attr-prov-ap-input')!],
      });
      expect(file.set.articles.map((a) => a.provenance)).toEqual([voa.provenance]);
      expect(file.set.articles[0]?.provenance?.licence).toEqual({ status: 'stated', name: 'Public domain (US government work)' });
      const read = await readAssignmentText('haiti.lensesassignment', serialiseAssignment(file));
      expect(read.ok && read.value.set.articles[0]?.provenance?.credit).toMatch(/^Voice of America, “Death Toll Rises in Haiti Quake Rises to 150,000”/);
      expect(assignmentContentProblems(file)).toEqual([]);
    }
  });

  it('still reads an assignment file made before articles carried a licence', async () => {
    const { file } = await buildAssignment(await draft('practice'));
    const { contentHash: _hash, ...body } = file;
    const older = { ...body, set: { ...body.set, articles: body.set.articles.map(({ provenance: _p, ...a }) => a) } };
    const text = serialiseAssignment({ ...older, contentHash: await assignmentHash(older) } as typeof file);
    expect(text).not.toContain('"provenance"');
    const read = await readAssignmentText('older.lensesassignment', text);
    expect(read.ok).toBe(true);
    expect(read.ok && read.value.set.articles.every((a) => a.provenance === undefined)).toBe(true);
  });
});

describe('the student view of an exercise', () => {
  it('maps every answer key to student ids and back without loss, so it still scores 1', async () => {
    const { set, exercises } = await seedSet();
    const articles = lookupArticles(set.articles);
    for (const exercise of exercises) {
      const { exercise: view, idMap } = stripExercise(exercise, `${ID}/${exercise.id}`);
      expect(view.id).toBe(exercise.id);
      const key = answerKey(exercise, articles);
      const shown = toStudentIds(key, idMap);
      const back = toOriginalAnswer(shown, idMap);
      expect(back).toEqual(key);
      expect(gradeAnswer(exercise, back, articles).score, exercise.id).toBe(1);
    }
  });

  it('renames options and items to neutral ids in shown order', async () => {
    const { exercises } = await seedSet();
    for (const exercise of exercises) {
      const { exercise: view } = stripExercise(exercise, 'seed');
      const shownIds =
        view.type === 'choice' ? view.options.map((o) => o.id) : view.type === 'compare' ? view.phrases.map((p) => p.id) : 'items' in view ? view.items.map((i) => i.id) : [];
      shownIds.forEach((id, i) => expect(id).toMatch(new RegExp(`^[oips]${i + 1}$`)));
    }
  });

  it('never shows an order exercise in its answer order, nor reversed, nor with two answer neighbours in a row', async () => {
    const { exercises } = await seedSet();
    for (const exercise of exercises) {
      if (exercise.type !== 'order') continue;
      for (let seed = 0; seed < 50; seed += 1) {
        const { exercise: view, idMap } = stripExercise(exercise, `seed-${seed}`);
        if (view.type !== 'order') throw new Error('not an order exercise');
        const shown = view.items.map((i) => idMap[i.id]!);
        expect(revealsOrder(shown, exercise.correctOrder, true), `${exercise.id} seed ${seed}: ${shown.join(',')}`).toBe(false);
      }
    }
  });

  it('shows the right option first only as often as chance would (authors tend to put it first)', async () => {
    const { exercises } = await seedSet();
    const choices = exercises.filter((e) => e.type === 'choice');
    expect(choices.filter((e) => e.options[0]!.correct).length).toBeGreaterThan(choices.length / 2);
    let first = 0;
    let expected = 0;
    for (let seed = 0; seed < 200; seed += 1) {
      for (const e of choices) {
        const { exercise: view, idMap } = stripExercise(e, `seed-${seed}/${e.id}`);
        if (view.type !== 'choice') throw new Error('not a choice');
        if (e.options.find((o) => o.id === idMap[view.options[0]!.id])?.correct) first += 1;
        expected += e.options.filter((o) => o.correct).length / e.options.length;
      }
    }
    expect(Math.abs(first - expected) / expected).toBeLessThan(0.15);
  });

  it('shuffles deterministically, and shuffleWhere falls back when nothing is acceptable', () => {
    const xs = ['a', 'b', 'c', 'd', 'e'];
    expect(seededShuffle(xs, 's')).toEqual(seededShuffle(xs, 's'));
    expect([...seededShuffle(xs, 's')].sort()).toEqual(xs);
    expect(shuffleWhere(['a', 'b'], 's', () => false, (o) => o.join('') !== 'ab')).toEqual(['b', 'a']);
    expect(shuffleWhere(['a', 'b', 'c'], 's', () => false)).toEqual(['b', 'c', 'a']);
    expect(shuffleWhere(['a'], 's', () => false)).toEqual(['a']);
  });
});

describe('results files', () => {
  it('round-trip through the file', async () => {
    const { file } = await buildAssignment(await draft('practice'));
    const results: ResultsFile = {
      kind: RESULTS_KIND,
      format: RESULTS_FORMAT,
      assignmentId: file.id,
      assignmentHash: file.contentHash,
      student: { name: 'Zoë “Z” O’Brien' },
      submittedAt: '2026-03-05T10:00:00.000Z',
      appVersion: '0.1.0',
      answers: [
        { exerciseId: 'attr-choice-direct-no-marks', answer: { type: 'choice', selected: ['direct'] }, score: 1, correct: true, attempts: 1, timeSpentMs: 42_000 },
        { exerciseId: 'attr-written-vague-sources', answer: { type: 'written', text: 'Line one\nline «two»', selfCheck: [true, false] }, score: 0.5, correct: false, attempts: 2, timeSpentMs: 300_000 },
      ],
    };
    const read = readResultsText('zoe.lensesresults', serialiseResults(results), { assignment: file, alreadyImported: new Set() });
    expect(read).toEqual({ ok: true, value: results });
  });

  it('treats names that differ only in case, spacing or Unicode form as the same student', () => {
    expect(studentKey('  Anna   Smith ')).toBe(studentKey('anna smith'));
    expect(studentKey('Zoe\u0308')).toBe(studentKey('Zoë'));
    expect(studentKey('Анна')).not.toBe(studentKey('Anna'));
  });
});
