import { loadCompareView, loadedCompareView, type LoadedCompareView } from '../shared/contentCache';
import { WithheldNote } from '../assignments/student/WithheldNote';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { AnnotationKind, Article } from '../../../content/schema/article-set';
import type { CompareView } from '../../../content/logic/compare-view';
import { indexSet, annotationKey, type SetIndex } from '../../../content/logic/set-index';
import { useAsync, type AsyncState } from '../shared/useAsync';
import { LoadError } from '../shared/LoadError';
import { navigate, type Route } from '../shared/routes';
import { OpenFirstSet } from '../shared/OpenFirstSet';
import { moveItem } from '../shared/move-item';
import { ArticleColumn, columnMarks } from './ArticleColumn';
import type { TextMark } from './ArticleText';
import { CompareKey, LayerControls } from './LayerControls';
import { NumbersTable } from './NumbersTable';
import { createLayerStore, DEFAULT_LAYERS, layersOffClasses, showLayersOff, useLayersOnElement, type LayerStore } from './layers';
import { articleName } from '../../../content/logic/article-name';
import { useLightDismiss } from './useLightDismiss';
import { Tabs } from '../shared/Tabs';
import { AboutTheseTexts } from './AboutTheseTexts';
import { whenIdle } from '../shared/when-idle';
import { useProfile } from '../progress/ProfileContext';

type CompareRoute = Extract<Route, { screen: 'compare' }>;

const NO_SPANS: never[] = [];
const NO_MARKS: TextMark[] = [];

/** Below this width one article is shown at a time, with tabs (side by side cannot fit). */
const NARROW = '(max-width: 900px)';
/** Below this width five columns of readable width (12rem) do not fit side by side: four at most. */
const MEDIUM = '(max-width: 1080px)';

function useMediaQuery(query: string): boolean {
  // One query list: asking the window again on every render is not free.
  const list = useMemo(() => window.matchMedia(query), [query]);
  return useSyncExternalStore(
    useCallback(
      (notify: () => void) => {
        list.addEventListener('change', notify);
        return () => list.removeEventListener('change', notify);
      },
      [list],
    ),
    () => list.matches,
  );
}

/** What Compare works out from a set once, kept with the loaded view: later visits reuse it. */
interface Prepared {
  index: SetIndex;
  counts: Record<AnnotationKind, number>;
  marks: Map<string, TextMark[]>;
}
const preparedViews = new WeakMap<CompareView, Prepared>();

function prepare(view: CompareView): Prepared {
  let p = preparedViews.get(view);
  if (!p) {
    const index = indexSet(view.set);
    const counts: Record<AnnotationKind, number> = { attribution: 0, number: 0, framing: 0 };
    for (const a of view.set.articles) for (const n of a.annotations) counts[n.kind] += 1;
    const marks = new Map(view.set.articles.map((a) => [a.id, columnMarks(a.id, view.highlights[a.id] ?? [], index)]));
    p = { index, counts, marks };
    preparedViews.set(view, p);
  }
  return p;
}

/**
 * At most about how many characters of text one column shows in this window: what each column
 * draws at once on arrival (`useDrawnAll`, `textUpTo`). An upper bound, never under (a column must
 * not show a gap at its foot while the rest is drawn), without reading the page's layout (that
 * would lay out the new screen an extra time): lines of 1.65 × 1rem (26.4 px, taken as 26) from
 * where the columns start (where they did last time) below the column's head (title, source, step
 * buttons: 110 px, taken as 90); and a line holds its width (the column's, less its padding,
 * border and scroll bar) over 6.8 px a character (the article font at 1rem sets about 7.4 px a
 * character in Georgia, 8.1 in DejaVu Serif, 6.9 in a Times-like serif). Texts also end paragraphs
 * part way along a line, so the columns show less than this.
 */
function charactersOnScreen(columns: number): number {
  const perLine = Math.max(20, (window.innerWidth / columns - 52) / 6.8);
  const lines = Math.max(10, (window.innerHeight - lastColumnsTop - 90) / 26);
  return Math.round(perLine * lines);
}

