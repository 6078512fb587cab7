import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { Article } from '../../../content/schema/article-set';
import { annotationOrder, type HighlightSpan } from '../../../content/logic/highlights';
import { annotationKey, type SetIndex } from '../../../content/logic/set-index';
import { KIND_LABELS } from '../../../content/logic/describe';
import { articleName } from '../../../content/logic/article-name';
import { ArticleText, type TextMark } from './ArticleText';
import { NotePanel } from './NotePanel';
import { SourceCard } from './SourceCard';
import { useLayersOnElement, type Layers, type LayerStore } from './layers';

interface Props {
  article: Article;
  /** The article's length in words. */
  words: number;
  spans: HighlightSpan[];
  /** The article's marks (`columnMarks`): made once per set, so the text is not drawn again on each visit or choice. */
  marks: TextMark[];
  layers: LayerStore;
  index: SetIndex;
  active: string | null;
  linked: ReadonlySet<string>;
  position: number;
  count: number;
  /** One article at a time (narrow windows): no moving left or right. */
  single: boolean;
  /** While the column is first drawn: draw the text's first this many characters (the top of the column), the rest comes later. */
  upTo?: number;
  onActivate: (key: string | null, via: 'focus' | 'click' | 'step' | 'jump') => void;
  onMove: (articleId: string, delta: -1 | 1) => void;
  onClose: (articleId: string) => void;
}

/** Every mark of an article's highlights; the chosen one and its counterparts are shown by classes set on the page. */
export function columnMarks(articleId: string, spans: HighlightSpan[], index: SetIndex): TextMark[] {
  return spans.map((s) => {
    const key = annotationKey(articleId, s.annotationId);
    const hasLinks = (index.linksOf.get(key)?.length ?? 0) > 0;
    return {
      id: key,
      block: s.block,
      start: s.start,
      end: s.end,
      className: `hl hl-${s.kind} role-${s.role}${hasLinks ? ' has-links' : ''}`,
      label: `${KIND_LABELS[s.kind]}${hasLinks ? ', with counterparts in other reports' : ''}:`,
      ...(hasLinks ? { linkLayer: s.kind } : {}),
    };
  });
}

/** Step orders worked out, by an article's spans and the layers switched on (one of eight ways): a switch goes back and forth between a few. */
const stepOrders = new WeakMap<HighlightSpan[], Array<string[] | undefined>>();

/** The article's highlights a keyboard user steps through: those of the layers switched on, in reading order. */
function stepOrder(articleId: string, spans: HighlightSpan[], on: Layers): string[] {
  let orders = stepOrders.get(spans);
  if (!orders) stepOrders.set(spans, (orders = []));
  const which = (on.attribution ? 1 : 0) + (on.number ? 2 : 0) + (on.framing ? 4 : 0);
  return (orders[which] ??= annotationOrder(spans.filter((s) => on[s.kind])).map((id) => annotationKey(articleId, id)));
}

/** The innermost highlight under an element whose layer is switched on. */
function keyOfMark(target: EventTarget | null, store: LayerStore): string | null {
  const layers = store.get();
  let mark = target instanceof Element ? target.closest('mark[data-mark]') : null;
  while (mark) {
    const kind = (['attribution', 'number', 'framing'] as const).find((k) => mark!.classList.contains(`hl-${k}`));
    if (kind && layers[kind]) return mark.getAttribute('data-mark');
    mark = mark.parentElement?.closest('mark[data-mark]') ?? null;
  }
  return null;
}

/**
 * The column's title: at most two lines; the whole title shows on hover and, when cut, on focus.
 * Whether it is cut is read when the browser has laid the title out (a resize observer reports
 * each element once it is laid out, then on every change of size), never by asking for a layout
 * while the screen is being drawn: that would lay out the whole new screen an extra time.
 */
