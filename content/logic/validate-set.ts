/**
 * Full validation of an article set and its exercises: the schema, then everything the schema
 * cannot say (anchors found and unambiguous, ids unique, links and keys consistent, text identical
 * to its source). Used by `npm run content:check`, by main when it loads sets, and by tests. Pure.
 */
import { ArticleSet, type Anchor, type Annotation, type Article } from '../schema/article-set';
import { ExerciseBank, type Exercise, type TextRef } from '../schema/exercise';
import { resolveAnchor, spansOverlap, type Span } from './anchors';
import { splitSourceText } from './text';
import { describeZodError } from './zod-messages';

export interface Problem {
  file: string;
  id?: string;
  message: string;
}

export interface SetFiles {
  /** Path used in messages, e.g. "content/sets/gaza/set.json". */
  setFile: string;
  setJson: unknown;
  exercisesFile?: string;
  exercisesJson?: unknown;
  /** Source texts by the article's `sourceFile`, when available (the checker passes them). */
  sources?: Record<string, string | undefined>;
}

export interface ValidatedSet {
  set: ArticleSet | null;
  exercises: Exercise[];
  problems: Problem[];
}


/** The anchors an annotation carries, by role. */
function anchorsOf(a: Annotation): Array<{ role: string; anchor: Anchor }> {
  switch (a.kind) {
    case 'attribution':
      return [
        ...(a.cue ? [{ role: 'cue', anchor: a.cue }] : []),
        ...(a.source ? [{ role: 'source', anchor: a.source }] : []),
        ...(a.claim ? [{ role: 'claim', anchor: a.claim }] : []),
      ];
    case 'number':
      return [{ role: 'figure', anchor: a.figure }];
    case 'framing':
      return [{ role: 'span', anchor: a.span }];
  }
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

export interface ValidateOptions {
  /** Shipped content: every article must record its licence and credit (`provenance`). */
  requireProvenance?: boolean;
}

export function validateArticleSet(files: SetFiles, options: ValidateOptions = {}): ValidatedSet {
  const problems: Problem[] = [];
  const parsed = ArticleSet.safeParse(files.setJson);
  if (!parsed.success) {
    for (const line of describeZodError(parsed.error, 20)) problems.push({ file: files.setFile, message: line });
    return { set: null, exercises: [], problems };
  }
  const set = parsed.data;
  const file = files.setFile;
  const articles = new Map<string, Article>();
  const annotationSpans = new Map<string, Map<string, Span[]>>();

  for (const id of duplicates(set.articles.map((a) => a.id))) problems.push({ file, id, message: `article id "${id}" is used more than once` });
  const allAnnotationIds = set.articles.flatMap((a) => a.annotations.map((n) => n.id));
  for (const id of duplicates(allAnnotationIds)) problems.push({ file, id, message: `annotation id "${id}" is used more than once` });
  for (const id of duplicates(set.links.map((l) => l.id))) problems.push({ file, id, message: `link id "${id}" is used more than once` });

  for (const article of set.articles) {
    articles.set(article.id, article);
    if (options.requireProvenance && !article.provenance) {
      problems.push({ file, id: article.id, message: 'the article records no licence and credit ("provenance"); every shipped article needs them' });
    }
    for (const id of duplicates(article.blocks.map((b) => b.id))) problems.push({ file, id: `${article.id}/${id}`, message: `block id "${id}" is used more than once` });
    if (article.published.precision === 'inferred' && article.published.earliest > article.published.latest) {
      problems.push({ file, id: article.id, message: 'the inferred date range ends before it starts' });
    }
    if (files.sources) {
      const raw = files.sources[article.sourceFile];
      if (raw === undefined) {
        problems.push({ file, id: article.id, message: `source file "${article.sourceFile}" is missing` });
      } else {
        const lines = splitSourceText(raw);
        const blocks = article.blocks.map((b) => b.text);
        const n = Math.max(lines.length, blocks.length);
        for (let i = 0; i < n; i += 1) {
          if (lines[i] !== blocks[i]) {
            const where = article.blocks[i]?.id ?? `block ${i + 1}`;
            problems.push({
              file,
              id: `${article.id}/${where}`,
              message:
                lines[i] === undefined
                  ? `block ${i + 1} is not in the source "${article.sourceFile}"`
                  : blocks[i] === undefined
                    ? `source line ${i + 1} of "${article.sourceFile}" is missing from the article: “${lines[i]?.slice(0, 60)}…”`
                    : `block ${i + 1} differs from its source "${article.sourceFile}" (text must be exactly as published)`,
            });
            break;
          }
        }
      }
    }
    const spans = new Map<string, Span[]>();
    annotationSpans.set(article.id, spans);
    const attributionIds = new Set(article.annotations.filter((a) => a.kind === 'attribution').map((a) => a.id));
    for (const annotation of article.annotations) {
      const resolved: Span[] = [];
      for (const { role, anchor } of anchorsOf(annotation)) {
        const r = resolveAnchor(article, anchor);
        if (r.ok) resolved.push(r.span);
        else problems.push({ file, id: `${article.id}/${annotation.id}`, message: `${role}: ${r.reason}` });
      }
      spans.set(annotation.id, resolved);
      if (annotation.kind === 'attribution') {
        const hasCue = annotation.cue !== undefined;
        if (annotation.sourceType === 'reporter') {
          if (!annotation.claim) problems.push({ file, id: `${article.id}/${annotation.id}`, message: "a claim in the reporter's own voice needs the claim's words" });
        } else if (!hasCue || !annotation.source) {
          problems.push({ file, id: `${article.id}/${annotation.id}`, message: 'an attributed claim needs both a cue and a source' });
        }
      }
      if (annotation.kind === 'number' && annotation.givenBy !== 'unattributed' && !attributionIds.has(annotation.givenBy)) {
        problems.push({
          file,
          id: `${article.id}/${annotation.id}`,
          message: `givenBy names "${annotation.givenBy}", which is not an attribution in article "${article.id}"`,
        });
      }
    }
  }

  for (const link of set.links) {
    for (const m of link.members) {
      const article = articles.get(m.article);
      if (!article) problems.push({ file, id: link.id, message: `link member names article "${m.article}", which does not exist` });
      else if (!article.annotations.some((a) => a.id === m.annotation)) {
        problems.push({ file, id: link.id, message: `link member names annotation "${m.annotation}", which is not in article "${m.article}"` });
      }
    }
  }

  let exercises: Exercise[] = [];
  if (files.exercisesJson !== undefined) {
    const efile = files.exercisesFile ?? 'exercises.json';
    const bank = ExerciseBank.safeParse(files.exercisesJson);
    if (!bank.success) {
      for (const line of describeZodError(bank.error, 20)) problems.push({ file: efile, message: line });
    } else {
      if (bank.data.set !== set.id) problems.push({ file: efile, message: `the exercises are for set "${bank.data.set}", not "${set.id}"` });
      exercises = bank.data.exercises;
      for (const id of duplicates(exercises.map((e) => e.id))) problems.push({ file: efile, id, message: `exercise id "${id}" is used more than once` });
      for (const exercise of exercises) problems.push(...checkExercise(efile, exercise, articles, annotationSpans));
    }
  }
  return { set, exercises, problems };
}

function checkExercise(
  file: string,
  exercise: Exercise,
  articles: Map<string, Article>,
  annotationSpans: Map<string, Map<string, Span[]>>,
): Problem[] {
  const problems: Problem[] = [];
  const id = exercise.id;
  const say = (message: string) => problems.push({ file, id, message });
  for (const a of exercise.articles) if (!articles.has(a)) say(`uses article "${a}", which does not exist`);

  const checkRef = (ref: TextRef, where: string): Span | null => {
    const article = articles.get(ref.article);
    if (!article) {
      say(`${where}: article "${ref.article}" does not exist`);
      return null;
    }
    if (!exercise.articles.includes(ref.article)) say(`${where}: article "${ref.article}" is not listed in the exercise's articles`);
    const r = resolveAnchor(article, ref.anchor);
    if (!r.ok) {
      say(`${where}: ${r.reason}`);
      return null;
    }
    if (ref.annotation) {
      const spans = annotationSpans.get(ref.article)?.get(ref.annotation);
      if (!spans) say(`${where}: annotation "${ref.annotation}" is not in article "${ref.article}"`);
      else if (!spans.some((s) => spansOverlap(s, r.span))) say(`${where}: the words do not overlap annotation "${ref.annotation}"`);
    }
    return r.span;
  };

  exercise.explanation.highlights.forEach((ref, i) => checkRef(ref, `explanation highlight ${i + 1}`));

  switch (exercise.type) {
    case 'find': {
      if (!exercise.articles.includes(exercise.article)) say(`article "${exercise.article}" is not listed in the exercise's articles`);
      exercise.targets.forEach((t, i) => {
        const span = checkRef({ article: exercise.article, anchor: t.anchor, annotation: t.annotation }, `target ${i + 1}`);
        if (span && t.core) {
          const article = articles.get(exercise.article);
          const core = article ? resolveAnchor(article, t.core) : null;
          if (core && !core.ok) say(`target ${i + 1} core: ${core.reason}`);
          else if (core && core.ok && !(core.span.block === span.block && core.span.start >= span.start && core.span.end <= span.end)) {
            say(`target ${i + 1}: the core is not inside the target`);
          }
        }
      });
      break;
    }
    case 'choice': {
      const right = exercise.options.filter((o) => o.correct).length;
      if (right === 0) say('no option is marked correct');
      if (!exercise.multiple && right > 1) say('a single-answer question has more than one correct option');
      for (const d of duplicates(exercise.options.map((o) => o.id))) say(`option id "${d}" is used more than once`);
      break;
    }
    case 'classify': {
      const cats = new Set(exercise.categories.map((c) => c.id));
      exercise.items.forEach((item, i) => {
        checkRef(item.ref, `item ${i + 1}`);
        if (!cats.has(item.category)) say(`item "${item.id}" is keyed to category "${item.category}", which does not exist`);
      });
      for (const d of duplicates(exercise.items.map((o) => o.id))) say(`item id "${d}" is used more than once`);
      break;
    }
    case 'match': {
      const options = new Set(exercise.options.map((o) => o.id));
      exercise.items.forEach((item, i) => {
        checkRef(item.ref, `item ${i + 1}`);
        if (!options.has(item.answer)) say(`item "${item.id}" is keyed to option "${item.answer}", which does not exist`);
      });
      for (const d of duplicates(exercise.items.map((o) => o.id))) say(`item id "${d}" is used more than once`);
      break;
    }
    case 'order': {
      exercise.items.forEach((item, i) => checkRef(item.ref, `item ${i + 1}`));
      const items = exercise.items.map((i) => i.id).sort();
      const order = [...exercise.correctOrder].sort();
      if (items.join('|') !== order.join('|')) say('correctOrder must list every item exactly once');
      break;
    }
    case 'compare': {
      exercise.phrases.forEach((p, i) => checkRef(p.ref, `phrase ${i + 1}`));
      if (!exercise.phrases.some((p) => p.correct)) say('no phrase is marked correct');
      break;
    }
    case 'written':
      break;
  }
  return problems;
}
