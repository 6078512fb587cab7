import type { Annotation, Article } from '../../../content/schema/article-set';
import type { Link } from '../../../content/schema/article-set';
import { describeAnnotation } from '../../../content/logic/describe';
import { annotationKey, type SetIndex } from '../../../content/logic/set-index';

interface Props {
  article: Article;
  annotation: Annotation | null;
  index: SetIndex;
  onJump: (key: string) => void;
  preview: boolean;
}

/** The note for the highlight in focus (or under the pointer), and its counterparts in other reports. */
export function NotePanel({ article, annotation, index, onJump, preview }: Props) {
  if (!annotation) {
    return null;
  }
  const d = describeAnnotation(article, annotation);
  const links: Link[] = index.linksOf.get(annotationKey(article.id, annotation.id)) ?? [];
  return (
    <div className={`note-card note-${annotation.kind}`}>
      <p className="note-kind">
        {d.kind}
        {preview && <span className="note-preview"> · preview</span>}
      </p>
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
                const key = annotationKey(m.article, m.annotation);
                const target = index.annotations.get(key);
                if (!target) return null;
                const words = describeAnnotation(target.article, target.annotation).title;
                return (
                  <li key={key}>
                    <button type="button" className="link-button" onClick={() => onJump(key)}>
                      {target.article.shortTitle}: {words}
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
