import { loadArticleSet } from '../app/contentCache';
import { WithheldNote } from '../assignments/WithheldNote';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationKind } from '../../../content/schema/article-set';
import { highlightSpans } from '../../../content/logic/highlights';
import { indexSet, annotationKey } from '../../../content/logic/set-index';
import { useAsync } from '../app/useAsync';
import { navigate, type Route } from '../app/routes';
import { OpenFirstSet } from '../app/OpenFirstSet';
import { ArticleColumn } from './ArticleColumn';
import { LayerControls } from './LayerControls';
import { NumbersTable } from './NumbersTable';
import { ALL_LAYERS_ON, type Layers } from './layers';
import { Tabs } from '../app/Tabs';
import { AboutTheseTexts } from './AboutTheseTexts';
import { useProfile } from '../progress/ProfileContext';

type CompareRoute = Extract<Route, { screen: 'compare' }>;

export function CompareScreen({ route }: { route: CompareRoute }) {
  if (!route.setId) return <OpenFirstSet screen="compare" title="Compare" />;
  return <CompareSet setId={route.setId} articles={route.articles} />;
}

function CompareSet({ setId, articles: chosen }: { setId: string; articles: string[] | undefined }) {
  const [state, retry] = useAsync(() => loadArticleSet(setId), [setId]);
  const { resume, saveLayers } = useProfile();
  const [layers, setLayers] = useState<Layers>(() =>
    resume ? { attribution: resume.ui.attribution, number: resume.ui.numbers, framing: resume.ui.framing } : ALL_LAYERS_ON,
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
  const [hover, setHover] = useState<string | null>(null);
  const [view, setView] = useState<'columns' | 'numbers'>('columns');
  const scrollRequest = useRef<{ key: string; focus: boolean } | null>(null);

  const set = state.status === 'ready' ? state.value.set : null;
  const index = useMemo(() => (set ? indexSet(set) : null), [set]);
  const spans = useMemo(() => new Map((set?.articles ?? []).map((a) => [a.id, highlightSpans(a)])), [set]);
  const shown = useMemo(() => {
    if (!set) return [];
    const ids = set.articles.map((a) => a.id);
    const pick = (chosen ?? ids).filter((id) => ids.includes(id)).slice(0, 5);
    return pick.length > 0 ? pick : ids.slice(0, 5);
  }, [set, chosen]);

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
        if (!shown.includes(articleId)) setShown([...shown.slice(0, 4), articleId]);
        setView('columns');
      }
      scrollRequest.current = { key, focus: via === 'step' || via === 'jump' };
    },
    [index, shown, setShown],
  );

  // After render: focus the chosen highlight when stepping, and bring its counterparts into view.
  useEffect(() => {
    const req = scrollRequest.current;
    if (!req || view !== 'columns') return;
    scrollRequest.current = null;
    const own = document.querySelector<HTMLElement>(`mark[data-mark="${CSS.escape(req.key)}"][data-first]`);
    if (req.focus && own) {
      own.focus({ preventScroll: true });
      own.scrollIntoView({ block: 'nearest' });
    }
    const ownColumn = req.key.split('/')[0];
    for (const key of linked) {
      if (key.split('/')[0] === ownColumn) continue;
      document.querySelector<HTMLElement>(`mark[data-mark="${CSS.escape(key)}"][data-first]`)?.scrollIntoView({ block: 'nearest' });
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

  return (
    <ComparePage title={`Compare: ${set.title}`}>
      {set.contentNote && <p className="content-note">{set.contentNote}</p>}
      <p className="about-texts-line">
        <AboutTheseTexts setId={set.id} setTitle={set.title} set={set} />
      </p>
      <WithheldNote withheld={state.status === 'ready' ? state.value.withheld : undefined} where="compare" />
      <div className="compare-toolbar">
        <fieldset className="article-picker">
          <legend>Articles shown ({shown.length} of {set.articles.length})</legend>
          {set.articles.map((a) => (
            <label key={a.id}>
              <input
                type="checkbox"
                checked={shown.includes(a.id)}
                disabled={shown.includes(a.id) ? shown.length <= 1 : shown.length >= 5}
                onChange={(e) => setShown(e.currentTarget.checked ? [...shown, a.id] : shown.filter((x) => x !== a.id))}
              />{' '}
              {a.shortTitle}
            </label>
          ))}
        </fieldset>
        <LayerControls layers={layers} onChange={setLayers} counts={counts} />
      </div>
      <p className="hint">
        Click a highlight, or use “Next highlight” and the arrow keys, to read its note. Highlights marked ⇄ have counterparts in
        other reports, which are outlined with dashes.
      </p>
      <Tabs
        label="Views"
        selected={view}
        onSelect={(v) => setView(v as 'columns' | 'numbers')}
        tabs={[
          {
            id: 'columns',
            label: 'Side by side',
            panel: (
              <div className={`columns columns-${shown.length}`}>
                {shown.map((id, i) => {
                  const article = index.articles.get(id)!;
                  return (
                    <ArticleColumn
                      key={id}
                      article={article}
                      spans={spans.get(id) ?? []}
                      layers={layers}
                      index={index}
                      active={active}
                      hover={hover}
                      linked={linked}
                      position={i}
                      count={shown.length}
                      onActivate={onActivate}
                      onHover={setHover}
                      onMove={move}
                      onClose={close}
                    />
                  );
                })}
              </div>
            ),
          },
          { id: 'numbers', label: 'Numbers table', panel: <NumbersTable set={set} index={index} onShow={(k) => onActivate(k, 'jump')} /> },
        ]}
      />
    </ComparePage>
  );
}

function ComparePage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="compare-title" className="screen screen-wide">
      <h1 id="compare-title">{title}</h1>
      {children}
    </section>
  );
}
