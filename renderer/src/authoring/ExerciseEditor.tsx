import { useRef, useState } from 'react';
import type { Exercise } from '../../../content/schema/exercise';
import { EXERCISE_TYPE_LABELS, FAMILY_LABELS } from '../../../content/schema/labels';
import { getLenses } from '../shared/lenses';
import { routeToHash } from '../shared/routes';
import { moveItem } from '../shared/move-item';
import { ExercisePlayer } from '../exercises/ExercisePlayer';
import type { DraftProps } from './draft-props';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** JSON with keys in a fixed order, to compare two exercises whatever order their keys were written in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Edit an exercise's prompt, key, hints and explanation; preview it as a student sees it. */
export function ExerciseEditor({ view, apply, exercise: saved }: DraftProps & { exercise: Exercise }) {
  const [exercise, setExercise] = useState<Exercise>(saved);
  const [hints, setHints] = useState(saved.hints.join('\n'));
  const [previewing, setPreviewing] = useState(false);
  const [previewKey, setPreviewKey] = useState(0);
  const draftId = view.draft.id;
  const set = view.preview.set;
  const articleTitle = (id: string) => view.draft.articles.find((a) => a.id === id)?.shortTitle ?? id;
  const patch = (p: Partial<Exercise>) => setExercise((e) => ({ ...e, ...p }) as Exercise);
  /** The exercise as it will be saved: hints one per line, empty rubric lines dropped. */
  const cleaned = (): Exercise => {
    const e = { ...exercise, hints: lines(hints) } as Exercise;
    return e.type === 'written' ? { ...e, rubric: e.rubric.map((l) => l.trim()).filter(Boolean) } : e;
  };
  const dirty = stable(cleaned()) !== stable(saved);

  const save = () => apply(() => getLenses().updateExercise({ draftId, exercise: cleaned() }), 'Saved the exercise.').then((ok) => ok && setPreviewKey((k) => k + 1));

  return (
    <div className="authoring exercise-editor">
      <p>
        <strong>{EXERCISE_TYPE_LABELS[saved.type]}</strong> · {FAMILY_LABELS[saved.family]} · on “{saved.articles.map(articleTitle).join('”, “')}” ·{' '}
        <a href={routeToHash({ screen: 'teacher', draftId })}>Back to the set</a>
      </p>
      <form
        className="builder panel"
        aria-label="Exercise"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor="ex-prompt">Prompt</label>
        <textarea id="ex-prompt" rows={2} value={exercise.prompt} onChange={(e) => patch({ prompt: e.target.value })} />
        <label htmlFor="ex-difficulty">Difficulty</label>
        <select id="ex-difficulty" value={exercise.difficulty} onChange={(e) => patch({ difficulty: Number(e.target.value) as 1 | 2 | 3 })}>
          <option value={1}>Easier</option>
          <option value={2}>Medium</option>
          <option value={3}>Harder</option>
        </select>
        <KeyEditor exercise={exercise} onChange={setExercise} />
        <label htmlFor="ex-hints">Hints (one per line, shown one at a time)</label>
        <textarea id="ex-hints" rows={3} value={hints} onChange={(e) => setHints(e.target.value)} />
        <label htmlFor="ex-explanation">Explanation (shown after the answer)</label>
        <textarea id="ex-explanation" rows={3} value={exercise.explanation.text} onChange={(e) => patch({ explanation: { ...exercise.explanation, text: e.target.value } })} />
        <div className="actions">
          <button type="submit" className="primary">
            Save exercise
          </button>
          <button type="button" aria-expanded={previewing} onClick={() => setPreviewing((p) => !p)}>
            {previewing ? 'Hide the preview' : 'Preview as a student'}
          </button>
          {dirty && <span className="muted">Unsaved changes: the preview shows the saved exercise.</span>}
        </div>
      </form>
      {previewing && (
        <section aria-labelledby="preview-title" className="panel student-preview">
          <h2 id="preview-title">Preview as a student</h2>
          {set ? (
            <ExercisePlayer
              key={previewKey}
              set={set}
              exercise={saved}
              position={{ index: 0, total: 1, label: 'Preview' }}
              nextHref={null}
              listHref={routeToHash({ screen: 'teacher', draftId, exerciseId: saved.id })}
              endLabel="Back to editing"
              draft={null}
              onDraft={() => {}}
              onAttempt={async () => null}
            />
          ) : (
            <p role="alert">The set cannot be shown yet: {view.preview.problems[0]}</p>
          )}
        </section>
      )}
    </div>
  );
}

