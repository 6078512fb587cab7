import { useLayoutEffect, useRef, useState } from 'react';
import type { Annotation, Article } from '../../../content/schema/article-set';
import type { Link } from '../../../content/schema/article-set';
import { describeAnnotation } from '../../../content/logic/describe';
import { articleName } from '../../../content/logic/article-name';
import { annotationKey, type SetIndex } from '../../../content/logic/set-index';

interface Props {
  article: Article;
  annotation: Annotation;
  index: SetIndex;
  onJump: (key: string) => void;
  onClose: () => void;
}

const GAP = 8;
const MARGIN = 8;

/** Where the note goes, in window coordinates: `top` or `bottom` (its edge nearest the highlight). */
interface Place {
  left: number;
  top?: number;
  bottom?: number;
  width: number;
  maxHeight: number;
}

const noteWidth = () => Math.min(352, document.documentElement.clientWidth - 2 * MARGIN);

/** The lowest a note may reach up: below the app's top navigation while it is on screen. */
function topLimit(): number {
  const nav = document.querySelector('.topbar')?.getBoundingClientRect();
  return Math.max(MARGIN, nav ? nav.bottom + GAP : MARGIN);
}

const overlaps = (a: DOMRect, left: number, top: number, width: number, height: number) =>
  a.right > left && a.left < left + width && a.bottom > top && a.top < top + height;

/**
 * Where the note goes: beside the highlight's column when there is room (over a neighbouring
 * column, never over the chosen words), else above or below the highlight, whichever has more room;
 * of the places that fit, the one that hides fewest of the counterparts shown in other columns.
 * Always inside the window and below the app's navigation. Fixed to the window, so the columns keep
 * their size.
 */
function placeNote(mark: DOMRect, column: DOMRect, noteHeight: number, counterparts: DOMRect[]): Place {
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const width = noteWidth();
  const least = topLimit();
  const tallest = Math.max(0, vh - MARGIN - least);
  const height = Math.min(noteHeight, tallest);
  const top = Math.max(least, Math.min(mark.top - 24, vh - MARGIN - height));
  const options: Array<Place & { y: number; h: number }> = [];
  if (column.right + GAP + width <= vw - MARGIN) options.push({ left: column.right + GAP, top, width, maxHeight: tallest, y: top, h: height });
  if (column.left - GAP - width >= MARGIN) options.push({ left: column.left - GAP - width, top, width, maxHeight: tallest, y: top, h: height });
  const left = Math.max(MARGIN, Math.min(mark.left, vw - MARGIN - width));
  const above = Math.max(0, mark.top - GAP - least);
  const below = Math.max(0, vh - mark.bottom - GAP - MARGIN);
  const belowPlace = { left, top: mark.bottom + GAP, width, maxHeight: below, y: mark.bottom + GAP, h: Math.min(noteHeight, below) };
  const abovePlace = { left, bottom: vh - mark.top + GAP, width, maxHeight: above, y: mark.top - GAP - Math.min(noteHeight, above), h: Math.min(noteHeight, above) };
  const byRoom = below >= above ? [belowPlace, abovePlace] : [abovePlace, belowPlace];
  // Above or below only with room for most of the note (or for the larger of the two, when nothing else fits).
  for (const p of byRoom) if (p.h >= Math.min(noteHeight, 160) || options.length === 0) options.push(p);
  if (options.length === 0) options.push(byRoom[0]!);
  const hidden = (p: { left: number; y: number; width: number; h: number }) => counterparts.filter((c) => overlaps(c, p.left, p.y, p.width, p.h)).length;
  let best = options[0]!;
  for (const p of options.slice(1)) if (hidden(p) < hidden(best)) best = p;
  const { y: _y, h: _h, ...place } = best;
  return place;
}

/** The note for the chosen highlight and its counterparts in other reports, next to the highlight. */
export function NotePanel({ article, annotation, index, onJump, onClose }: Props) {
  const key = annotationKey(article.id, annotation.id);
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Place | null>(null);

  useLayoutEffect(() => {
    const update = () => {
      const mark = document.querySelector<HTMLElement>(`mark[data-mark="${CSS.escape(key)}"][data-first]`);
      const column = mark?.closest('.article-column');
      const note = ref.current;
      if (!mark || !column || !note) return;
      const vh = window.innerHeight;
      const counterparts = [...document.querySelectorAll('mark.is-linked[data-first]')]
        .map((m) => m.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.bottom > 0 && r.top < vh);
      const next = placeNote(mark.getBoundingClientRect(), column.getBoundingClientRect(), note.scrollHeight, counterparts);
      setPlace((p) => (p && p.left === next.left && p.top === next.top && p.bottom === next.bottom && p.width === next.width && p.maxHeight === next.maxHeight ? p : next));
    };
    update();
    window.addEventListener('resize', update);
    window.addEventListener('scroll', update, true);
    return () => {
      window.removeEventListener('resize', update);
      window.removeEventListener('scroll', update, true);
    };
  }, [key]);

  const d = describeAnnotation(article, annotation);
  const links: Link[] = index.linksOf.get(key) ?? [];
  return (
    <div
      ref={ref}
      className={`note-card note-${annotation.kind}`}
      // Measured at its final width first, then placed.
      style={place ?? { visibility: 'hidden', left: 0, top: 0, width: noteWidth() }}
      data-note={key}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        // Back to the words the note is about, then close it.
        document.querySelector<HTMLElement>(`mark[data-mark="${CSS.escape(key)}"][data-first]`)?.focus({ preventScroll: true });
        onClose();
      }}
    >
      <div className="note-head">
        <p className="note-kind">{d.kind}</p>
        <button type="button" className="note-close" onClick={onClose} aria-label="Close the note">
          ✕
        </button>
      </div>
      <p className="note-title">{d.title}</p>
      <dl className="note-facts">
        {d.facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {d.note && <p className="note-text">{d.note}</p>}
      {links.map((link) => {
        const others = link.members.filter((m) => !(m.article === article.id && m.annotation === annotation.id));
        return (
          <div key={link.id} className="note-links">
            <p>
              <span aria-hidden="true">⇄ </span>
              <strong>{link.title}</strong>: {link.description}
            </p>
            <ul>
              {others.map((m) => {
                const target = index.annotations.get(annotationKey(m.article, m.annotation));
                if (!target) return null;
                const words = describeAnnotation(target.article, target.annotation).title;
                const k = annotationKey(m.article, m.annotation);
                return (
                  <li key={k}>
                    <button type="button" className="link-button" onClick={() => onJump(k)}>
                      {articleName(target.article).name}: {words}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