function ColumnTitle({ id, name, hidden }: { id: string; name: string; hidden: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const [cut, setCut] = useState(false);
  useEffect(() => {
    const h = ref.current;
    if (!h) return;
    const observer = new ResizeObserver(() => setCut(h.scrollHeight > h.clientHeight + 1));
    observer.observe(h);
    return () => observer.disconnect();
  }, [name]);
  return (
    <div className="column-title">
      <h2 id={id} ref={ref} tabIndex={cut && !hidden ? 0 : undefined} className={hidden ? 'visually-hidden' : cut ? 'is-cut' : undefined}>
        {name}
      </h2>
    </div>
  );
}

export const ArticleColumn = memo(function ArticleColumn(props: Props) {
  const { article, spans, marks, layers, index, active, linked, position, count, single, upTo } = props;
  const name = articleName(article).name;
  const mine = active && active.startsWith(`${article.id}/`) ? active : null;
  const annotation = mine ? (index.annotations.get(mine)?.annotation ?? null) : null;
  const headingId = `col-${article.id}-title`;
  const body = useRef<HTMLDivElement>(null);

  // The chosen highlight and its counterparts: classes set on the marks, so choosing one does not
  // draw the article again.
  useLayoutEffect(() => {
    const root = body.current;
    if (!root) return;
    for (const el of root.querySelectorAll('mark.is-active, mark.is-linked')) el.classList.remove('is-active', 'is-linked');
    const mark = (key: string, className: string) => {
      for (const el of root.querySelectorAll(`mark[data-mark="${CSS.escape(key)}"]`)) el.classList.add(className);
    };
    if (mine) mark(mine, 'is-active');
    for (const key of linked) if (key.startsWith(`${article.id}/`) && key !== mine) mark(key, 'is-linked');
  }, [mine, linked, marks, article.id, upTo]);

  // Roving focus: one highlight of the article is in the Tab order (the chosen one, else the first
  // shown); the arrow keys move between the others. Set on the DOM, also when a layer is switched
  // (which mostly leaves the same one in the Tab order: then nothing is looked up).
  const inTabOrder = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const update = () => {
      const order = stepOrder(article.id, spans, layers.get());
      const rover = mine && order.includes(mine) ? mine : (order[0] ?? null);
      const current = inTabOrder.current;
      if (current?.isConnected && current.tabIndex === 0 && current.getAttribute('data-mark') === rover) return;
      for (const el of root.querySelectorAll<HTMLElement>('mark[data-first][tabindex="0"]')) el.tabIndex = -1;
      const el = rover ? root.querySelector<HTMLElement>(`mark[data-mark="${CSS.escape(rover)}"][data-first]`) : null;
      if (el) el.tabIndex = 0;
      inTabOrder.current = el;
    };
    update();
    return layers.subscribe(update);
  }, [mine, marks, spans, layers, article.id, upTo]);

  const step = (delta: 1 | -1) => {
    const order = stepOrder(article.id, spans, layers.get());
    if (order.length === 0) return;
    const at = active ? order.indexOf(active) : -1;
    const next = at === -1 ? (delta === 1 ? 0 : order.length - 1) : (at + delta + order.length) % order.length;
    props.onActivate(order[next] ?? null, 'step');
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!keyOfMark(e.target, layers)) return;
    const order = stepOrder(article.id, spans, layers.get());
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') step(-1);
    else if (e.key === 'Home' && order[0]) props.onActivate(order[0], 'step');
    else if (e.key === 'End' && order.length > 0) props.onActivate(order[order.length - 1]!, 'step');
    else if (e.key === 'Escape') props.onActivate(null, 'step');
    else return;
    e.preventDefault();
  };

  return (
    <section
      className={`article-column${single ? ' is-single' : ''}`}
      aria-labelledby={headingId}
      data-column={article.id}
    >
      <ColumnTitle id={headingId} name={name} hidden={single} />
      <div className="column-meta">
        <SourceCard article={article} words={props.words} detailsLater={upTo !== undefined} />
        <div className="column-actions">
          {!single && position > 0 && (
            <button type="button" onClick={() => props.onMove(article.id, -1)} aria-label={`Move “${name}” left`} title="Move left">
              ←
            </button>
          )}
          {!single && position < count - 1 && (
            <button type="button" onClick={() => props.onMove(article.id, 1)} aria-label={`Move “${name}” right`} title="Move right">
              →
            </button>
          )}
          {count > 1 && (
            <button type="button" onClick={() => props.onClose(article.id)} aria-label={`Close “${name}”`} title="Close">
              ✕
            </button>
          )}
        </div>
      </div>
      <StepControls articleId={article.id} name={name} spans={spans} layers={layers} onStep={step} />
      <div
        ref={body}
        className="column-body"
        tabIndex={0}
        role="group"
        aria-label={`Text of “${name}”`}
        aria-busy={upTo !== undefined || undefined}
        onClick={(e: MouseEvent) => {
          const key = keyOfMark(e.target, layers);
          if (key) props.onActivate(key, 'click');
        }}
        onFocus={(e) => {
          const key = keyOfMark(e.target, layers);
          if (key && key !== active) props.onActivate(key, 'focus');
        }}
        onKeyDown={onKeyDown}
      >
        <ArticleText article={article} marks={marks} upTo={upTo} offsets={false} />
      </div>
      <div className="note-region" aria-live="polite" aria-label={`Note for “${name}”`} role="region">
        {annotation && <NotePanel article={article} annotation={annotation} index={index} onJump={(k) => props.onActivate(k, 'jump')} onClose={() => props.onActivate(null, 'step')} />}
      </div>
    </section>
  );
});

/**
 * Previous and next highlight, and how many are shown: the one part of a column a layer switch
 * changes, set on the page by the store's listener (no render).
 */
function StepControls({ articleId, name, spans, layers, onStep }: { articleId: string; name: string; spans: HighlightSpan[]; layers: LayerStore; onStep: (delta: 1 | -1) => void }) {
  const ref = useLayersOnElement<HTMLDivElement>(layers, (group, on) => {
    const shown = stepOrder(articleId, spans, on).length;
    // The count's own text node, before " highlighted" (two text nodes, as React draws them).
    const count = group.lastElementChild?.firstChild;
    const text = String(shown);
    if (!count || count.nodeValue === text) return;
    count.nodeValue = text;
    for (const button of group.querySelectorAll('button')) if (button.disabled !== (shown === 0)) button.disabled = shown === 0;
  });
  const shown = stepOrder(articleId, spans, layers.get()).length;
  return (
    <div className="step-controls" role="group" aria-label={`Highlights in “${name}”`} ref={ref}>
      <button type="button" onClick={() => onStep(-1)} disabled={shown === 0} title="Previous highlight">
        <span aria-hidden="true">‹</span>
        <span className="visually-hidden">Previous highlight</span>
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={shown === 0} title="Next highlight">
        <span aria-hidden="true">›</span>
        <span className="visually-hidden">Next highlight</span>
      </button>
      <span className="step-count">{shown} highlighted</span>
    </div>
  );
}
