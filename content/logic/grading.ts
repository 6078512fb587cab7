/**
 * Grading of a student's answer, one rule per exercise type. Pure: no Node, no Electron, no DOM.
 *
 * - Every grade has a status, a score from 0 to 1, per-item feedback and a one-sentence summary.
 * - `correct` is true only when the score is exactly 1. A written response is never auto-correct:
 *   it is "submitted" for the teacher, and its score is the share of rubric lines the student ticked.
 * - Item ids: option/phrase/item ids as in the exercise; for `find`, `target-N` (1-based, in the
 *   exercise's order) and `selection-N` (1-based, for the student's selections after snapping and
 *   merging, in reading order); for `written`, `rubric-N`.
 */
import type { Anchor, Article } from '../schema/article-set';
import type {
  Answer,
  ChoiceExercise,
  ClassifyExercise,
  CompareExercise,
  Exercise,
  FindExercise,
  MatchExercise,
  OrderExercise,
  WrittenExercise,
} from '../schema/exercise';
import { resolveAnchor, type Span } from './anchors';
import { countWords, wordSpans } from './text';

type GradeStatus = 'correct' | 'partial' | 'incorrect' | 'submitted';

interface GradeItem {
  id: string;
  correct: boolean;
  feedback?: string;
  /** For `find`: where the target or the (snapped) selection is, so the UI can mark it. */
  span?: Span;
  /**
   * A right answer the student did not give (a right option not chosen, a target not found). It
   * gives the answer away, so it is shown only once the answer is revealed.
   */
  missed?: boolean;
  /** Feedback that says why the student's choice is not it without naming the answer (shown before the answer is revealed). */
  beforeReveal?: string;
}

export interface Grade {
  /** 'submitted' only for written responses, which the teacher reads. */
  status: GradeStatus;
  /** 0..1 */
  score: number;
  /** score === 1; always false for written responses. */
  correct: boolean;
  items: GradeItem[];
  /** One short sentence for the student. */
  summary: string;
}

/** Gives the article (its blocks) for an id; only `find` exercises need it. */
export type ArticleLookup = (articleId: string) => Pick<Article, 'blocks'> | undefined;

type AnswerOf<T extends Exercise['type']> = Extract<Answer, { type: T }>;

/** An ArticleLookup over a list of articles (e.g. `set.articles`). */
export function lookupArticles(articles: ReadonlyArray<Pick<Article, 'id' | 'blocks'>>): ArticleLookup {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (id) => byId.get(id);
}

/** Grade an answer. Throws when the answer is for another type of exercise, or the content is broken. */
export function gradeAnswer(exercise: Exercise, answer: Answer, articles: ArticleLookup): Grade {
  switch (exercise.type) {
    case 'find':
      if (answer.type === 'find') return gradeFind(exercise, answer, articles);
      break;
    case 'choice':
      if (answer.type === 'choice') return gradeChoice(exercise, answer);
      break;
    case 'classify':
      if (answer.type === 'classify') return gradeClassify(exercise, answer);
      break;
    case 'match':
      if (answer.type === 'match') return gradeMatch(exercise, answer);
      break;
    case 'order':
      if (answer.type === 'order') return gradeOrder(exercise, answer);
      break;
    case 'compare':
      if (answer.type === 'compare') return gradeCompare(exercise, answer);
      break;
    case 'written':
      if (answer.type === 'written') return gradeWritten(exercise, answer);
      break;
  }
  throw new Error(
    `An answer of type "${answer.type}" cannot be graded against exercise "${exercise.id}", which is of type "${exercise.type}".`,
  );
}

