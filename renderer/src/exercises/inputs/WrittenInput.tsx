import type { WrittenExercise } from '../../../../content/schema/exercise';
import { countWords } from '../../../../content/logic/text';
import type { InputProps } from './types';

type Props = InputProps<WrittenExercise, { type: 'written'; text: string; selfCheck: boolean[] }> & { submitted: boolean };

/** A written answer; after submitting, the model answer and a self-check rubric (kept for the teacher). */
export function WrittenInput({ exercise, answer, onChange, locked, submitted }: Props) {
  const id = `${exercise.id}-text`;
  const words = countWords(answer.text);
  return (
    <div className="written">
      <label htmlFor={id} className="written-label">
        Your answer
      </label>
      <textarea id={id} rows={6} value={answer.text} readOnly={locked} onChange={(e) => onChange({ ...answer, text: e.currentTarget.value })} />
      <p className="word-count" aria-live="polite">
        {words} word{words === 1 ? '' : 's'}
        {exercise.minWords > 0 && ` (at least ${exercise.minWords})`}
      </p>
      {submitted && (
        <div className="model-answer">
          <h3>Model answer</h3>
          <p>{exercise.modelAnswer}</p>
          <fieldset>
            <legend>Check your own answer: tick what it does</legend>
            {exercise.rubric.map((line, i) => (
              <label key={line} className="rubric-line">
                <input
                  type="checkbox"
                  checked={answer.selfCheck[i] ?? false}
                  onChange={(e) => {
                    const selfCheck = exercise.rubric.map((_, j) => (j === i ? e.currentTarget.checked : (answer.selfCheck[j] ?? false)));
                    onChange({ ...answer, selfCheck });
                  }}
                />{' '}
                {line}
              </label>
            ))}
          </fieldset>
        </div>
      )}
    </div>
  );
}
