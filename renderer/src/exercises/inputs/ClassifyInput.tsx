import { useState, type DragEvent } from 'react';
import type { ClassifyExercise } from '../../../../content/schema/exercise';
import { Quote } from '../Quote';
import { itemFeedback, verdictText, type InputProps } from './types';

type Props = InputProps<ClassifyExercise, { type: 'classify'; placements: Record<string, string> }>;
const UNSORTED = '';

/** Sort phrases into categories: drag a phrase card onto a category, or pick its category from its list. */
export function ClassifyInput({ exercise, answer, onChange, locked, grade, revealed, articles }: Props) {
  const [dragging, setDragging] = useState<string | null>(null);
  const place = (itemId: string, category: string) => {
    const placements = { ...answer.placements };
    if (category === UNSORTED) delete placements[itemId];
    else placements[itemId] = category;
    onChange({ type: 'classify', placements });
  };
  const zones = [{ id: UNSORTED, label: 'Not sorted yet' }, ...exercise.categories];
  const onDrop = (e: DragEvent, category: string) => {
    e.preventDefault();
    const id = e.dataTransfer.getData('text/plain') || dragging;
    if (id && !locked) place(id, category);
    setDragging(null);
  };
  return (
    <div className="classify">
      <p className="how-to">Drag each phrase to a category, or choose its category from the list on the card.</p>
      <div className="zones">
        {zoneSection(zones[0]!)}
        {/* The categories stacked beside the unsorted cards, all at the top: a card and every place it may go are on screen together. */}
        <div className="zones-sorted">{zones.slice(1).map(zoneSection)}</div>
      </div>
    </div>
  );

  function zoneSection(zone: (typeof zones)[number]) {
    const items = exercise.items.filter((i) => (answer.placements[i.id] ?? UNSORTED) === zone.id);
    return (
      <section
        key={zone.id || 'unsorted'}
        className={`zone${zone.id === UNSORTED ? ' zone-unsorted' : ''}`}
        aria-label={zone.label}
        data-zone={zone.id || 'unsorted'}
        onDragOver={(e) => {
          if (!locked) e.preventDefault();
        }}
        onDrop={(e) => onDrop(e, zone.id)}
      >
        <h3>
          {zone.label} <span className="zone-count">({items.length})</span>
        </h3>
        <ul>
          {items.map((item) => {
            const fb = itemFeedback(grade, item.id);
            const key = revealed?.placements[item.id];
            return (
              <li
                key={item.id}
                className={`chip${fb ? (fb.correct ? ' is-right' : ' is-wrong') : ''}`}
                draggable={!locked}
                onDragStart={(e) => {
                  e.dataTransfer.setData('text/plain', item.id);
                  e.dataTransfer.effectAllowed = 'move';
                  setDragging(item.id);
                }}
                data-item={item.id}
              >
                <Quote>{item.ref.anchor.quote}</Quote>
                <span className="option-source"> ({articles.get(item.ref.article)?.shortTitle})</span>
                <label className="chip-select">
                  <span className="visually-hidden">Category for “{item.ref.anchor.quote}”</span>
                  <select value={answer.placements[item.id] ?? UNSORTED} disabled={locked} onChange={(e) => place(item.id, e.currentTarget.value)}>
                    {zones.map((z) => (
                      <option key={z.id || 'unsorted'} value={z.id}>
                        {z.label}
                      </option>
                    ))}
                  </select>
                </label>
                {fb && (
                  <p className="option-feedback">
                    <strong>{verdictText(fb.correct)}.</strong> {fb.feedback}
                  </p>
                )}
                {key && <p className="key-tag">★ Belongs in: {exercise.categories.find((c) => c.id === key)?.label}</p>}
              </li>
            );
          })}
        </ul>
      </section>
    );
  }
}