/** The answer key, by exercise type. */
function KeyEditor({ exercise, onChange }: { exercise: Exercise; onChange: (e: Exercise) => void }) {
  switch (exercise.type) {
    case 'choice':
      return (
        <fieldset className="field-group key-editor">
          <legend>Options (choose the right one)</legend>
          {exercise.options.map((o, i) => (
            <div key={o.id} className="key-row">
              <label className="check-line">
                <input
                  type="radio"
                  name="correct-option"
                  checked={o.correct}
                  onChange={() => onChange({ ...exercise, options: exercise.options.map((x) => ({ ...x, correct: x.id === o.id })) })}
                />{' '}
                Option {i + 1} is the right answer
              </label>
              <label htmlFor={`opt-${o.id}`}>Option {i + 1}</label>
              <input id={`opt-${o.id}`} value={o.text} onChange={(e) => onChange({ ...exercise, options: exercise.options.map((x) => (x.id === o.id ? { ...x, text: e.target.value } : x)) })} />
              <label htmlFor={`opt-${o.id}-feedback`}>Feedback for option {i + 1}</label>
              <input id={`opt-${o.id}-feedback`} value={o.feedback} onChange={(e) => onChange({ ...exercise, options: exercise.options.map((x) => (x.id === o.id ? { ...x, feedback: e.target.value } : x)) })} />
            </div>
          ))}
        </fieldset>
      );
    case 'classify':
      return (
        <fieldset className="field-group key-editor">
          <legend>Items and their right category</legend>
          {exercise.items.map((item) => (
            <div key={item.id} className="key-row">
              <label htmlFor={`item-${item.id}`}>“{item.ref.anchor.quote}” belongs to</label>
              <select id={`item-${item.id}`} value={item.category} onChange={(e) => onChange({ ...exercise, items: exercise.items.map((x) => (x.id === item.id ? { ...x, category: e.target.value } : x)) })}>
                {exercise.categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      );
    case 'find':
      return (
        <fieldset className="field-group key-editor">
          <legend>Words that count as right (exact quotations from the text)</legend>
          {exercise.targets.map((t, i) => (
            <div key={i} className="key-row">
              <label htmlFor={`target-${i}`}>Target {i + 1}: the widest selection that is still right</label>
              <input
                id={`target-${i}`}
                value={t.anchor.quote}
                onChange={(e) => {
                  const quote = e.target.value;
                  const anchor = t.anchor.context?.includes(quote) ? { ...t.anchor, quote } : { quote };
                  onChange({ ...exercise, targets: exercise.targets.map((x, j) => (j === i ? { ...x, anchor } : x)) });
                }}
              />
              {t.core && (
                <>
                  <label htmlFor={`target-${i}-core`}>Target {i + 1}: words a selection must include</label>
                  <input
                    id={`target-${i}-core`}
                    value={t.core.quote}
                    onChange={(e) => {
                      const quote = e.target.value;
                      const core = t.core?.context?.includes(quote) ? { ...t.core, quote } : { quote };
                      onChange({ ...exercise, targets: exercise.targets.map((x, j) => (j === i ? { ...x, core } : x)) });
                    }}
                  />
                </>
              )}
            </div>
          ))}
        </fieldset>
      );
    case 'match':
      return (
        <fieldset className="field-group key-editor">
          <legend>Options, and the option each item matches</legend>
          {exercise.options.map((o, i) => (
            <div key={o.id} className="key-row">
              <label htmlFor={`match-opt-${o.id}`}>Option {i + 1}</label>
              <input id={`match-opt-${o.id}`} value={o.text} onChange={(e) => onChange({ ...exercise, options: exercise.options.map((x) => (x.id === o.id ? { ...x, text: e.target.value } : x)) })} />
            </div>
          ))}
          {exercise.items.map((item) => (
            <div key={item.id} className="key-row">
              <label htmlFor={`match-item-${item.id}`}>“{item.ref.anchor.quote}” matches</label>
              <select id={`match-item-${item.id}`} value={item.answer} onChange={(e) => onChange({ ...exercise, items: exercise.items.map((x) => (x.id === item.id ? { ...x, answer: e.target.value } : x)) })}>
                {exercise.options.map((o, i) => (
                  <option key={o.id} value={o.id}>
                    {o.text || `Option ${i + 1}`}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      );
    case 'order':
      return <OrderKeyEditor exercise={exercise} onChange={onChange} />;
    case 'compare':
      return (
        <fieldset className="field-group key-editor">
          <legend>Phrases (tick the right ones)</legend>
          {exercise.phrases.map((p, i) => (
            <div key={p.id} className="key-row">
              <label className="check-line">
                <input type="checkbox" checked={p.correct} onChange={(e) => onChange({ ...exercise, phrases: exercise.phrases.map((x) => (x.id === p.id ? { ...x, correct: e.target.checked } : x)) })} /> Phrase {i + 1}, “
                {p.ref.anchor.quote}”, is a right answer
              </label>
              <label htmlFor={`phrase-${p.id}-feedback`}>Feedback for phrase {i + 1}</label>
              <input id={`phrase-${p.id}-feedback`} value={p.feedback} onChange={(e) => onChange({ ...exercise, phrases: exercise.phrases.map((x) => (x.id === p.id ? { ...x, feedback: e.target.value } : x)) })} />
            </div>
          ))}
        </fieldset>
      );
    case 'written':
      return (
        <fieldset className="field-group key-editor">
          <legend>Model answer and checklist</legend>
          <label htmlFor="written-model">Model answer (shown after the student submits)</label>
          <textarea id="written-model" rows={4} value={exercise.modelAnswer} onChange={(e) => onChange({ ...exercise, modelAnswer: e.target.value })} />
          <label htmlFor="written-min-words">Fewest words the answer needs</label>
          <input id="written-min-words" type="number" min={0} max={500} value={exercise.minWords} onChange={(e) => onChange({ ...exercise, minWords: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} />
          {exercise.rubric.map((line, i) => (
            <div key={i} className="key-row">
              <label htmlFor={`rubric-${i}`}>Checklist line {i + 1}</label>
              <input id={`rubric-${i}`} value={line} onChange={(e) => onChange({ ...exercise, rubric: exercise.rubric.map((x, j) => (j === i ? e.target.value : x)) })} />
              <button type="button" className="small" disabled={exercise.rubric.length <= 1} onClick={() => onChange({ ...exercise, rubric: exercise.rubric.filter((_, j) => j !== i) })}>
                Remove checklist line {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="small" onClick={() => onChange({ ...exercise, rubric: [...exercise.rubric, ''] })}>
            Add a checklist line
          </button>
        </fieldset>
      );
  }
}

/** The right order: move items up and down; the student starts from a shuffled order. */
function OrderKeyEditor({ exercise, onChange }: { exercise: Extract<Exercise, { type: 'order' }>; onChange: (e: Exercise) => void }) {
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const items = new Map(exercise.items.map((i) => [i.id, i]));
  const move = (id: string, to: number, focusKey: string) => {
    onChange({ ...exercise, correctOrder: moveItem(exercise.correctOrder, id, to) });
    requestAnimationFrame(() => {
      const b = buttons.current.get(focusKey);
      (b && !b.disabled ? b : buttons.current.get(focusKey.endsWith('-up') ? `${id}-down` : `${id}-up`))?.focus();
    });
  };
  const setLabel = (id: string, label: string) => onChange({ ...exercise, items: exercise.items.map((x) => (x.id === id ? { ...x, label } : x)) });
  return (
    <fieldset className="field-group key-editor">
      <legend>The right order (each student starts from a shuffled order, never this one or this one reversed)</legend>
      <label htmlFor="order-first">What comes first</label>
      <input id="order-first" value={exercise.firstLabel} onChange={(e) => onChange({ ...exercise, firstLabel: e.target.value })} />
      <label htmlFor="order-last">What comes last</label>
      <input id="order-last" value={exercise.lastLabel} onChange={(e) => onChange({ ...exercise, lastLabel: e.target.value })} />
      <ol aria-label="The right order" className="plain-list">
        {exercise.correctOrder.map((id, i) => {
          const item = items.get(id);
          if (!item) return null;
          return (
            <li key={id} className="key-row">
              <label htmlFor={`order-item-${id}`}>
                Place {i + 1}: label for “{item.ref.anchor.quote}”
              </label>
              <input id={`order-item-${id}`} value={item.label} onChange={(e) => setLabel(id, e.target.value)} />
              <span className="order-buttons">
                <button
                  type="button"
                  className="small"
                  ref={(el) => {
                    buttons.current.set(`${id}-up`, el);
                  }}
                  disabled={i === 0}
                  onClick={() => move(id, i - 1, `${id}-up`)}
                  aria-label={`Move up in the right order: ${item.label}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="small"
                  ref={(el) => {
                    buttons.current.set(`${id}-down`, el);
                  }}
                  disabled={i === exercise.correctOrder.length - 1}
                  onClick={() => move(id, i + 1, `${id}-down`)}
                  aria-label={`Move down in the right order: ${item.label}`}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
