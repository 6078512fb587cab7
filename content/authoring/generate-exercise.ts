/**
 * First drafts of exercises from a set's accepted annotations, for the teacher to edit: "find the
 * source of this figure" (find), "who gives this figure?" (choice) and "sort the sources" (classify).
 * Pure: works on the set built from the draft.
 */
import { z } from 'zod';
import type { Anchor, Article, ArticleSet, AttributionAnnotation, NumberAnnotation, SourceType } from '../schema/article-set';
import type { Exercise } from '../schema/exercise';
import { SOURCE_TYPE_LABELS } from '../schema/labels';
import { resolveAnchor } from '../logic/anchors';
import { anchorForSpan } from '../logic/anchor-for-span';
import { EXERCISE_KINDS, type ExerciseKind as Kind } from './labels';

export const ExerciseKind = z.enum(EXERCISE_KINDS);
export type ExerciseKind = Kind;

export type Generated = { ok: true; exercise: Exercise } | { ok: false; reason: string };

const quoteOf = (a: Anchor) => a.quote;

function attributionsOf(article: Article): AttributionAnnotation[] {
  return article.annotations.filter((a): a is AttributionAnnotation => a.kind === 'attribution' && a.source !== undefined && a.cue !== undefined);
}

function figureWithSource(article: Article, numberId: string | undefined): { figure: NumberAnnotation; by: AttributionAnnotation } | string {
  const numbers = article.annotations.filter((a): a is NumberAnnotation => a.kind === 'number');
  const candidates = numberId ? numbers.filter((n) => n.id === numberId) : numbers.filter((n) => n.givenBy !== 'unattributed');
  const figure = candidates[0];
  if (!figure) return numberId ? `there is no accepted figure "${numberId}" in this article` : 'accept a figure and the attribution that gives it first';
  const by = attributionsOf(article).find((a) => a.id === figure.givenBy);
  if (!by) return `the figure “${figure.figure.quote}” has no accepted source: accept the attribution in its sentence first`;
  return { figure, by };
}

/** The source and cue as one quotation when they are close together in one block ("the fire service said"). */
function sourceAndCue(article: Article, by: AttributionAnnotation): Anchor {
  const source = resolveAnchor(article, by.source as Anchor);
  const cue = resolveAnchor(article, by.cue as Anchor);
  if (source.ok && cue.ok && source.span.block === cue.span.block) {
    const start = Math.min(source.span.start, cue.span.start);
    const end = Math.max(source.span.end, cue.span.end);
    if (end - start <= 120) {
      const r = anchorForSpan(article, { block: source.span.block, start, end });
      if (r.ok) return r.anchor;
    }
  }
  return by.source as Anchor;
}

export function generateExercise(set: ArticleSet, kind: ExerciseKind, articleId: string, exerciseId: string, annotationId?: string): Generated {
  const article = set.articles.find((a) => a.id === articleId);
  if (!article) return { ok: false, reason: `there is no article "${articleId}"` };
  const ref = (anchor: Anchor, annotation?: string) => ({ article: article.id, anchor, ...(annotation ? { annotation } : {}) });

  if (kind === 'find-source' || kind === 'who-gives') {
    const found = figureWithSource(article, annotationId);
    if (typeof found === 'string') return { ok: false, reason: found };
    const { figure, by } = found;
    const source = quoteOf(by.source as Anchor);
    const explanation = {
      text: `The reporter did not produce the figure “${figure.figure.quote}” themselves: it is attributed to “${source}”, with the words “${quoteOf(by.cue as Anchor)}”.`,
      highlights: [ref(by.source as Anchor, by.id), ref(figure.figure, figure.id)],
    };
    if (kind === 'find-source') {
      return {
        ok: true,
        exercise: {
          id: exerciseId,
          family: 'attribution',
          type: 'find',
          difficulty: 1,
          articles: [article.id],
          prompt: `“${article.shortTitle}” gives the figure “${figure.figure.quote}”. Select the words that tell you who gives this figure.`,
          hints: ['Look in the same sentence as the figure for words such as “said”, “according to” or “announced”.'],
          explanation,
          article: article.id,
          targets: [{ anchor: sourceAndCue(article, by), core: by.source as Anchor, annotation: by.id }],
        },
      };
    }
    const others = [...new Set(attributionsOf(article).map((a) => quoteOf(a.source as Anchor)).filter((s) => s !== source))].slice(0, 3);
    const options = [
      { id: 'o1', text: source, correct: true, feedback: `Yes: the text says the figure comes from “${source}”.` },
      ...others.map((text, i) => ({ id: `o${i + 2}`, text, correct: false, feedback: `“${text}” is quoted in the report, but not for this figure.` })),
    ];
    if (options.length < 3) options.push({ id: `o${options.length + 1}`, text: 'Nobody: it is the reporter’s own figure', correct: false, feedback: 'Look again: the sentence names who gives the figure.' });
    return {
      ok: true,
      exercise: {
        id: exerciseId,
        family: 'numbers',
        type: 'choice',
        difficulty: 1,
        articles: [article.id],
        prompt: `Who gives the figure “${figure.figure.quote}” in “${article.shortTitle}”?`,
        hints: ['Find the figure in the text, then look for the reporting words next to it.'],
        explanation,
        multiple: false,
        options,
      },
    };
  }

  const attributions = attributionsOf(article);
  if (attributions.length < 2) return { ok: false, reason: 'accept at least two attributions with a source in this article first' };
  const types = [...new Set(attributions.map((a) => a.sourceType))];
  const fillers: SourceType[] = ['named-person', 'named-institution', 'vague', 'anonymous-official'];
  for (const t of fillers) if (types.length < 2 && !types.includes(t)) types.push(t);
  const items = attributions.slice(0, 8).map((a, i) => ({
    id: `i${i + 1}`,
    ref: ref(a.source as Anchor, a.id),
    category: a.sourceType,
    feedback: `“${quoteOf(a.source as Anchor)}” is a ${SOURCE_TYPE_LABELS[a.sourceType].toLowerCase()}.`,
  }));
  return {
    ok: true,
    exercise: {
      id: exerciseId,
      family: 'attribution',
      type: 'classify',
      difficulty: 2,
      articles: [article.id],
      prompt: `Sort the sources quoted in “${article.shortTitle}” by the kind of source they are.`,
      hints: ['Could you look the source up? A named person or organisation can be checked; a vague one cannot.'],
      explanation: {
        text: 'Some sources are named so that a reader could check them; others are described only loosely.',
        highlights: items.map((i) => i.ref),
      },
      categories: types.map((t) => ({ id: t, label: SOURCE_TYPE_LABELS[t] })),
      items,
    },
  };
}
