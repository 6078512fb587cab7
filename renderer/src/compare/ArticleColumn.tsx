import { memo, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import type { Article } from '../../../content/schema/article-set';
import { annotationOrder, type HighlightSpan } from '../../../content/logic/highlights';
import { annotationKey, type SetIndex } from '../../../content/logic/set-index';
import { KIND_LABELS } from '../../../content/logic/describe';
import { ArticleText, type TextMark } from './ArticleText';
import { NotePanel } from './NotePanel';
import { SourceCard } from './SourceCard';
import type { Layers } from './layers';

interface Props {
  article: Article;
  spans: HighlightSpan[];
  layers: Layers;
  index: SetIndex;
  active: string | null;
  hover: string | null;
  linked: ReadonlySet<string>;
  position: number;
  count: number;
  onActivate: (key: string | null, via: 'focus' | 'click' | 'step' | 'jump') => void;
  onHover: (key: string | null) => void;
  onMove: (articleId: string, delta: -1 | 1) => void;
  onClose: (articleId: string) => void;
}

/** The innermost highlight under an element whose layer is switched on. */
function keyOfMark(target: EventTarget | null, layers: Layers): string | null {
  let mark = target instanceof Element ? target.closest('mark[data-mark]') : null;
  while (mark) {
    const kind = (['attribution', 'number', 'framing'] as const).find((k) => mark!.classList.contains(`hl-${k}`));
    if (kind && layers[kind]) return mark.getAttribute('data-mark');
    mark = mark.parentElement?.closest('mark[data-mark]') ?? null;
  }
  return null;
}

export const ArticleColumn = memo(function ArticleColumn(props: Props) {
  const { article, spans, layers, index, active, hover, linked, position, count } = props;
  const visible = useMemo(() => spans.filter((s) => layers[s.kind]), [spans, layers]);
  const order = useMemo(() => annotationOrder(visible).map((id) => annotationKey(article.id, id)), [visible, article.id]);
  const marks = useMemo<TextMark[]>(
    () =>
      spans.map((s) => {
        const key = annotationKey(article.id, s.annotationId);
        const state = key === active ? ' is-active' : linked.has(key) ? ' is-linked' : '';
        return { id: key, block: s.block, start: s.start, end: s.end, className: `hl hl-${s.kind} role-${s.role}${state}`, label: `${KIND_LABELS[s.kind]}:` };
      }),
    [spans, article.id, active, linked],
  );
  const shown = hover && hover.startsWith(`${article.id}/`) ? hover : active && active.startsWith(`${article.id}/`) ? active : null;
  const annotation = shown ? (index.annotations.get(shown)?.annotation ?? null) : null;
  const headingId = `col-${article.id}-title`;
  const headline = article.blocks.find((b) => b.kind === 'headline');

  const step = (delta: 1 | -1) => {
    if (order.length === 0) return;
    const at = active ? order.indexOf(active) : -1;
    const next = at === -1 ? (delta === 1 ? 0 : order.length - 1) : (at + delta + order.length) % order.length;
    props.onActivate(order[next] ?? null, 'step');
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!keyOfMark(e.target, layers)) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') step(-1);
    else if (e.key === 'Escape') props.onActivate(null, 'step');
    else return;
    e.preventDefault();
  };

  return (
    <section
      className={`article-column${layers.attribution ? '' : ' layer-off-attribution'}${layers.number ? '' : ' layer-off-number'}${layers.framing ? '' : ' layer-off-framing'}`}
      aria-labelledby={headingId}
      data-column={article.id}
    >
      <header className="column-header">
        <div className="column-title-row">
        <h2 id={headingId}>
          {headline ? headline.text : article.shortTitle}
          {!headline && <span className="no-headline"> (title by Lenses: the text has no headline)</span>}
        </h2>
        <div className="column-actions">
          <button type="button" onClick={() => props.onMove(article.id, -1)} disabled={position === 0} aria-label={`Move “${article.shortTitle}” left`}>
            ←
          </button>
          <button type="button" onClick={() => props.onMove(article.id, 1)} disabled={position === count - 1} aria-label={`Move “${article.shortTitle}” right`}>
            →
          </button>
          <button type="button" onClick={() => props.onClose(article.id)} disabled={count <= 1} aria-label={`Close “${article.shortTitle}”`}>
            ✕
          </button>
        </div>
        </div>
        <SourceCard article={article} />
        <div className="step-controls" role="group" aria-label={`Highlights in “${article.shortTitle}”`}>
          <button type="button" onClick={() => step(-1)} disabled={order.length === 0}>
            Previous highlight
          </button>
          <button type="button" onClick={() => step(1)} disabled={order.length === 0}>
            Next highlight
          </button>
          <span className="step-count">{order.length} highlighted</span>
        </div>
        <div className="note-region" aria-live="polite" aria-label={`Note for “${article.shortTitle}”`} role="region">
          <NotePanel article={article} annotation={annotation} index={index} onJump={(k) => props.onActivate(k, 'jump')} preview={shown !== null && shown === hover && hover !== active} />
        </div>
      </header>
      <div
        className="column-body"
        tabIndex={0}
        role="group"
        aria-label={`Text of “${article.shortTitle}”`}
        onClick={(e: MouseEvent) => {
          const key = keyOfMark(e.target, layers);
          if (key) props.onActivate(key, 'click');
        }}
        onFocus={(e) => {
          const key = keyOfMark(e.target, layers);
          if (key && key !== active) props.onActivate(key, 'focus');
        }}
        onMouseOver={(e) => props.onHover(keyOfMark(e.target, layers))}
        onMouseLeave={() => props.onHover(null)}
        onKeyDown={onKeyDown}
      >
        <ArticleText article={article} marks={marks} />
      </div>
    </section>
  );
});
