import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Article } from '../../../../content/schema/article-set';
import type { FindExercise, TextSelection } from '../../../../content/schema/exercise';
import { snapToWords } from '../../../../content/logic/grading';
import { wordSpans } from '../../../../content/logic/text';
import { ArticleText, type TextMark } from '../../compare/ArticleText';
import { paragraphNumbers } from '../../../../content/logic/paragraphs';
import { selectionInBlock } from './domOffsets';
import type { InputProps } from './types';

type Props = InputProps<FindExercise, { type: 'find'; selections: TextSelection[] }> & { extraMarks: TextMark[] };

interface Word {
  block: string;
  start: number;
  end: number;
  text: string;
  sentenceStart: boolean;
}

function wordsOf(article: Article): Word[] {
  const words: Word[] = [];
  for (const block of article.blocks) {
    let prevEndsSentence = true;
    for (const w of wordSpans(block.text)) {
      words.push({ block: block.id, start: w.start, end: w.end, text: w.text, sentenceStart: prevEndsSentence });
      const after = block.text.slice(w.end, w.end + 2);
      prevEndsSentence = /^[.!?]/u.test(after) || /^["”’]?[.!?]/u.test(after);
    }
  }
  return words;
}

const quoteOf = (article: Article, s: { block: string; start: number; end: number }) =>
  article.blocks.find((b) => b.id === s.block)?.text.slice(s.start, s.end) ?? '';

/**
 * Find in the text: select words with the mouse (drag), or with the keyboard — arrow keys move a
 * word cursor, Shift extends, Up/Down jump by sentence, Enter marks, Delete removes.
 */
export function FindInput({ exercise, answer, onChange, locked, grade, revealed, articles, extraMarks }: Props) {
  const article = articles.get(exercise.article);
  const words = useMemo(() => (article ? wordsOf(article) : []), [article]);
  const numbers = useMemo(() => paragraphNumbers(article?.blocks ?? []), [article]);
  // Null until the first arrow key: that press lands on the first word.
  const [placed, setPlaced] = useState<number | null>(null);
  const cursor = placed ?? 0;
  const [anchor, setAnchor] = useState(0);
  const [focused, setFocused] = useState(false);
  const [announce, setAnnounce] = useState('');
  const box = useRef<HTMLDivElement>(null);
  // Keep the caret in view as it moves.
  useEffect(() => {
    if (focused && placed !== null) box.current?.querySelector('mark.word-cursor')?.scrollIntoView({ block: 'nearest' });
  }, [focused, placed]);
  if (!article) return <p role="alert">This exercise’s article is missing.</p>;

  const range = (() => {
    const a = words[Math.min(anchor, cursor)];
    const b = words[Math.max(anchor, cursor)];
    if (!a || !b) return null;
    const cur = words[cursor]!;
    // A range never crosses paragraphs: keep the cursor's paragraph.
    if (a.block !== b.block) return { block: cur.block, start: cur.start, end: cur.end };
    return { block: a.block, start: a.start, end: b.end };
  })();

  const add = (sel: TextSelection) => {
    const text = article.blocks.find((b) => b.id === sel.block)?.text ?? '';
    const snapped = snapToWords(text, sel.start, sel.end);
    if (snapped.end <= snapped.start) return;
    const next = { block: sel.block, ...snapped };
    if (answer.selections.some((s) => s.block === next.block && s.start === next.start && s.end === next.end)) return;
    onChange({ type: 'find', selections: [...answer.selections, next] });
    const count = answer.selections.length + 1;
    setAnnounce(`Marked “${quoteOf(article, next)}”. ${count === 1 ? '1 selection' : `${count} selections`}.`);
  };
  const remove = (i: number) => {
    const gone = answer.selections[i];
    onChange({ type: 'find', selections: answer.selections.filter((_, j) => j !== i) });
    if (gone) setAnnounce(`Removed “${quoteOf(article, gone)}”.`);
  };

  const moveTo = (next: number, extend: boolean) => {
    const i = Math.max(0, Math.min(words.length - 1, next));
    setPlaced(i);
    if (!extend) setAnchor(i);
    const w = words[i];
    if (w) {
      const lo = Math.min(extend ? anchor : i, i);
      const hi = Math.max(extend ? anchor : i, i);
      const span = words.slice(lo, hi + 1).filter((x) => x.block === w.block);
      setAnnounce(extend && span.length > 1 ? `Selecting “${quoteOf(article, { block: w.block, start: span[0]!.start, end: span[span.length - 1]!.end })}”` : w.text);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (locked) return;
    setFocused(true);
    const extend = e.shiftKey;
    if (placed === null && e.key.startsWith('Arrow')) {
      // The first arrow press puts the caret on the first word.
      moveTo(0, false);
      e.preventDefault();
      return;
    }
    const findSentence = (dir: 1 | -1) => {
      let i = cursor + dir;
      while (i > 0 && i < words.length && !words[i]!.sentenceStart) i += dir;
      return i;
    };
    switch (e.key) {
      case 'ArrowRight':
        moveTo(cursor + 1, extend);
        break;
      case 'ArrowLeft':
        moveTo(cursor - 1, extend);
        break;
      case 'ArrowDown':
        moveTo(findSentence(1), extend);
        break;
      case 'ArrowUp':
        moveTo(findSentence(-1), extend);
        break;
      case 'Home': {
        const block = words[cursor]?.block;
        moveTo(words.findIndex((w) => w.block === block), extend);
        break;
      }
      case 'End': {
        const block = words[cursor]?.block;
        let last = cursor;
        while (words[last + 1]?.block === block) last += 1;
        moveTo(last, extend);
        break;
      }
      case 'Enter':
      case ' ':
        if (range) add(range);
        setAnchor(cursor);
        break;
      case 'Delete':
      case 'Backspace': {
        const w = words[cursor];
        const i = w ? answer.selections.findIndex((s) => s.block === w.block && s.start <= w.start && s.end >= w.end) : -1;
        if (i >= 0) remove(i);
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  };

  const wrong = new Set((grade?.items ?? []).filter((i) => !i.correct && i.id.startsWith('selection-')).map((i) => i.span && `${i.span.block}:${i.span.start}`));
  const marks: TextMark[] = [
    ...extraMarks,
    ...answer.selections.map((s, i) => ({
      id: `sel-${i}`,
      ...s,
      className: `sel${wrong.has(`${s.block}:${s.start}`) ? ' sel-wrong' : grade ? ' sel-right' : ''}`,
      label: grade ? (wrong.has(`${s.block}:${s.start}`) ? 'Your selection, not right:' : 'Your selection, right:') : 'Your selection:',
    })),
    ...(revealed ? revealed.selections.map((s, i) => ({ id: `key-${i}`, ...s, className: 'key-mark', label: 'Answer:' })) : []),
    ...(focused && placed !== null && range && !locked ? [{ id: 'cursor', ...range, className: 'word-cursor' }] : []),
  ];

  return (
    <div className="find">
      <p className="how-to" id={`${exercise.id}-howto`}>
        Select the words in the article with the mouse, or click into the article and use the arrow keys: ← → move by word, ↑ ↓ by
        sentence, Home and End to the start or end of the paragraph, Shift extends, Enter marks the words, Delete removes a mark.
      </p>
      <div
        ref={box}
        className={`find-text${locked ? ' is-locked' : ''}`}
        role="group"
        aria-label={`Article: ${article.shortTitle}. Select the words that answer the question.`}
        aria-describedby={`${exercise.id}-howto`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => setFocused(false)}
        onMouseUp={() => {
          if (locked || !box.current) return;
          const sel = selectionInBlock(box.current);
          if (sel) {
            add(sel);
            window.getSelection()?.removeAllRanges();
          }
        }}
      >
        <ArticleText article={article} marks={marks} numbers={numbers} />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <div className="selections">
        <h3>Your selections ({answer.selections.length})</h3>
        {answer.selections.length === 0 ? (
          <p className="muted">Nothing selected yet.</p>
        ) : (
          <ul>
            {answer.selections.map((s, i) => (
              <li key={`${s.block}-${s.start}-${s.end}`}>
                <q className="quote">{quoteOf(article, s)}</q>{' '}
                {!locked && (
                  <button type="button" className="small" onClick={() => remove(i)} aria-label={`Remove “${quoteOf(article, s)}”`}>
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {grade && (
          <ul className="find-feedback">
            {grade.items.map((item) => (
              <li key={item.id} className={item.missed ? 'is-key' : item.correct ? 'is-right' : 'is-wrong'}>
                {item.missed ? (
                  <>
                    ★ Answer: {item.span ? <q className="quote">{quoteOf(article, item.span)}</q> : null}
                  </>
                ) : (
                  <>
                    {item.correct ? '✓' : '✗'} {item.span ? <q className="quote">{quoteOf(article, item.span)}</q> : null} {item.feedback}
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