// ---------------------------------------------------------------------------------------------
// Shared

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function scored(score: number, items: GradeItem[], summary: string): Grade {
  const s = clamp(score, 0, 1);
  return { status: s === 1 ? 'correct' : s > 0 ? 'partial' : 'incorrect', score: s, correct: s === 1, items, summary };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

// ---------------------------------------------------------------------------------------------
// find

/** Half-open character range in one text. */
export interface Range {
  start: number;
  end: number;
}

/** The words of the paragraphs graded lately: a class's answers select in the same few paragraphs. */
const recentWords = new Map<string, ReturnType<typeof wordSpans>>();
function wordsOf(text: string): ReturnType<typeof wordSpans> {
  let words = recentWords.get(text);
  if (!words) {
    if (recentWords.size >= 64) recentWords.clear();
    words = wordSpans(text);
    recentWords.set(text, words);
  }
  return words;
}

/**
 * Snap a selection outward to whole words: white space at either edge is dropped, and a selection
 * that starts or ends inside a word is widened to the whole word. Punctuation the student selected
 * (quotation marks, say) is kept. Offsets are clamped to the text; reversed offsets are swapped.
 */
export function snapToWords(text: string, start: number, end: number): Range {
  let s = clamp(Math.min(start, end), 0, text.length);
  let e = clamp(Math.max(start, end), 0, text.length);
  while (s < e && /\s/u.test(text.charAt(s))) s += 1;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e -= 1;
  if (s === e) return { start: s, end: e };
  for (const w of wordsOf(text)) {
    if (w.start < s && s < w.end) s = w.start;
    if (w.start < e && e < w.end) e = w.end;
  }
  return { start: s, end: e };
}

/** The words inside a range, without punctuation at the edges (used for a target's core). */
function trimToWords(text: string, range: Range): Range {
  const inside = wordSpans(text).filter((w) => w.start >= range.start && w.end <= range.end);
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first && last ? { start: first.start, end: last.end } : range;
}

export interface ResolvedTarget {
  /** The widest selection that is still right. */
  anchor: Span;
  /** The words a selection must contain (trimmed to whole words), or null. */
  core: Span | null;
}

function resolveOrThrow(article: Pick<Article, 'blocks'>, exercise: Exercise, anchor: Anchor, what: string): Span {
  const r = resolveAnchor(article, anchor);
  if (!r.ok) throw new Error(`Exercise "${exercise.id}": ${what} cannot be found: ${r.reason}`);
  return r.span;
}

function articleOrThrow(exercise: FindExercise, articles: ArticleLookup): Pick<Article, 'blocks'> {
  const article = articles(exercise.article);
  if (!article) throw new Error(`Exercise "${exercise.id}" needs article "${exercise.article}", which was not given.`);
  return article;
}

/** Where a find exercise's targets are in its article. Throws when the content does not resolve. */
export function resolveTargets(exercise: FindExercise, articles: ArticleLookup): ResolvedTarget[] {
  const article = articleOrThrow(exercise, articles);
  return exercise.targets.map((t, i) => {
    const anchor = resolveOrThrow(article, exercise, t.anchor, `target ${i + 1}`);
    if (!t.core) return { anchor, core: null };
    const raw = resolveOrThrow(article, exercise, t.core, `the core of target ${i + 1}`);
    const text = article.blocks.find((b) => b.id === raw.block)?.text ?? '';
    return { anchor, core: { block: raw.block, ...trimToWords(text, raw) } };
  });
}

/** Characters a selection outside the target's anchor may have: max(12, half the anchor). */
const FIND_MIN_SLACK = 12;
/** A selection that hits nothing costs this much of a target. */
export const FIND_WRONG_PENALTY = 0.5;

function overlapLength(a: Span, b: Span): number {
  return a.block === b.block ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) : 0;
}

type Fit = 'hit' | 'too-wide' | 'misses-core' | 'too-little' | 'elsewhere';

/** How a selection relates to one target. */
function fit(selection: Span, target: ResolvedTarget): Fit {
  const inside = overlapLength(selection, target.anchor);
  if (inside === 0) return 'elsewhere';
  const anchorLength = target.anchor.end - target.anchor.start;
  const outside = selection.end - selection.start - inside;
  if (outside > Math.max(FIND_MIN_SLACK, anchorLength / 2)) return 'too-wide';
  if (target.core) {
    const covers = selection.block === target.core.block && selection.start <= target.core.start && selection.end >= target.core.end;
    return covers ? 'hit' : 'misses-core';
  }
  return inside >= anchorLength / 2 ? 'hit' : 'too-little';
}

/**
 * The student's selections as graded: snapped to words, dropped when empty or outside the article,
 * and merged when they overlap or are separated only by white space (so "according" + "to Hamas"
 * is one selection, and a whole paragraph selected around a right answer stays too wide).
 */
