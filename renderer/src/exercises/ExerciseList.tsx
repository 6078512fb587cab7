import type { ArticleSet } from '../../../content/schema/article-set';
import type { Exercise, Family } from '../../../content/schema/exercise';
import { EXERCISE_TYPE_LABELS, FAMILY_LABELS } from '../../../content/schema/labels';
import { routeToHash } from '../shared/routes';

export type ExerciseStatus = { best: number; correct: boolean; attempts: number; firstTry: boolean; openTries: number } | undefined;

const FAMILIES: Family[] = ['attribution', 'framing', 'numbers'];

function statusText(s: ExerciseStatus): string {
  if (!s || s.attempts === 0) return 'Not tried';
  if (s.correct) return s.firstTry ? '✓ Done, right on the first try' : '✓ Done after more than one try';
  return `◐ Best ${Math.round(s.best * 100)}%`;
}

/** The exercises of a set, by family, each family startable as a run from its first unfinished exercise. */
export function ExerciseList({ set, exercises, family, status }: { set: ArticleSet; exercises: Exercise[]; family: string | undefined; status: (id: string) => ExerciseStatus }) {
  const families = family && FAMILIES.includes(family as Family) ? [family as Family] : FAMILIES;
  return (
    <div className="exercise-list">
      <nav aria-label="Families" className="family-filter">
        <a href={routeToHash({ screen: 'exercises', setId: set.id })} aria-current={!family ? 'page' : undefined}>
          All families
        </a>
        {FAMILIES.map((f) => (
          <a key={f} href={routeToHash({ screen: 'exercises', setId: set.id, family: f })} aria-current={family === f ? 'page' : undefined}>
            {FAMILY_LABELS[f]}
          </a>
        ))}
      </nav>
      {families.map((f) => {
        const list = exercises.filter((e) => e.family === f);
        if (list.length === 0) return null;
        const done = list.filter((e) => status(e.id)?.correct).length;
        const next = list.find((e) => !status(e.id)?.correct) ?? list[0]!;
        return (
          <section key={f} aria-labelledby={`family-${f}`} className="family-section">
            <div className="family-head">
              <h2 id={`family-${f}`}>
                {FAMILY_LABELS[f]} <span className="muted">({done} of {list.length} done)</span>
              </h2>
              <a className="button primary" href={routeToHash({ screen: 'exercises', setId: set.id, exerciseId: next.id, family: f })}>
                {done === 0 ? 'Start' : done === list.length ? 'Practise again' : 'Continue'} {FAMILY_LABELS[f].toLowerCase()} exercises
              </a>
            </div>
            <ol className="exercise-items">
              {list.map((e) => (
                <li key={e.id}>
                  <a href={routeToHash({ screen: 'exercises', setId: set.id, exerciseId: e.id, family: f })}>{e.prompt}</a>
                  <span className="exercise-tags">
                    {EXERCISE_TYPE_LABELS[e.type]} · level {e.difficulty} · <span className="status">{statusText(status(e.id))}</span>
                  </span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