/**
 * Whether the columns draw their whole text yet: on arrival each column draws what fills the
 * window, so the five columns show at once; the rest of every text is drawn as soon as the page
 * is idle after that (within half a second at most), in a render that gives way to the student's
 * clicks and keys.
 */
function useDrawnAll(view: CompareView | null): boolean {
  const [drawnAll, setDrawnAll] = useState<CompareView | null>(null);
  useEffect(() => {
    if (!view || drawnAll === view) return;
    return whenIdle(() => startTransition(() => setDrawnAll(view)), 500);
  }, [view, drawnAll]);
  return view !== null && drawnAll === view;
}

/** The set's compare view: at once when this session already has it, else loaded from main. */
function useCompareView(setId: string): [AsyncState<LoadedCompareView>, () => void] {
  const [state, retry] = useAsync(() => loadCompareView(setId), [setId]);
  const known = state.status === 'loading' ? loadedCompareView(setId) : undefined;
  return [known ? { status: 'ready', value: known } : state, retry];
}

/**
 * A container of articles; the layers switched off are classes the highlight styles hang on, set on
 * it by the store's listener as a layer is switched (no render of the container or its articles).
 */
function LayerScope({ layers, className, scopeRef, children }: { layers: LayerStore; className: string; scopeRef: (el: HTMLDivElement | null) => (() => void) | undefined; children: ReactNode }) {
  const layersRef = useLayersOnElement(layers, showLayersOff);
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      layersRef.current = el;
      const cleanup = scopeRef(el);
      return () => {
        layersRef.current = null;
        cleanup?.();
      };
    },
    [layersRef, scopeRef],
  );
  return (
    <div className={className + layersOffClasses(layers.get())} ref={ref}>
      {children}
    </div>
  );
}

/**
 * Where Compare's columns started on the page when last measured (about where the first visit's
 * will). Before any visit: where they start at the school screen sizes, 1366×768 to 1920×1080
 * (314 px; 335 at 1280×800, where the toolbar wraps), so a first visit's columns are laid out once.
 */
let lastColumnsTop = 314;

const fillHeight = (top: number) => `calc(100vh - ${top}px - 1.25rem)`;

/**
 * A ref that gives an element the height that lets it reach the bottom of the window from where
 * it starts on the page, so the article text fills the screen whatever the toolbar above it takes.
 * It is first drawn with the height that fitted last time (the toolbar rarely changes between
 * visits). Where it starts is read once the browser has laid the page out (a resize observer
 * reports then, before the frame is painted), and a different start corrects the height before
 * that frame is painted. Reading it while the screen is being drawn would lay out the whole new
 * screen an extra time.
 */