function normaliseSelections(article: Pick<Article, 'blocks'>, selections: AnswerOf<'find'>['selections']): { spans: Span[]; stray: number } {
  const texts = new Map(article.blocks.map((b) => [b.id, b.text]));
  const snapped: Span[] = [];
  let stray = 0;
  for (const sel of selections) {
    const text = texts.get(sel.block);
    if (text === undefined || sel.start >= text.length) {
      stray += 1;
      continue;
    }
    const r = snapToWords(text, sel.start, sel.end);
    if (r.end > r.start) snapped.push({ block: sel.block, ...r });
  }
  const order = article.blocks.map((b) => b.id);
  snapped.sort((a, b) => order.indexOf(a.block) - order.indexOf(b.block) || a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of snapped) {
    const last = merged[merged.length - 1];
    const gap = last && last.block === span.block ? (texts.get(span.block) ?? '').slice(last.end, span.start) : null;
    if (last && gap !== null && (span.start <= last.end || /^\s*$/u.test(gap))) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return { spans: merged, stray };
}

const MISS_FEEDBACK: Record<Exclude<Fit, 'hit'>, string> = {
  'too-wide': 'Part of this is right, but the selection is too long: select just the words that answer the question.',
  'misses-core': 'Close, but the key words are not all inside your selection.',
  'too-little': 'Close, but select a little more of the phrase.',
  elsewhere: 'This is not one of the answers.',
};
const FIT_RANK: Record<Exclude<Fit, 'hit'>, number> = { 'too-wide': 3, 'misses-core': 2, 'too-little': 1, elsewhere: 0 };

/**
 * Resolved targets per article lookup and exercise: a class overview grades each exercise once per
 * student with one lookup, and resolving anchors is most of grading a find answer. Content is
 * parsed data that is never changed in place, so what resolved once stays right.
 */
const resolvedTargets = new WeakMap<ArticleLookup, WeakMap<FindExercise, ResolvedTarget[]>>();

function targetsOf(exercise: FindExercise, articles: ArticleLookup): ResolvedTarget[] {
  let byExercise = resolvedTargets.get(articles);
  if (!byExercise) {
    byExercise = new WeakMap();
    resolvedTargets.set(articles, byExercise);
  }
  let targets = byExercise.get(exercise);
  if (!targets) {
    targets = resolveTargets(exercise, articles);
    byExercise.set(exercise, targets);
  }
  return targets;
}

function gradeFind(exercise: FindExercise, answer: AnswerOf<'find'>, articles: ArticleLookup): Grade {
  const article = articleOrThrow(exercise, articles);
  const targets = targetsOf(exercise, articles);
  const { spans, stray } = normaliseSelections(article, answer.selections);
  const hitTargets = new Set<number>();
  const items: GradeItem[] = [];
  const wrong: GradeItem[] = [];
  spans.forEach((span, s) => {
    const fits = targets.map((t) => fit(span, t));
    fits.forEach((f, t) => f === 'hit' && hitTargets.add(t));
    if (fits.includes('hit')) return;
    const nearest = fits.reduce<Exclude<Fit, 'hit'>>((best, f) => (f !== 'hit' && FIT_RANK[f] > FIT_RANK[best] ? f : best), 'elsewhere');
    wrong.push({ id: `selection-${s + 1}`, correct: false, feedback: MISS_FEEDBACK[nearest], span });
  });
  for (let i = 0; i < stray; i += 1) {
    wrong.push({ id: `selection-${spans.length + i + 1}`, correct: false, feedback: 'This selection is not in the article’s text.' });
  }
  targets.forEach((t, i) => {
    const quote = exercise.targets[i]?.anchor.quote ?? '';
    const hit = hitTargets.has(i);
    items.push(hit ? { id: `target-${i + 1}`, correct: true, feedback: `Found: “${quote}”.`, span: { ...t.anchor } } : { id: `target-${i + 1}`, correct: false, missed: true, feedback: 'Not found.', span: { ...t.anchor } });
  });
  items.push(...wrong);
  const n = targets.length;
  const score = Math.max(0, hitTargets.size - wrong.length * FIND_WRONG_PENALTY) / n;
  if (spans.length === 0 && stray === 0) return scored(0, items, 'Select words in the text first.');
  const extra = wrong.length > 0 ? `, plus ${plural(wrong.length, 'selection')} that ${wrong.length === 1 ? 'is' : 'are'} not an answer` : '';
  return scored(score, items, `Found ${hitTargets.size} of ${n}${extra}.`);
}

// ---------------------------------------------------------------------------------------------
// choice and compare

interface Pickable {
  id: string;
  correct: boolean;
  feedback: string;
}

function gradePicks(options: readonly Pickable[], picked: readonly string[], multiple: boolean): Grade {
  const selected = unique(picked);
  const byId = new Map(options.map((o) => [o.id, o]));
  const items: GradeItem[] = selected.map((id) => {
    const o = byId.get(id);
    return o ? { id, correct: o.correct, feedback: o.feedback } : { id, correct: false, feedback: 'This is not one of the options.' };
  });
  const missed = options.filter((o) => o.correct && !selected.includes(o.id));
  items.push(...missed.map((o) => ({ id: o.id, correct: false, missed: true, feedback: o.feedback })));

  const right = selected.filter((id) => byId.get(id)?.correct === true).length;
  const wrong = selected.length - right;
  if (selected.length === 0) return scored(0, items, multiple ? 'Choose one or more answers first.' : 'Choose an answer first.');
  if (!multiple) {
    if (selected.length > 1) return scored(0, items, 'Choose only one answer.');
    return right === 1 ? scored(1, items, 'You chose the right answer.') : scored(0, items, 'Not this one.');
  }
  const total = options.filter((o) => o.correct).length;
  const score = Math.max(0, right - wrong) / total;
  const extra = wrong > 0 ? ` and ${plural(wrong, 'wrong one')}` : '';
  return scored(score, items, `You chose ${right} of ${total} right answers${extra}.`);
}

function gradeChoice(exercise: ChoiceExercise, answer: AnswerOf<'choice'>): Grade {
  return gradePicks(exercise.options, answer.selected, exercise.multiple);
}

/** A compare exercise takes several answers (checkboxes) when more than one phrase is right, else one. */
export function compareIsMultiple(exercise: CompareExercise): boolean {
  return exercise.phrases.filter((p) => p.correct).length > 1;
}

/** Compare works like choice: several phrases may be right (multiple), otherwise exactly one. */
function gradeCompare(exercise: CompareExercise, answer: AnswerOf<'compare'>): Grade {
  return gradePicks(exercise.phrases, answer.selected, compareIsMultiple(exercise));
}

// ---------------------------------------------------------------------------------------------
// classify and match

function gradePlacements(
  keyed: ReadonlyArray<{ id: string; key: string }>,
  placed: Readonly<Record<string, string>>,
  feedbackFor: (id: string, chosen: string | undefined, ok: boolean) => string,
  verb: string,
  nameOf: (chosen: string) => string,
): Grade {
  const chosenFor = (id: string): string | undefined => (Object.hasOwn(placed, id) ? placed[id] : undefined);
  const items = keyed.map(({ id, key }): GradeItem => {
    const chosen = chosenFor(id);
    const ok = chosen === key;
    if (ok) return { id, correct: true, feedback: feedbackFor(id, chosen, ok) };
    const beforeReveal = chosen === undefined ? `Not ${verb} yet.` : `Not “${nameOf(chosen)}”: look at these words again.`;
    return { id, correct: false, feedback: feedbackFor(id, chosen, ok), beforeReveal };
  });
  const right = items.filter((i) => i.correct).length;
  if (keyed.every(({ id }) => chosenFor(id) === undefined)) return scored(0, items, `Nothing ${verb} yet.`);
  return scored(right / keyed.length, items, `${right} of ${keyed.length} ${verb} correctly.`);
}

function gradeClassify(exercise: ClassifyExercise, answer: AnswerOf<'classify'>): Grade {
  const label = new Map(exercise.categories.map((c) => [c.id, c.label]));
  const byId = new Map(exercise.items.map((i) => [i.id, i]));
  return gradePlacements(
    exercise.items.map((i) => ({ id: i.id, key: i.category })),
    answer.placements,
    (id, chosen, ok) => {
      const feedback = byId.get(id)?.feedback ?? '';
      if (ok) return feedback;
      if (chosen === undefined) return `Not placed. ${feedback}`;
      return `Not “${label.get(chosen) ?? chosen}”. ${feedback}`;
    },
    'placed',
    (chosen) => label.get(chosen) ?? chosen,
  );
}

function gradeMatch(exercise: MatchExercise, answer: AnswerOf<'match'>): Grade {
  const text = new Map(exercise.options.map((o) => [o.id, o.text]));
  const key = new Map(exercise.items.map((i) => [i.id, i.answer]));
  return gradePlacements(
    exercise.items.map((i) => ({ id: i.id, key: i.answer })),
    answer.pairs,
    (id, chosen, ok) => {
      const right = text.get(key.get(id) ?? '') ?? '';
      if (ok) return `Right: ${right}.`;
      if (chosen === undefined) return `Not matched. The answer: ${right}.`;
      return `Not “${text.get(chosen) ?? chosen}”. The answer: ${right}.`;
    },
    'matched',
    (chosen) => text.get(chosen) ?? chosen,
  );
}

// ---------------------------------------------------------------------------------------------
// order

/** Pairs in the right relative order, out of all pairs (Kendall-style). */
export function pairsInOrder(order: readonly string[], correctOrder: readonly string[]): { right: number; total: number } {
  const rank = new Map(correctOrder.map((id, i) => [id, i]));
  let right = 0;
  let total = 0;
  for (let i = 0; i < order.length; i += 1) {
    for (let j = i + 1; j < order.length; j += 1) {
      total += 1;
      if ((rank.get(order[i] ?? '') ?? -1) < (rank.get(order[j] ?? '') ?? -1)) right += 1;
    }
  }
  return { right, total };
}

function gradeOrder(exercise: OrderExercise, answer: AnswerOf<'order'>): Grade {
  const ids = exercise.items.map((i) => i.id);
  const counts = new Map<string, number>();
  for (const id of answer.order) counts.set(id, (counts.get(id) ?? 0) + 1);
  const isPermutation = answer.order.length === ids.length && ids.every((id) => counts.get(id) === 1);
  if (!isPermutation) {
    const items: GradeItem[] = ids.map((id) => {
      const n = counts.get(id) ?? 0;
      return { id, correct: false, feedback: n === 0 ? 'Missing from your order.' : n > 1 ? 'Listed more than once.' : 'Placed.' };
    });
    for (const id of unique(answer.order)) if (!ids.includes(id)) items.push({ id, correct: false, feedback: 'This is not one of the items.' });
    const summary = answer.order.length === 0 ? 'Put the items in order first.' : 'Put every item in the list exactly once.';
    return scored(0, items, summary);
  }
  const position = new Map(exercise.correctOrder.map((id, i) => [id, i]));
  const items = answer.order.map((id, i) => {
    const want = position.get(id) ?? i;
    const feedback =
      want === i ? 'In the right place.' : want < i ? `Belongs earlier (towards “${exercise.firstLabel}”).` : `Belongs later (towards “${exercise.lastLabel}”).`;
    return { id, correct: want === i, feedback };
  });
  const { right, total } = pairsInOrder(answer.order, exercise.correctOrder);
  const summary = right === total ? 'All in the right order.' : `${right} of ${total} pairs are in the right order.`;
  return scored(right / total, items, summary);
}

// ---------------------------------------------------------------------------------------------
// written

/**
 * Written responses are read by the teacher. A response shorter than `minWords` (or empty) is
 * 'incorrect' with score 0; otherwise it is 'submitted', never `correct`, and its score is the share
 * of rubric lines the student ticked in the self-check.
 */
function gradeWritten(exercise: WrittenExercise, answer: AnswerOf<'written'>): Grade {
  const words = countWords(answer.text);
  const ticked = exercise.rubric.map((_, i) => answer.selfCheck[i] === true);
  const items = exercise.rubric.map((line, i) => ({ id: `rubric-${i + 1}`, correct: ticked[i] === true, feedback: line }));
  const min = exercise.minWords;
  if (words === 0 || words < min) {
    const summary = min > 0 ? `Write at least ${plural(min, 'word')} (you have ${words}).` : 'Write your answer first.';
    return { status: 'incorrect', score: 0, correct: false, items, summary };
  }
  const n = ticked.filter(Boolean).length;
  return {
    status: 'submitted',
    score: n / exercise.rubric.length,
    correct: false,
    items,
    summary: `Submitted: you ticked ${n} of ${exercise.rubric.length} checklist points, and your teacher will read your answer.`,
  };
}

// ---------------------------------------------------------------------------------------------
// answer key

/** The answer that scores 1 (for written: the model answer with every rubric line ticked). */
export function answerKey(exercise: Exercise, articles: ArticleLookup): Answer {
  switch (exercise.type) {
    case 'find':
      return { type: 'find', selections: resolveTargets(exercise, articles).map((t) => ({ ...t.anchor })) };
    case 'choice':
      return { type: 'choice', selected: exercise.options.filter((o) => o.correct).map((o) => o.id) };
    case 'classify':
      return { type: 'classify', placements: Object.fromEntries(exercise.items.map((i) => [i.id, i.category])) };
    case 'match':
      return { type: 'match', pairs: Object.fromEntries(exercise.items.map((i) => [i.id, i.answer])) };
    case 'order':
      return { type: 'order', order: [...exercise.correctOrder] };
    case 'compare':
      return { type: 'compare', selected: exercise.phrases.filter((p) => p.correct).map((p) => p.id) };
    case 'written':
      return { type: 'written', text: exercise.modelAnswer, selfCheck: exercise.rubric.map(() => true) };
  }
}
