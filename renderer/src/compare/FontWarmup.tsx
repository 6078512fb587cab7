import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { whenIdle } from '../shared/when-idle';

/**
 * A few words in each font Compare draws its text in (family, weight, style and size), laid out a
 * piece at a time while the first screen sits idle, then removed: so a student's first visit to
 * Compare does not wait for the browser to look its fonts up.
 *
 * Why: the first time a page uses a font at a size, the browser looks the font up (in Chromium a
 * round trip to its browser process for each family, weight, style and size, and again for a
 * character the font lacks, such as ⇄). Looked up while the first frame of five columns is laid
 * out, Compare's fonts cost that frame about 10 to 30 ms on a two-core laptop (`npm run bench`'s
 * machine). Compare also shares most of its sizes with the Library (styles.css), so only a few
 * are new. Looked up in the loading wait instead, they cost the same: the wait ends as soon as
 * the set is in. So this runs only before the student heads for Compare, never on the way there.
 *
 * Nothing here is a heading, a mark or a control: hidden from everyone (`visibility: hidden`,
 * `aria-hidden`), never focused, never counted as a highlight. The classes are Compare's own, so
 * the fonts follow its style sheet; the e2e test "Compare's fonts are looked up before the first
 * visit" checks that every font the screen draws in is here.
 */
const WORDS = 'Said “a” — 1,234 … ⇄';

/** While `ready` (a screen other than Compare is shown and Compare was not drawn yet): Compare's fonts, laid out a few at a time when idle. */
export function CompareFontWarmup({ ready }: { ready: boolean }) {
  // How many pieces are drawn (each laid out in an idle period of its own, so that none of them
  // holds up a click for long: all at once took 22 to 63 ms on a cold page of a busy two-core
  // machine, each piece now at most about 13); null when done.
  const [drawn, setDrawn] = useState<number | null>(0);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ready || drawn === null) return;
    return whenIdle(() => setDrawn(drawn < PIECES.length ? drawn + 1 : null), 3000);
  }, [ready, drawn]);
  // Laid out now, in the idle time it was drawn in (a frame may not come before the next piece).
  useLayoutEffect(() => {
    if (drawn) ref.current?.getBoundingClientRect();
  }, [drawn]);
  return drawn ? (
    <div className="compare font-warmup" aria-hidden="true" ref={ref}>
      {PIECES.slice(0, drawn)}
    </div>
  ) : null;
}

/** Compare's fonts: each piece, one or a few of them. */
const PIECES = [
  <span key="title" className="font-warmup-title">{WORDS}</span>,
  <span key="note" className="content-note">{WORDS}</span>,
  <span key="key" className="compare-key">
    {WORDS} <strong>{WORDS}</strong> <span className="sample hl hl-attribution role-cue">{WORDS}</span>
  </span>,
  <span key="swatch" className="legend-swatch">{WORDS}</span>,
  <span key="column-title" className="font-warmup-column-title">{WORDS}</span>,
  <span key="source-card" className="source-card">
    {WORDS} <strong>{WORDS}</strong>
  </span>,
  <span key="tab" className="font-warmup-tab">
    {WORDS} <strong>{WORDS}</strong>
  </span>,
  <span key="text" className="article-text">
    {WORDS} <span className="hl-attribution role-cue">{WORDS}</span>
  </span>,
  <span key="blocks" className="article-text">
    <strong className="block-headline">{WORDS}</strong>
    <strong className="block-subheading">{WORDS}</strong>
  </span>,
  <span key="small-blocks" className="article-text">
    <span className="block-dateline">{WORDS}</span>
    <span className="block-caption">{WORDS}</span>
    <span className="font-warmup-link-sign">⇄</span>
  </span>,
];
