import { useMemo, useState, type FormEvent } from 'react';
import type { Exercise } from '../../../../content/schema/exercise';
import { EXERCISE_TYPE_LABELS, FAMILY_LABELS } from '../../../../content/schema/labels';
import { getLenses, messageOf } from '../../shared/lenses';
import { useAsync } from '../../shared/useAsync';
import { moveItem } from '../../shared/move-item';
import { loadArticleSet } from '../../shared/contentCache';
import { navigate, routeToHash } from '../../shared/routes';
import { TeacherPage } from '../../shared/TeacherPage';

/** Build an assignment: articles, exercises in order, due date, attempts, and practice or assessment mode. */
export function AssignmentBuilder({ onLock }: { onLock: () => void }) {
  const [sets] = useAsync(() => getLenses().listArticleSets({}), []);
  const [setId, setSetId] = useState<string | null>(null);
  const chosenSet = setId ?? (sets.status === 'ready' ? (sets.value.sets[0]?.id ?? null) : null);
  const [loaded] = useAsync(() => (chosenSet ? loadArticleSet(chosenSet) : Promise.resolve(null)), [chosenSet]);
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [articleIds, setArticleIds] = useState<string[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [filter, setFilter] = useState({ family: '', type: '', difficulty: '', article: '' });
  const [due, setDue] = useState('');
  const [attempts, setAttempts] = useState('');
  const [mode, setMode] = useState<'practice' | 'assessment'>('practice');
  const [error, setError] = useState<string | null>(null);

  const data = loaded.status === 'ready' ? loaded.value : null;
  const articles = useMemo(() => articleIds ?? data?.set.articles.map((a) => a.id) ?? [], [articleIds, data]);
  const usable = useMemo(
    () => (data?.exercises ?? []).filter((e) => e.articles.every((a) => articles.includes(a))),
    [data, articles],
  );
  const shown = usable.filter(
    (e) =>
      !picked.includes(e.id) &&
      (!filter.family || e.family === filter.family) &&
      (!filter.type || e.type === filter.type) &&
      (!filter.difficulty || String(e.difficulty) === filter.difficulty) &&
      (!filter.article || e.articles.includes(filter.article)),
  );
  const byId = new Map((data?.exercises ?? []).map((e) => [e.id, e]));

  const move = (id: string, delta: -1 | 1) => setPicked(moveItem(picked, id, picked.indexOf(id) + delta));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!chosenSet) return;
    try {
      const { id } = await getLenses().createAssignment({
        title,
        instructions,
        setId: chosenSet,
        articleIds: articles,
        exerciseIds: picked.filter((x) => usable.some((u) => u.id === x)),
        due: due || null,
        attemptsAllowed: attempts ? Number(attempts) : null,
        mode,
      });
      navigate({ screen: 'teacher', assignmentId: id });
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <TeacherPage title="New assignment" onLock={onLock} crumb={<a href={routeToHash({ screen: 'teacher' })}>Teacher</a>}>
      <form className="builder" onSubmit={submit}>
        <div className="builder-grid">
          <fieldset className="panel">
            <legend>About</legend>
            <label htmlFor="a-title">Title</label>
            <input id="a-title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={200} required />
            <label htmlFor="a-instructions">Instructions for students</label>
            <textarea id="a-instructions" rows={3} value={instructions} onChange={(e) => setInstructions(e.currentTarget.value)} />
            <label htmlFor="a-due">Due date (optional)</label>
            <input id="a-due" type="date" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
            <label htmlFor="a-attempts">Tries per exercise</label>
            <select id="a-attempts" value={attempts} onChange={(e) => setAttempts(e.currentTarget.value)}>
              <option value="">As many as they like</option>
              {[1, 2, 3, 5, 10].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <fieldset className="mode-choice">
              <legend>Mode</legend>
              <label>
                <input type="radio" name="mode" value="practice" checked={mode === 'practice'} onChange={() => setMode('practice')} /> Practice: students see feedback
                at once (the answers travel in the file)
              </label>
              <label>
                <input type="radio" name="mode" value="assessment" checked={mode === 'assessment'} onChange={() => setMode('assessment')} /> Assessment: no feedback,
                and no answers in the file; you grade when results come back
              </label>
            </fieldset>
            {mode === 'assessment' && sets.status === 'ready' && sets.value.sets.find((x) => x.id === chosenSet)?.origin === 'shipped' && (
              <p className="withheld-note" role="note">
                Every student’s Lenses holds the answers to the exercises of “{sets.value.sets.find((x) => x.id === chosenSet)?.title}”: they ship with the app.
                While the assessment is open on a student’s profile, Lenses hides those exercises and the highlights of its articles there, but a student could
                still look them up on another profile or another computer. For a real test, use your own articles (Teacher › Your article sets).
              </p>
            )}
          </fieldset>
          <fieldset className="panel">
            <legend>Articles</legend>
            <label htmlFor="a-set">Article set</label>
            <select
              id="a-set"
              value={chosenSet ?? ''}
              onChange={(e) => {
                setSetId(e.currentTarget.value);
                setArticleIds(null);
                setPicked([]);
              }}
            >
              {sets.status === 'ready' && sets.value.sets.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
            </select>
            <p className="muted">Articles students see:</p>
            {data?.set.articles.map((a) => (
              <label key={a.id} className="check-line">
                <input
                  type="checkbox"
                  checked={articles.includes(a.id)}
                  onChange={(e) => setArticleIds(e.currentTarget.checked ? [...articles, a.id] : articles.filter((x) => x !== a.id))}
                />{' '}
                {a.shortTitle}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="builder-grid">
          <section className="panel" aria-labelledby="bank-title">
            <h2 id="bank-title">Exercises to choose from ({shown.length})</h2>
            <div className="filters">
              <FilterSelect label="Family" value={filter.family} onChange={(v) => setFilter({ ...filter, family: v })} options={Object.entries(FAMILY_LABELS)} />
              <FilterSelect label="Type" value={filter.type} onChange={(v) => setFilter({ ...filter, type: v })} options={Object.entries(EXERCISE_TYPE_LABELS)} />
              <FilterSelect label="Difficulty" value={filter.difficulty} onChange={(v) => setFilter({ ...filter, difficulty: v })} options={[['1', 'Easier'], ['2', 'Medium'], ['3', 'Harder']]} />
              <FilterSelect label="Article" value={filter.article} onChange={(v) => setFilter({ ...filter, article: v })} options={(data?.set.articles ?? []).filter((a) => articles.includes(a.id)).map((a) => [a.id, a.shortTitle])} />
            </div>
            <ul className="bank-list">
              {shown.map((e) => (
                <li key={e.id}>
                  <ExerciseSummary exercise={e} />
                  <button type="button" className="small" onClick={() => setPicked([...picked, e.id])} aria-label={`Add: ${e.prompt}`}>
                    Add
                  </button>
                </li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="picked-title">
            <h2 id="picked-title">In this assignment ({picked.length})</h2>
            {picked.length === 0 && <p className="muted">Add exercises from the list.</p>}
            <ol className="picked-list">
              {picked.map((id, i) => {
                const e = byId.get(id);
                if (!e) return null;
                return (
                  <li key={id}>
                    <ExerciseSummary exercise={e} />
                    <span className="order-buttons">
                      <button type="button" className="small" disabled={i === 0} onClick={() => move(id, -1)} aria-label={`Move up: ${e.prompt}`}>
                        ↑
                      </button>
                      <button type="button" className="small" disabled={i === picked.length - 1} onClick={() => move(id, 1)} aria-label={`Move down: ${e.prompt}`}>
                        ↓
                      </button>
                      <button type="button" className="small" onClick={() => setPicked(picked.filter((x) => x !== id))} aria-label={`Remove: ${e.prompt}`}>
                        ✕
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          </section>
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={!title.trim() || picked.length === 0}>
          Create assignment
        </button>
      </form>
    </TeacherPage>
  );
}

function FilterSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: Array<[string, string]> }) {
  const id = `filter-${label.toLowerCase()}`;
  return (
    <span className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">Any</option>
        {options.map(([v, t]) => (
          <option key={v} value={v}>
            {t}
          </option>
        ))}
      </select>
    </span>
  );
}

/** One line per exercise, with a preview of what the student will see. */
function ExerciseSummary({ exercise }: { exercise: Exercise }) {
  return (
    <details className="exercise-summary">
      <summary>
        {exercise.prompt}{' '}
        <span className="exercise-tags">
          {FAMILY_LABELS[exercise.family]} · {EXERCISE_TYPE_LABELS[exercise.type]} · level {exercise.difficulty}
        </span>
      </summary>
      <div className="preview">
        {exercise.type === 'choice' && (
          <ul>
            {exercise.options.map((o) => (
              <li key={o.id}>
                {o.text} {o.correct && <strong>(correct)</strong>}
              </li>
            ))}
          </ul>
        )}
        <p>
          <strong>Explanation:</strong> {exercise.explanation.text}
        </p>
      </div>
    </details>
  );
}
