import type { MatchExercise } from '../../../../content/schema/exercise';
import { Quote } from '../Quote';
import { itemFeedback, verdictText, type InputProps } from './types';

type Props = InputProps<MatchExercise, { type: 'match'; pairs: Record<string, string> }>;

/** Connect each figure (or phrase) with what it counts, who gives it or when. */
export function MatchInput({ exercise, answer, onChange, locked, grade, revealed, articles }: Props) {
  return (
    <table className="match-table">
      <thead>
        <tr>
          <th scope="col">From the text</th>
          <th scope="col">Matches</th>
        </tr>
      </thead>
      <tbody>
        {exercise.items.map((item) => {
          const fb = itemFeedback(grade, item.id);
          const key = revealed?.pairs[item.id];
          const selectId = `${exercise.id}-${item.id}`;
          return (
            <tr key={item.id} className={fb ? (fb.correct ? 'is-right' : 'is-wrong') : undefined}>
              <th scope="row">
                <label htmlFor={selectId}>
                  <Quote>{item.ref.anchor.quote}</Quote>
                </label>
                <span className="option-source"> ({articles.get(item.ref.article)?.shortTitle})</span>
              </th>
              <td>
                <select
                  id={selectId}
                  value={answer.pairs[item.id] ?? ''}
                  disabled={locked}
                  onChange={(e) => {
                    const pairs = { ...answer.pairs };
                    if (e.currentTarget.value) pairs[item.id] = e.currentTarget.value;
                    else delete pairs[item.id];
                    onChange({ type: 'match', pairs });
                  }}
                >
                  <option value="">Choose…</option>
                  {exercise.options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.text}
                    </option>
                  ))}
                </select>
                {fb && (
                  <p className="option-feedback">
                    <strong>{verdictText(fb.correct)}.</strong> {fb.feedback}
                  </p>
                )}
                {key && <p className="key-tag">★ {exercise.options.find((o) => o.id === key)?.text}</p>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
