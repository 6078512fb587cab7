/**
 * First drafts of exercises from a set's accepted annotations, for the teacher to edit: "find the
 * source of this figure" (find), "who gives this figure?" (choice), "sort the sources" (classify),
 * "match each figure to what it counts" (match), "put the figures in the order the text gives them"
 * (order), "which wording is most neutral?" (compare) and a written response about the sources or
 * figures. Pure: works on the set built from the draft.
 */
import { z } from 'zod';
import type { Anchor, Article, ArticleSet, AttributionAnnotation, FramingAnnotation, NumberAnnotation, SourceType } from '../schema/article-set';
import type { Exercise } from '../schema/exercise';
import { FRAMING_DEVICE_LABELS, SOURCE_TYPE_LABELS } from '../schema/labels';
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

function figuresOf(article: Article): NumberAnnotation[] {
  return article.annotations.filter((a): a is NumberAnnotation => a.kind === 'number');
}

function framingsOf(article: Article): FramingAnnotation[] {
  return article.annotations.filter((a): a is FramingAnnotation => a.kind === 'framing');
}

/** Where an anchor is in the article, for sorting in reading order (unresolvable anchors last). */
function positionOf(article: Article, anchor: Anchor): number {
  const r = resolveAnchor(article, anchor);
  if (!r.ok) return Number.MAX_SAFE_INTEGER;
  return article.blocks.findIndex((b) => b.id === r.span.block) * 1_000_000 + r.span.start;
}

const inReadingOrder = <T>(article: Article, items: T[], anchorOf: (t: T) => Anchor): T[] =>
  items.map((t) => ({ t, at: positionOf(article, anchorOf(t)) })).sort((a, b) => a.at - b.at).map((x) => x.t);

