import { describe, expect, it } from 'vitest';
import { readSetFolder } from '../../content/node/read-set-folder';
import { validateArticleSet } from '../../content/logic/validate-set';
import { answerKey, gradeAnswer, lookupArticles, resolveTargets } from '../../content/logic/grading';
import type { Exercise, FindExercise } from '../../content/schema/exercise';

/** The sets made from openly licensed news (issue 17): the same standard as the Gaza set. */
for (const id of ['haiti-2010-earthquake', 'h1n1-2009']) {
  const validated = validateArticleSet(await readSetFolder(`content/sets/${id}`, { withSources: true }), { requireProvenance: true });

  describe(`the ${id} set and its exercises`, () => {
    const set = validated.set;
    if (!set) throw new Error(`${id} does not load`);
    const lookup = lookupArticles(set.articles);
    const bank = validated.exercises;
    const textOf = (articleId: string, block: string) => lookup(articleId)?.blocks.find((b) => b.id === block)?.text ?? '';

    it('is valid, with at least eight exercises per family across the types', () => {
      expect(validated.problems).toEqual([]);
      for (const family of ['attribution', 'framing', 'numbers'] as const) {
        const mine = bank.filter((e) => e.family === family);
        expect(mine.length, family).toBeGreaterThanOrEqual(8);
        expect(new Set(mine.map((e) => e.type)).size, `${family}: types`).toBeGreaterThanOrEqual(5);
      }
      for (const type of ['find', 'choice', 'classify', 'match', 'order', 'compare', 'written'] as const) {
        expect(bank.some((e) => e.type === type), type).toBe(true);
      }
      expect(bank.some((e) => e.family === 'numbers' && e.type === 'order')).toBe(true);
      expect([...new Set(bank.flatMap((e) => e.articles))].sort()).toEqual(set.articles.map((a) => a.id).sort());
    });

    it('annotates attribution, numbers and framing in every article, and links the articles', () => {
      for (const article of set.articles) {
        for (const kind of ['attribution', 'number', 'framing'] as const) expect(article.annotations.some((a) => a.kind === kind), `${article.id}/${kind}`).toBe(true);
      }
      const crossArticle = set.links.filter((l) => new Set(l.members.map((m) => m.article)).size > 1);
      expect(crossArticle.length).toBeGreaterThanOrEqual(3);
    });

    it('has provenance exercises in the attribution family', () => {
      const provenance = bank.filter((e) => e.id.startsWith('attr-prov-'));
      expect(provenance.length).toBeGreaterThanOrEqual(5);
      expect(provenance.every((e) => e.family === 'attribution' && e.prompt.startsWith('Provenance:'))).toBe(true);
    });

    it('rewards discernment: “properly attributed”, “neutral” and “no contradiction” are right answers', () => {
      const rightAnswers = (e: Exercise): string[] =>
        e.type === 'choice'
          ? e.options.filter((o) => o.correct).map((o) => o.text)
          : e.type === 'classify'
            ? e.items.map((i) => e.categories.find((c) => c.id === i.category)?.label ?? '')
            : e.type === 'compare'
              ? [e.prompt]
              : [];
      const all = bank.flatMap(rightAnswers).join('\n');
      expect(all).toMatch(/Properly attributed/);
      expect(all).toMatch(/Neutral/);
      expect(all).toMatch(/No contradiction/);
    });

    it.each(bank.map((e) => [e.id, e] as const))('%s: hint, explanation at the words, and the answer key gets full marks', (_id, exercise) => {
      expect(exercise.hints.length).toBeGreaterThanOrEqual(1);
      expect(exercise.explanation.highlights.length).toBeGreaterThanOrEqual(1);
      const grade = gradeAnswer(exercise, answerKey(exercise, lookup), lookup);
      expect(grade.score).toBe(1);
      expect(grade.status).toBe(exercise.type === 'written' ? 'submitted' : 'correct');
    });

    const finds = bank.filter((e): e is FindExercise => e.type === 'find');
    it.each(finds.map((e) => [e.id, e] as const))('%s: selecting only the cores is right, whole paragraphs are not', (_id, exercise) => {
      const targets = resolveTargets(exercise, lookup);
      expect(gradeAnswer(exercise, { type: 'find', selections: targets.map((t) => t.core ?? t.anchor) }, lookup).correct).toBe(true);
      const paragraphs = [...new Set(targets.map((t) => t.anchor.block))].map((block) => ({ block, start: 0, end: textOf(exercise.article, block).length }));
      expect(gradeAnswer(exercise, { type: 'find', selections: paragraphs }, lookup).score).toBe(0);
    });
  });
}
