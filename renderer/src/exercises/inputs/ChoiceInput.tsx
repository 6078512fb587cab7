import type { ChoiceExercise, CompareExercise } from '../../../../content/schema/exercise';
import { itemFeedback, verdictText, type InputProps } from './types';
import { Quote } from '../Quote';
import { compareIsMultiple } from '../../../../content/logic/grading';

type Props = InputProps<ChoiceExercise, { type: 'choice'; selected: string[] }>;

/** Multiple choice (radio buttons) or multiple select (checkboxes), with feedback per option. */
export function ChoiceInput({ exercise, answer, onChange, locked, grade, revealed }: Props) {
  return (
    <OptionList
      name={exercise.id}
      legend={exercise.multiple ? 'Choose all that apply' : 'Choose one answer'}
      multiple={exercise.multiple}
      options={exercise.options.map((o) => ({ id: o.id, label: <>{o.text}</> }))}
      selected={answer.selected}
      onChange={(selected) => onChange({ type: 'choice', selected })}
      locked={locked}
      feedback={(id) => itemFeedback(grade, id)}
      keyIds={revealed?.selected ?? null}
    />
  );
}

type CompareProps = InputProps<CompareExercise, { type: 'compare'; selected: string[] }> & { multiple?: boolean };

/** Compare wording: phrases from different articles; pick the one(s) the prompt asks for. */
export function CompareInput({ exercise, answer, onChange, locked, grade, revealed, articles, multiple: given }: CompareProps) {
  const multiple = given ?? compareIsMultiple(exercise);
  return (
    <OptionList
      name={exercise.id}
      legend={multiple ? 'Choose all that apply' : 'Choose one phrase'}
      multiple={multiple}
      options={exercise.phrases.map((p) => ({
        id: p.id,
        label: (
          <>
            <Quote>{p.ref.anchor.quote}</Quote> <span className="option-source">({articles.get(p.ref.article)?.shortTitle ?? p.ref.article})</span>
          </>
        ),
      }))}
      selected={answer.selected}
      onChange={(selected) => onChange({ type: 'compare', selected })}
      locked={locked}
      feedback={(id) => itemFeedback(grade, id)}
      keyIds={revealed?.selected ?? null}
    />
  );
}

interface OptionListProps {
  name: string;
  legend: string;
  multiple: boolean;
  options: Array<{ id: string; label: React.ReactNode }>;
  selected: string[];
  onChange: (selected: string[]) => void;
  locked: boolean;
  feedback: (id: string) => { correct: boolean; feedback?: string; missed?: boolean } | null;
  keyIds: string[] | null;
}

function OptionList({ name, legend, multiple, options, selected, onChange, locked, feedback, keyIds }: OptionListProps) {
  return (
    <fieldset className="option-list">
      <legend>{legend}</legend>
      {options.map((o) => {
        const checked = selected.includes(o.id);
        const fb = feedback(o.id);
        const isKey = keyIds?.includes(o.id) ?? false;
        // A right answer the student did not choose is the answer, never "not right".
        const judged = fb && !fb.missed ? fb : null;
        return (
          <div key={o.id} className={`option${judged ? (judged.correct ? ' is-right' : ' is-wrong') : ''}${isKey ? ' is-key' : ''}`}>
            <label>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={o.id}
                checked={checked}
                disabled={locked}
                onChange={(e) => {
                  if (!multiple) onChange([o.id]);
                  else onChange(e.currentTarget.checked ? [...selected, o.id] : selected.filter((s) => s !== o.id));
                }}
              />{' '}
              {o.label}
            </label>
            {isKey && <span className="key-tag">★ Right answer</span>}
            {judged?.feedback && (
              <p className="option-feedback">
                <strong>{verdictText(judged.correct)}.</strong> {judged.feedback}
              </p>
            )}
            {fb?.missed && fb.feedback && <p className="option-feedback">{fb.feedback}</p>}
          </div>
        );
      })}
    </fieldset>
  );
}
