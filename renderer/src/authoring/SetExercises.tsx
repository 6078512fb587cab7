import { useState } from 'react';
import { EXERCISE_TYPE_LABELS } from '../../../content/schema/labels';
import { EXERCISE_KIND_LABELS, EXERCISE_KINDS, type ExerciseKind } from '../../../content/authoring/labels';
import { getLenses } from '../shared/lenses';
import { navigate, routeToHash } from '../shared/routes';
import type { DraftProps } from './draft-props';

/** The set's exercises (edit, delete), and a new one drafted from an article's accepted highlights. */
export function SetExercises({ view, apply }: Pick<DraftProps, 'view' | 'apply'>) {
  const { draft } = view;
  const lenses = getLenses();
  const [exerciseArticle, setExerciseArticle] = useState(draft.articles[0]?.id ?? '');
  const [kind, setKind] = useState<ExerciseKind>('find-source');
  const draftId = draft.id;

  const createExercise = async () => {
    const article = exerciseArticle || draft.articles[0]?.id;
    if (!article) return;
    let id = '';
    const ok = await apply(async () => {
      const r = await lenses.addExercise({ draftId, articleId: article, kind });
      id = r.exerciseId;
      return r.view;
    });
    if (ok) navigate({ screen: 'teacher', draftId, exerciseId: id });
  };

  return (
    <section aria-labelledby="exercises-title" className="panel">
      <h2 id="exercises-title">Exercises ({draft.exercises.length})</h2>
      {draft.exercises.length > 0 && (
        <ul className="plain-list exercise-rows" aria-label="Exercises in this set">
          {draft.exercises.map((e) => (
            <li key={e.id}>
              <span>
                <strong>{EXERCISE_TYPE_LABELS[e.type]}</strong>: {e.prompt}
              </span>
              <span className="row-actions">
                <a className="button small" href={routeToHash({ screen: 'teacher', draftId, exerciseId: e.id })} aria-label={`Edit exercise: ${e.prompt}`}>
                  Edit
                </a>
                <button
                  type="button"
                  className="small"
                  aria-label={`Delete exercise: ${e.prompt}`}
                  onClick={() => void apply(() => lenses.deleteExercise({ draftId, exerciseId: e.id }), 'Deleted the exercise.')}
                >
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {draft.articles.length === 0 ? (
        <p>Add an article first.</p>
      ) : (
        <div className="builder new-exercise">
          <p>Lenses writes a first draft from the highlights you accepted; you can then change every word of it.</p>
          <div className="filters">
            <label className="filter" htmlFor="new-exercise-article">
              Article
            </label>
            <select id="new-exercise-article" value={exerciseArticle} onChange={(e) => setExerciseArticle(e.target.value)}>
              {draft.articles.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.shortTitle}
                </option>
              ))}
            </select>
            <label className="filter" htmlFor="new-exercise-kind">
              Kind of exercise
            </label>
            <select id="new-exercise-kind" value={kind} onChange={(e) => setKind(e.target.value as ExerciseKind)}>
              {EXERCISE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {EXERCISE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => void createExercise()}>
              Create exercise
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
