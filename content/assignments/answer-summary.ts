/**
 * Short, readable descriptions of what a student got wrong, for the class overview's "common wrong
 * answers": the options they chose, the order they gave, each item they misplaced, the words they
 * selected. Every answer is in the exercise's own ids. Pure.
 */
import type { Answer, Exercise, TextRef } from '../schema/exercise';
import type { ArticleLookup, Grade } from '../logic/grading';

const SUMMARY_MAX_LENGTH = 120;

function clip(text: string, max = SUMMARY_MAX_LENGTH): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Each quotation shortened once: a class's wrong answers name the same few items again and again. */
const quotes = new WeakMap<TextRef, string>();
function quoted(ref: TextRef): string {
  let text = quotes.get(ref);
  if (text === undefined) {
    text = `“${clip(ref.anchor.quote, 50)}”`;
    quotes.set(ref, text);
  }
  return text;
}

function picked<T extends { id: string }>(list: readonly T[], selected: readonly string[], show: (item: T) => string): string {
  const chosen = list.filter((item) => selected.includes(item.id));
  return chosen.length === 0 ? '(nothing chosen)' : clip(chosen.map(show).join(' + '));
}

/**
 * The wrong parts of an answer, each as one short text. Whole-answer types (choice, compare, order)
 * give one text when the answer is not fully right; item types (classify, match) give one text per
 * wrong item; find gives one per selection that is not an answer. Written answers give none.
 */
export function wrongAnswerSummaries(exercise: Exercise, answer: Answer, grade: Grade, articles: ArticleLookup): string[] {
  if (grade.correct) return [];
  switch (exercise.type) {
    case 'choice':
      return answer.type === 'choice' ? [picked(exercise.options, answer.selected, (o) => o.text)] : [];
    case 'compare':
      return answer.type === 'compare' ? [picked(exercise.phrases, answer.selected, (p) => quoted(p.ref))] : [];
    case 'order': {
      if (answer.type !== 'order') return [];
      const label = new Map(exercise.items.map((i) => [i.id, i.label]));
      return [answer.order.length === 0 ? '(no order given)' : clip(answer.order.map((id) => label.get(id) ?? id).join(' → '))];
    }
    case 'classify': {
      if (answer.type !== 'classify') return [];
      const category = new Map(exercise.categories.map((c) => [c.id, c.label]));
      return exercise.items
        .filter((item) => answer.placements[item.id] !== item.category)
        .map((item) => {
          const chosen = Object.hasOwn(answer.placements, item.id) ? answer.placements[item.id] : undefined;
          return clip(`${quoted(item.ref)} → ${chosen === undefined ? '(not placed)' : (category.get(chosen) ?? chosen)}`);
        });
    }
    case 'match': {
      if (answer.type !== 'match') return [];
      const option = new Map(exercise.options.map((o) => [o.id, o.text]));
      return exercise.items
        .filter((item) => answer.pairs[item.id] !== item.answer)
        .map((item) => {
          const chosen = Object.hasOwn(answer.pairs, item.id) ? answer.pairs[item.id] : undefined;
          return clip(`${quoted(item.ref)} → ${chosen === undefined ? '(not matched)' : (option.get(chosen) ?? chosen)}`);
        });
    }
    case 'find': {
      if (answer.type !== 'find') return [];
      if (answer.selections.length === 0) return ['(nothing selected)'];
      const blocks = new Map((articles(exercise.article)?.blocks ?? []).map((b) => [b.id, b.text]));
      return grade.items.flatMap(({ id, correct, span }) =>
        id.startsWith('selection-') && !correct && span ? [`“${clip((blocks.get(span.block) ?? '').slice(span.start, span.end), SUMMARY_MAX_LENGTH - 2)}”`] : [],
      );
    }
    case 'written':
      return [];
  }
}
