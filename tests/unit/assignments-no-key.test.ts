/**
 * An assessment file must not carry the answer key in any form. These tests search the text of the
 * file as saved for every key value of every exercise in the seed bank.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../content/schema/exercise';
import { AssignmentFile } from '../../content/assignments/assignment-file';
import type { StudentExercise } from '../../content/assignments/student-exercise';
import { createSeedAssignment, exportedText, seedSet, teacherCopy, unlockedTeacher } from '../support/assignments';

let text = '';
let file: AssignmentFile;
let exercises: Exercise[] = [];
let idMaps: Record<string, Record<string, string>> = {};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** How often a string appears as a value (not a key) in compact JSON text. */
const valueOccurrences = (haystack: string, value: string) => haystack.match(new RegExp(`${escapeRegExp(json(value))}(?!:)`, 'gu'))?.length ?? 0;
/** A string as it appears in the saved JSON. */
const json = (s: string) => JSON.stringify(s);
/** The saved text of one exercise's object in the file. */
const exerciseText = (id: string) => JSON.stringify(file.exercises.find((e) => e.id === id));
const shown = (id: string): StudentExercise => {
  const e = file.exercises.find((x) => x.id === id);
  if (!e || !('type' in e)) throw new Error(`no exercise ${id}`);
  return e as StudentExercise;
};

beforeAll(async () => {
  const s = await unlockedTeacher();
  const id = await createSeedAssignment(s.handlers, 'assessment');
  text = await exportedText(s, id);
  file = AssignmentFile.parse(JSON.parse(text));
  const copy = await teacherCopy(s.dir, id);
  exercises = copy.exercises;
  idMaps = copy.idMaps;
  expect(exercises).toHaveLength((await seedSet()).exercises.length);
});

describe('an assessment file, as saved', () => {
  it('is in assessment mode and holds every exercise', () => {
    expect(file.mode).toBe('assessment');
    expect(file.exercises.map((e) => e.id)).toEqual(exercises.map((e) => e.id));
  });

  it('has none of the fields that hold keys, feedback, hints or explanations', () => {
    // (Articles keep their own `note`s about an unknown outlet or date: reading material, not a key.)
    for (const key of ['correct', 'category', 'answer', 'correctOrder', 'targets', 'core', 'modelAnswer', 'rubric', 'feedback', 'explanation', 'highlights', 'hints', 'annotation', 'cue', 'sourceType', 'device', 'hedge', 'givenBy']) {
      expect(text, key).not.toContain(`${json(key)}:`);
    }
  });

  it('carries the articles without annotations or links (a source type or device would give answers away)', () => {
    expect(file.set.articles.every((a) => a.annotations.length === 0)).toBe(true);
    expect(file.set.links).toEqual([]);
  });

  it('contains no explanation, feedback, hint, rubric line or model answer text', () => {
    for (const e of exercises) {
      const texts = [e.explanation.text, ...e.hints];
      if (e.type === 'choice') texts.push(...e.options.map((o) => o.feedback));
      if (e.type === 'compare') texts.push(...e.phrases.map((p) => p.feedback));
      if (e.type === 'classify') texts.push(...e.items.map((i) => i.feedback));
      if (e.type === 'written') texts.push(e.modelAnswer, ...e.rubric);
      for (const t of texts) expect(text.includes(json(t).slice(1, -1)), `${e.id}: ${t.slice(0, 40)}`).toBe(false);
    }
  });

  it('does not name the correct options: original option ids are gone and nothing marks an option right', () => {
    for (const e of exercises) {
      if (e.type !== 'choice' && e.type !== 'compare') continue;
      const own = exerciseText(e.id);
      const list = e.type === 'choice' ? e.options : e.phrases;
      for (const o of list.filter((x) => x.correct)) expect(own, `${e.id}: ${o.id}`).not.toContain(json(o.id));
      // Every shown option maps back to one of the exercise's own options.
      const view = shown(e.id);
      const shownIds = view.type === 'choice' ? view.options.map((o) => o.id) : view.type === 'compare' ? view.phrases.map((p) => p.id) : [];
      expect(shownIds.map((id) => idMaps[e.id]![id]).sort()).toEqual(list.map((o) => o.id).sort());
    }
  });

  it('does not give the category of any classify item or the answer of any match item', () => {
    let checked = 0;
    for (const e of exercises) {
      if (e.type !== 'classify' && e.type !== 'match') continue;
      const own = exerciseText(e.id);
      for (const item of e.items) {
        // Authored item ids can name the answer ("netanyahu-direct" in category "direct"). (An id may
        // also be a word of the text, "massacred", so only id positions are searched.)
        expect(own, `${e.id}: item ${item.id}`).not.toContain(`"id":${json(item.id)}`);
      }
      // Each key value (a category or option id) appears once: in the list of choices, never beside an item.
      const keys = e.type === 'classify' ? e.items.map((i) => i.category) : e.items.map((i) => i.answer);
      for (const key of new Set(keys)) {
        checked += 1;
        expect(valueOccurrences(own, key), `${e.id}: ${key}`).toBe(1);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('does not list order items in their correct order', () => {
    for (const e of exercises) {
      if (e.type !== 'order') continue;
      const view = shown(e.id) as Extract<StudentExercise, { type: 'order' }>;
      const correctLabels = e.correctOrder.map((id) => e.items.find((i) => i.id === id)!.label);
      expect(view.items.map((i) => i.label)).not.toEqual(correctLabels);
      expect(exerciseText(e.id)).not.toMatch(new RegExp(correctLabels.map((l) => escapeRegExp(json(l))).join('[^]*'), 'u'));
      for (const id of e.correctOrder) expect(exerciseText(e.id)).not.toContain(json(id));
    }
  });

  it('does not hold any find target as an anchor', () => {
    const shownRefs = new Set(
      file.exercises.flatMap((e) => ('items' in e ? e.items.map((i) => i.ref.anchor.quote) : 'phrases' in e ? e.phrases.map((p) => p.ref.anchor.quote) : [])),
    );
    let checked = 0;
    for (const e of exercises) {
      if (e.type !== 'find') continue;
      for (const t of e.targets) {
        for (const anchor of [t.anchor, t.core]) {
          if (!anchor || shownRefs.has(anchor.quote)) continue;
          checked += 1;
          expect(text, `${e.id}: ${anchor.quote}`).not.toContain(`"quote": ${json(anchor.quote)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