function useFillHeight(): (el: HTMLElement | null) => (() => void) | undefined {
  return useCallback((el: HTMLElement | null) => {
    if (!el) return undefined;
    let top = lastColumnsTop;
    el.style.height = fillHeight(top);
    const update = () => {
      lastColumnsTop = Math.round(el.getBoundingClientRect().top + window.scrollY);
      if (lastColumnsTop === top) return;
      top = lastColumnsTop;
      el.style.height = fillHeight(top);
    };
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
}

export function CompareScreen({ route }: { route: CompareRoute }) {
  if (!route.setId) return <OpenFirstSet screen="compare" title="Compare" />;
  return <CompareSet setId={route.setId} articles={route.articles} />;
}

function CompareSet({ setId, articles: chosen }: { setId: string; articles: string[] | undefined }) {
  const [state, retry] = useCompareView(setId);
  const { savedLayers, saveLayers } = useProfile();
  const [layers] = useState<LayerStore>(() => {
    const ui = savedLayers();
    return createLayerStore(ui ? { attribution: ui.attribution, number: ui.numbers, framing: ui.framing } : DEFAULT_LAYERS);
  });
  const setLayers = layers.set;
  // Remember the student's layer choices as they change: saved in a task of its own just after the
  // switch, not in the click the student waits on (switches within one task are saved once).
  const save = useRef(saveLayers);
  useEffect(() => {
    save.current = saveLayers;
  });
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const saveNow = () => {
      pending = undefined;
      const l = layers.get();
      save.current({ attribution: l.attribution, numbers: l.number, framing: l.framing });
    };
    const unsubscribe = layers.subscribe(() => {
      pending ??= setTimeout(saveNow, 0);
    });
    return () => {
      unsubscribe();
      if (pending === undefined) return;
      clearTimeout(pending);
      saveNow();
    };
  }, [layers]);
  const [active, setActive] = useState<string | null>(null);
  const [view, setView] = useState<'columns' | 'numbers'>('columns');
  const narrow = useMediaQuery(NARROW);
  const most = useMediaQuery(MEDIUM) && !narrow ? 4 : 5;
  const [tab, setTab] = useState<string | null>(null);
  const columnsRef = useFillHeight();
  const scrollRequest = useRef<{ key: string; focus: boolean } | null>(null);

  const compared = state.status === 'ready' ? state.value.view : null;
  const drawnAll = useDrawnAll(compared);
  const set = compared?.set ?? null;
  const prepared = useMemo(() => (compared ? prepare(compared) : null), [compared]);
  const index = prepared?.index ?? null;
  const shown = useMemo(() => {
    if (!set) return [];
    const ids = set.articles.map((a) => a.id);
    const pick = (chosen ?? ids).filter((id) => ids.includes(id)).slice(0, most);
    return pick.length > 0 ? pick : ids.slice(0, most);
  }, [set, chosen, most]);

  const linked = useMemo(() => {
    const keys = new Set<string>();
    if (!active || !index) return keys;
    for (const link of index.linksOf.get(active) ?? []) for (const m of link.members) keys.add(annotationKey(m.article, m.annotation));
    keys.delete(active);
    return keys;
  }, [active, index]);

  const setShown = useCallback(
    (ids: string[]) => navigate({ screen: 'compare', setId, articles: ids }),
    [setId],
  );

  const onActivate = useCallback(
    (key: string | null, via: 'focus' | 'click' | 'step' | 'jump') => {
      setActive(key);
      if (!key) return;
      const articleId = key.split('/')[0] ?? '';
      if (via === 'jump') {
        // Make sure the target's column and layer are visible.
        const kind = index?.annotations.get(key)?.annotation.kind;
        if (kind) setLayers((l) => (l[kind] ? l : { ...l, [kind]: true }));
        if (!shown.includes(articleId)) setShown([...shown.slice(0, most - 1), articleId]);
        setView('columns');
        setTab(articleId);
      }
      scrollRequest.current = { key, focus: via === 'step' || via === 'jump' };
    },
    [index, shown, setShown, setLayers, most],
  );

  // A note closes when the student clicks elsewhere (not on a highlight, the note or the step buttons).
  useEffect(() => {
    if (!active) return;
    const away = (e: PointerEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('.note-card, mark[data-mark], .step-controls, .layer-controls')) return;
      setActive(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [active]);

  // After render: focus the chosen highlight when stepping, and bring its counterparts into view.
  useEffect(() => {
    const req = scrollRequest.current;
    // Counterparts further down a text are there once the whole text is drawn.
    if (!req || view !== 'columns' || !drawnAll) return;
    scrollRequest.current = null;
    const own = document.querySelector<HTMLElement>(`mark[data-mark="${CSS.escape(req.key)}"][data-first]`);
    if (req.focus && own) {
      own.focus({ preventScroll: true });
      own.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    }
    const ownColumn = req.key.split('/')[0];
    for (const key of linked) {
      if (key.split('/')[0] === ownColumn) continue;
      document.querySelector<HTMLElement>(`mark[data-mark="${CSS.escape(key)}"][data-first]`)?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    }
  });

  const move = useCallback(
    (articleId: string, delta: -1 | 1) => {
      const next = moveItem(shown, articleId, shown.indexOf(articleId) + delta);
      if (next !== shown) setShown(next);
    },
    [shown, setShown],
  );
  const close = useCallback((articleId: string) => setShown(shown.filter((a) => a !== articleId)), [shown, setShown]);

  if (state.status === 'loading') return <ComparePage title="Compare"><p role="status">Loading articles…</p></ComparePage>;
  if (state.status === 'error') {
    return (
      <ComparePage title="Compare">
        <LoadError message={state.message} onRetry={retry}>
          <a href="#/library">Back to the Library</a>
        </LoadError>
      </ComparePage>
    );
  }
  if (!compared || !set || !prepared || !index) return null;

  const topOfText = charactersOnScreen(narrow ? 1 : shown.length);
  const column = (id: string, i: number) => (
    <ArticleColumn
      key={id}
      article={index.articles.get(id)!}
      spans={compared.highlights[id] ?? NO_SPANS}
      words={compared.words[id] ?? 0}
      marks={prepared.marks.get(id) ?? NO_MARKS}
      layers={layers}
      index={index}
      active={active}
      linked={linked}
      position={i}
      count={shown.length}
      single={narrow}
      upTo={drawnAll ? undefined : topOfText}
      onActivate={onActivate}
      onMove={move}
      onClose={close}
    />
  );
  const current = tab && shown.includes(tab) ? tab : shown[0]!;
  const namesByLenses = shown.some((id) => articleName(index.articles.get(id)!).nameByLenses);

  return (
    <ComparePage title={`Compare: ${set.title}`}>
      {set.contentNote && <p className="content-note">{set.contentNote}</p>}
      <WithheldNote withheld={state.value.withheld} where="compare" />
      <div className="compare-toolbar">
        <ArticlePicker articles={set.articles} shown={shown} most={most} onChange={setShown} />
        <LayerControls layers={layers} counts={prepared.counts} />
        <AboutTheseTexts setId={set.id} setTitle={set.title} set={set} />
      </div>
      <CompareKey namesByLenses={namesByLenses} />
      <Tabs
        label="Views"
        selected={view}
        onSelect={(v) => setView(v as 'columns' | 'numbers')}
        tabs={[
          {
            id: 'columns',
            label: narrow ? 'Articles' : 'Side by side',
            panel: narrow ? (
              <Tabs
                label="Articles"
                selected={current}
                onSelect={setTab}
                tabs={shown.map((id, i) => ({
                  id,
                  label: articleName(index.articles.get(id)!).name,
                  panel: (
                    <LayerScope layers={layers} className="columns columns-1" scopeRef={columnsRef}>
                      {column(id, i)}
                    </LayerScope>
                  ),
                }))}
              />
            ) : (
              <LayerScope layers={layers} className={`columns columns-${shown.length}`} scopeRef={columnsRef}>
                {shown.map(column)}
              </LayerScope>
            ),
          },
          { id: 'numbers', label: 'Numbers table', panel: <NumbersTable set={set} index={index} onShow={(k) => onActivate(k, 'jump')} /> },
        ]}
      />
    </ComparePage>
  );
}

/** Which articles are shown (at most five, four in a window too narrow for five): a pop-up list of checkboxes, one per article. */
function ArticlePicker({ articles, shown, most, onChange }: { articles: Article[]; shown: string[]; most: number; onChange: (ids: string[]) => void }) {
  const ref = useLightDismiss();
  return (
    <details className="article-picker" ref={ref}>
      <summary>
        Articles shown: {shown.length} of {articles.length}
      </summary>
      <fieldset>
        <legend className="visually-hidden">
          Articles shown ({shown.length} of {articles.length})
        </legend>
        {articles.map((a) => (
          <label key={a.id}>
            <input
              type="checkbox"
              checked={shown.includes(a.id)}
              disabled={shown.includes(a.id) ? shown.length <= 1 : shown.length >= most}
              onChange={(e) => onChange(e.currentTarget.checked ? [...shown, a.id] : shown.filter((x) => x !== a.id))}
            />{' '}
            {articleName(a).name}
          </label>
        ))}
        {most < 5 && articles.length > most && <p className="hint">Four articles fit side by side in this window; widen it to see five.</p>}
      </fieldset>
    </details>
  );
}

function ComparePage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="compare-title" className="screen screen-wide compare">
      <h1 id="compare-title">{title}</h1>
      {children}
    </section>
  );
}