/** Labels made distinct ("homes", "homes (2)"), so a student can tell the items apart. */
function distinct(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l} (${n})`;
  });
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

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

  if (kind === 'match-figures') return matchFigures(article, exerciseId);
  if (kind === 'order-figures') return orderFigures(article, exerciseId);
  if (kind === 'compare-wording') return compareWording(set, article, exerciseId);
  if (kind === 'written-response') return writtenResponse(article, exerciseId);

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

const refIn = (article: Article, anchor: Anchor, annotation: string) => ({ article: article.id, anchor, annotation });

/** Each accepted figure matched to what it counts; the options are the distinct things counted. */
function matchFigures(article: Article, exerciseId: string): Generated {
  const figures = inReadingOrder(article, figuresOf(article), (f) => f.figure).slice(0, 8);
  if (figures.length < 2) return { ok: false, reason: 'accept at least two figures in this article first' };
  const counts = [...new Set(figures.map((f) => f.counts))];
  if (counts.length < 2) return { ok: false, reason: `the accepted figures all count “${counts[0] ?? ''}”: accept figures that count at least two different things` };
  const options = counts.map((text, i) => ({ id: `o${i + 1}`, text }));
  const optionFor = (c: string) => options.find((o) => o.text === c)?.id ?? 'o1';
  return {
    ok: true,
    exercise: {
      id: exerciseId,
      family: 'numbers',
      type: 'match',
      difficulty: 1,
      articles: [article.id],
      prompt: `Match each figure in “${article.shortTitle}” to what it counts.`,
      hints: ['Read the words just after each figure: they usually say what is being counted.'],
      explanation: {
        text: figures.map((f) => `“${f.figure.quote}” counts ${f.counts}.`).join(' '),
        highlights: figures.map((f) => refIn(article, f.figure, f.id)),
      },
      items: figures.map((f, i) => ({ id: `i${i + 1}`, ref: refIn(article, f.figure, f.id), answer: optionFor(f.counts) })),
      options,
    },
  };
}

/**
 * The accepted figures in the order the text gives them (or, with fewer than two figures, the
 * sources in the order they are quoted). The player shuffles the starting order.
 */
function orderFigures(article: Article, exerciseId: string): Generated {
  const figures = inReadingOrder(article, figuresOf(article), (f) => f.figure).slice(0, 8);
  const common = { id: exerciseId, difficulty: 1 as const, articles: [article.id], type: 'order' as const, firstLabel: 'First in the text', lastLabel: 'Last in the text' };
  if (figures.length >= 2) {
    const labels = distinct(figures.map((f) => capitalised(f.counts)));
    const items = figures.map((f, i) => ({ id: `i${i + 1}`, ref: refIn(article, f.figure, f.id), label: labels[i] as string }));
    return {
      ok: true,
      exercise: {
        ...common,
        family: 'numbers',
        prompt: `Put the figures in “${article.shortTitle}” in the order the report gives them, from first to last. Which figure did the reporter put first?`,
        hints: ['Scan the article from the top and note each figure as you meet it.'],
        explanation: {
          text: `The report gives ${figures.map((f) => `“${f.figure.quote}”`).join(', then ')}. What comes first is what the reporter chose to put in front of the reader.`,
          highlights: items.map((i) => i.ref),
        },
        items,
        correctOrder: items.map((i) => i.id),
      },
    };
  }
  const sources = inReadingOrder(article, attributionsOf(article), (a) => a.source as Anchor).slice(0, 8);
  if (sources.length < 2) return { ok: false, reason: 'accept at least two figures (or two attributions with a source) in this article first' };
  const labels = distinct(sources.map((a) => capitalised(quoteOf(a.source as Anchor))));
  const items = sources.map((a, i) => ({ id: `i${i + 1}`, ref: refIn(article, sourceAndCue(article, a), a.id), label: labels[i] as string }));
  return {
    ok: true,
    exercise: {
      ...common,
      family: 'attribution',
      prompt: `Put the sources quoted in “${article.shortTitle}” in the order the report quotes them, from first to last. Who gets the first word?`,
      hints: ['Scan the article from the top and note each source as you meet it.'],
      explanation: {
        text: `The report quotes ${sources.map((a) => `“${quoteOf(a.source as Anchor)}”`).join(', then ')}. The source quoted first often sets how the reader sees the story.`,
        highlights: items.map((i) => i.ref),
      },
      items,
      correctOrder: items.map((i) => i.id),
    },
  };
}

/**
 * "Which wording is most neutral?" from the accepted framing highlights of this article, then of
 * the set's other articles. Neutral wording is marked right; when there is none, the first phrase is
 * marked right as a default the teacher must check.
 */
function compareWording(set: ArticleSet, article: Article, exerciseId: string): Generated {
  const ordered = [article, ...set.articles.filter((a) => a.id !== article.id)];
  const phrases = ordered.flatMap((a) => inReadingOrder(a, framingsOf(a), (f) => f.span).map((f) => ({ a, f }))).slice(0, 6);
  if (phrases.length < 2) return { ok: false, reason: 'accept at least two framing highlights (in this article or the set’s others) first' };
  const hasNeutral = phrases.some(({ f }) => f.device === 'neutral-wording');
  // Without accepted neutral wording there is no honest "most neutral" answer: ask instead which
  // phrases make the same kind of choice as the first one, which the accepted highlights do say.
  const target = hasNeutral ? 'neutral-wording' : phrases[0]!.f.device;
  const targetLabel = FRAMING_DEVICE_LABELS[target].toLowerCase();
  const withArticle = (label: string) => `${/^[aeiou]/u.test(label) ? 'an' : 'a'} ${label}`;
  const items = phrases.map(({ a, f }, i) => {
    const correct = f.device === target;
    const device = FRAMING_DEVICE_LABELS[f.device].toLowerCase();
    return {
      id: `p${i + 1}`,
      ref: refIn(a, f.span, f.id),
      correct,
      feedback: hasNeutral
        ? correct
          ? `Yes: “${f.span.quote}” describes ${f.refersTo} without taking a side.`
          : `“${f.span.quote}” is ${withArticle(device)}: it tells the reader how to feel about ${f.refersTo}.`
        : correct
          ? `Yes: “${f.span.quote}” is ${withArticle(device)} (about ${f.refersTo}).`
          : `“${f.span.quote}” is ${withArticle(device)}, not ${withArticle(targetLabel)}.`,
    };
  });
  const articles = [...new Set(phrases.map(({ a }) => a.id))];
  const where = articles.length > 1 ? 'The reports describe the same events in different words.' : `These phrases come from “${article.shortTitle}”.`;
  return {
    ok: true,
    exercise: {
      id: exerciseId,
      family: 'framing',
      type: 'compare',
      difficulty: 2,
      articles,
      prompt: hasNeutral ? `${where} Which wording is most neutral?` : `${where} Which of them are ${withArticle(targetLabel)}?`,
      hints: [
        hasNeutral
          ? 'Ask of each phrase: does it only say what happened, or does it also tell you what to think of it?'
          : `Look at how each phrase is built, not at who it is about: which ones are ${withArticle(targetLabel)}?`,
      ],
      explanation: {
        text: hasNeutral
          ? 'Neutral wording says what happened and leaves the judgement to the reader; the other phrases carry a judgement in their choice of words.'
          : `Each phrase makes a choice of words; ${withArticle(targetLabel)} is one kind of choice, and the others are different kinds.`,
        highlights: items.map((i) => i.ref),
      },
      phrases: items,
    },
  };
}

/** A written response about the article's sources (or, without sources, its figures), with a model answer and a rubric. */
function writtenResponse(article: Article, exerciseId: string): Generated {
  const sources = inReadingOrder(article, attributionsOf(article), (a) => a.source as Anchor).slice(0, 6);
  const common = { id: exerciseId, type: 'written' as const, difficulty: 2 as const, articles: [article.id], minWords: 15 };
  if (sources.length > 0) {
    const named = sources.filter((a) => a.sourceType === 'named-person' || a.sourceType === 'named-institution' || a.sourceType === 'document' || a.sourceType === 'news-agency');
    const vague = sources.filter((a) => !named.includes(a));
    const list = (xs: AttributionAnnotation[]) => xs.map((a) => `“${quoteOf(a.source as Anchor)}”`).join(', ');
    const modelAnswer = [
      `The report relies on ${sources.length === 1 ? 'one source' : `${sources.length} sources`}: ${list(sources)}.`,
      named.length > 0 ? `A reader could check ${list(named)}, because ${named.length === 1 ? 'it is' : 'they are'} named.` : 'None of them is named well enough for a reader to check.',
      vague.length > 0 ? `${capitalised(list(vague))} ${vague.length === 1 ? 'is' : 'are'} not named, so we have to take the reporter’s word for ${vague.length === 1 ? 'it' : 'them'}.` : 'Every claim can be traced to a named source.',
    ].join(' ');
    return {
      ok: true,
      exercise: {
        ...common,
        family: 'attribution',
        prompt: `Who are the sources in “${article.shortTitle}”? Which of them could a reader check, and which not? Answer in a few sentences, quoting the text.`,
        hints: ['Look for reporting words such as “said” or “according to”, then for who is speaking.'],
        explanation: { text: modelAnswer, highlights: sources.map((a) => refIn(article, a.source as Anchor, a.id)) },
        modelAnswer,
        rubric: ['I name the sources the report quotes, in the text’s words.', 'I say which sources are named and could be checked.', 'I say which sources are vague or anonymous, and why that matters.'],
      },
    };
  }
  const figures = inReadingOrder(article, figuresOf(article), (f) => f.figure).slice(0, 6);
  if (figures.length === 0) return { ok: false, reason: 'accept an attribution or a figure in this article first' };
  const modelAnswer = `The report gives ${figures.map((f) => `“${f.figure.quote}” (${f.counts})`).join(', ')}. ${
    figures.some((f) => f.givenBy === 'unattributed') ? 'Some figures are not attributed to anyone, so a reader cannot tell where they come from.' : 'Each figure is attributed to a source.'
  } Words such as “at least” or “around” show how sure the figure is.`;
  return {
    ok: true,
    exercise: {
      ...common,
      family: 'numbers',
      prompt: `What figures does “${article.shortTitle}” give, and how do you know where each comes from? Answer in a few sentences, quoting the text.`,
      hints: ['Find each number in the text, then look in the same sentence for who gives it.'],
      explanation: { text: modelAnswer, highlights: figures.map((f) => refIn(article, f.figure, f.id)) },
      modelAnswer,
      rubric: ['I quote the figures the report gives.', 'I say who gives each figure, or that nobody is named.', 'I notice words that make a figure less exact, such as “at least” or “around”.'],
    },
  };
}
