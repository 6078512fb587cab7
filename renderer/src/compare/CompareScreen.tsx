import { loadArticleSet } from '../app/contentCache';
import { WithheldNote } from '../assignments/WithheldNote';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AnnotationKind, Article } from '../../../content/schema/article-set';
import { highlightSpans } from '../../../content/logic/highlights';
import { indexSet, annotationKey } from '../../../content/logic/set-index';
import { useAsync } from '../app/useAsync';
import { navigate, type Route } from '../app/routes';
import { OpenFirstSet } from '../app/OpenFirstSet';
import { ArticleColumn } from './ArticleColumn';
import { CompareKey, LayerControls } from './LayerControls';
import { NumbersTable } from './NumbersTable';
import { DEFAULT_LAYERS, type Layers } from './layers';
import { articleName } from '../../../content/logic/article-name';
import { useLightDismiss } from './useLightDismiss';
import { Tabs } from '../app/Tabs';
import { AboutTheseTexts } from './AboutTheseTexts';
import { useProfile } from '../progress/ProfileContext';

type CompareRoute = Extract<Route, { screen: 'compare' }>;

/** Below this width one article is shown at a time, with tabs (side by side cannot fit). */
const NARROW = '(max-width: 900px)';
/** Below this width five columns of readable width (12rem) do not fit side by side: four at most. */
const MEDIUM = '(max-width: 1080px)';

function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (notify) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', notify);
      return () => list.removeEventListener('change', notify);
    },
    () => window.matchMedia(query).matches,
  );
}

/**
 * The height that lets an element reach the bottom of the window from where it starts on the
 * page, so the article text fills the screen whatever the toolbar above it takes.
 */
function useFillHeight(): [(el: HTMLElement | null) => void, number | null] {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [top, setTop] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!el) return;
    const update = () => setTop(Math.round(el.getBoundingClientRect().top + window.scrollY));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [el]);
  return [setEl, top];
}

export function CompareScreen({ route }: { route: CompareRoute }) {
  if (!route.setId) return <OpenFirstSet screen="compare" title="Compare" />;
  return <CompareSet setId={route.setId} articles={route.articles} />;
}

function CompareSet({ setId, articles: chosen }: { setId: string; articles: string[] | undefined }) {
  const [state, retry] = useAsync(() => loadArticleSet(setId), [setId]);
  const { resume, saveLayers } = useProfile();
  const [layers, setLayers] = useState<Layers>(() =>
    resume ? { attribution: resume.ui.attribution, number: resume.ui.numbers, framing: resume.ui.framing } : DEFAULT_LAYERS,
  );
  // Remember the student's layer choices (not on first render: nothing changed yet).
  const layersChanged = useRef(false);
  useEffect(() => {
    if (!layersChanged.current) {
      layersChanged.current = true;
      return;
    }
    saveLayers({ attribution: layers.attribution, numbers: layers.number, framing: layers.framing });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layers]);
  const [active, setActive] = useState<string | null>(null);
  const [view, setView] = useState<'columns' | 'numbers'>('columns');
  const narrow = useMediaQuery(NARROW);
  const most = useMediaQuery(MEDIUM) && !narrow ? 4 : 5;
  const [tab, setTab] = useState<string | null>(null);
  const [columnsRef, columnsTop] = useFillHeight();
  const scrollRequest = useRef<{ key: string; focus: boolean } | null>(null);

  const set = state.status === 'ready' ? state.value.set : null;
  const index = useMemo(() => (set ? indexSet(set) : null), [set]);
  const spans = useMemo(() => new Map((set?.articles ?? []).map((a) => [a.id, highlightSpans(a)])), [set]);
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
    [index, shown, setShown, most],
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
    if (!req || view !== 'columns') return;
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
      const i = shown.indexOf(articleId);
      const j = i + delta;
      if (i < 0 || j < 0 || j >= shown.length) return;
      const next = [...shown];
      [next[i], next[j]] = [next[j]!, next[i]!];
      setShown(next);
    },
    [shown, setShown],
  );
  const close = useCallback((articleId: string) => setShown(shown.filter((a) => a !== articleId)), [shown, setShown]);

  if (state.status === 'loading') return <ComparePage title="Compare"><p role="status">Loading articles…</p></ComparePage>;
  if (state.status === 'error') {
    return (
      <ComparePage title="Compare">
        <div role="alert" className="error-panel">
          <p>{state.message}</p>
          <button type="button" onClick={retry}>Try again</button>{' '}
          <a href="#/library">Back to the Library</a>
        </div>
      </ComparePage>
    );
  }
  if (!set || !index) return null;

  const counts: Record<AnnotationKind, number> = { attribution: 0, number: 0, framing: 0 };
  for (const a of set.articles) for (const n of a.annotations) counts[n.kind] += 1;

  const column = (id: string, i: number) => (
    <ArticleColumn
      key={id}
      article={index.articles.get(id)!}
      spans={spans.get(id) ?? []}
      layers={layers}
      index={index}
      active={active}
      linked={linked}
      position={i}
      count={shown.length}
      single={narrow}
      onActivate={onActivate}
      onMove={move}
      onClose={close}
    />
  );
  const fill = columnsTop === null ? undefined : { height: `calc(100vh - ${columnsTop}px - 1.25rem)` };
  const current = tab && shown.includes(tab) ? tab : shown[0]!;
  const namesByLenses = shown.some((id) => articleName(index.articles.get(id)!).nameByLenses);

  return (
    <ComparePage title={`Compare: ${set.title}`}>
      {set.contentNote && <p className="content-note">{set.contentNote}</p>}
      <WithheldNote withheld={state.status === 'ready' ? state.value.withheld : undefined} where="compare" />
      <div className="compare-toolbar">
        <ArticlePicker articles={set.articles} shown={shown} most={most} onChange={setShown} />
        <LayerControls layers={layers} onChange={setLayers} counts={counts} />
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
                    <div className="columns columns-1" ref={columnsRef} style={fill}>
                      {column(id, i)}
                    </div>
                  ),
                }))}
              />
            ) : (
              <div className={`columns columns-${shown.length}`} ref={columnsRef} style={fill}>
                {shown.map(column)}
              </div>
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
