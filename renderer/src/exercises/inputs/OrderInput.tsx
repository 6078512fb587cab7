import { useRef, useState } from 'react';
import type { OrderExercise } from '../../../../content/schema/exercise';
import { Quote } from '../Quote';
import { moveItem } from '../../shared/move-item';
import { itemFeedback, verdictText, type InputProps } from './types';
import { describePublished } from '../../../../content/logic/dates';

type Props = InputProps<OrderExercise, { type: 'order'; order: string[] }>;

/** Put items in order: Move up / Move down buttons (keyboard), or drag an item to its place. */
export function OrderInput({ exercise, answer, onChange, locked, grade, revealed, articles }: Props) {
  const [dragging, setDragging] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const items = new Map(exercise.items.map((i) => [i.id, i]));
  const move = (id: string, to: number, focusKey?: string) => {
    onChange({ type: 'order', order: moveItem(answer.order, id, to) });
    if (focusKey) requestAnimationFrame(() => buttons.current.get(focusKey)?.focus());
  };
  return (
    <div className="order">
      <p className="how-to">
        First: <strong>{exercise.firstLabel}</strong>. Last: <strong>{exercise.lastLabel}</strong>. Use the buttons, or drag an item.
      </p>
      <ol className="order-list">
        {answer.order.map((id, i) => {
          const item = items.get(id);
          if (!item) return null;
          const fb = itemFeedback(grade, id);
          return (
            <li
              key={id}
              className={`order-item${fb ? (fb.correct ? ' is-right' : ' is-wrong') : ''}`}
              draggable={!locked}
              onDragStart={(e) => {
                e.dataTransfer.setData('text/plain', id);
                setDragging(id);
              }}
              onDragOver={(e) => {
                if (!locked) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                const from = e.dataTransfer.getData('text/plain') || dragging;
                if (from && from !== id && !locked) move(from, i);
                setDragging(null);
              }}
              data-item={id}
            >
              <span className="order-pos" aria-hidden="true">
                {i + 1}
              </span>
              <span className="order-text">
                <span className="order-label">{item.label}</span> <Quote>{item.ref.anchor.quote}</Quote>
                <span className="option-source">
                  {' '}
                  ({articles.get(item.ref.article)?.shortTitle}
                  {(() => {
                    const a = articles.get(item.ref.article);
                    return a ? `, ${describePublished(a.published)}` : '';
                  })()})
                </span>
                {fb?.feedback && (
                  <span className="option-feedback">
                    <strong>{verdictText(fb.correct)}.</strong> {fb.feedback}
                  </span>
                )}
              </span>
              <span className="order-buttons">
                <button
                  type="button"
                  ref={(el) => {
                    buttons.current.set(`${id}-up`, el);
                  }}
                  disabled={locked || i === 0}
                  onClick={() => move(id, i - 1, `${id}-up`)}
                  aria-label={`Move up: ${item.label}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  ref={(el) => {
                    buttons.current.set(`${id}-down`, el);
                  }}
                  disabled={locked || i === answer.order.length - 1}
                  onClick={() => move(id, i + 1, `${id}-down`)}
                  aria-label={`Move down: ${item.label}`}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {revealed && (
        <div className="key-tag">
          ★ Correct order:
          <ol>
            {revealed.order.map((id) => (
              <li key={id}>{items.get(id)?.label}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
