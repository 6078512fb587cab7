import { useCallback, useEffect, useState } from 'react';
import type { DraftView } from '../../../main/ipc/authoring-channels';
import { getLenses, messageOf } from '../shared/lenses';
import { routeToHash } from '../shared/routes';
import { TeacherPage } from '../shared/TeacherPage';
import { SetEditor } from './SetEditor';
import { ArticleReview } from './ArticleReview';
import type { Apply, DraftProps } from './draft-props';
import { ExerciseEditor } from './ExerciseEditor';

/** One draft set: the set editor, an article's review screen, or an exercise's editor. */
export function DraftScreen({ draftId, articleId, exerciseId, onLock }: { draftId: string; articleId?: string; exerciseId?: string; onLock: () => void }) {
  const [view, setView] = useState<DraftView | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A message belongs to the screen it was given on; moving to another screen hides it.
  const here = `${articleId ?? ''}/${exerciseId ?? ''}`;
  const [said, setSaid] = useState<{ text: string; alert: boolean; at: string } | null>(null);
  const message = said && said.at === here ? said : null;

  useEffect(() => {
    let live = true;
    getLenses()
      .getDraft({ draftId })
      .then((v) => live && setView(v), (e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [draftId]);

  const apply: Apply = useCallback(
    async (call, done) => {
      setSaid(null);
      try {
        setView(await call());
        if (done) setSaid({ text: done, alert: false, at: here });
        return true;
      } catch (e) {
        setSaid({ text: messageOf(e), alert: true, at: here });
        return false;
      }
    },
    [here],
  );
  const say = useCallback((text: string) => setSaid({ text, alert: false, at: here }), [here]);

  const home = <a href={routeToHash({ screen: 'teacher' })}>Teacher</a>;
  if (error) return <TeacherPage title="Article set" onLock={onLock} crumb={home}><p role="alert">{error}</p></TeacherPage>;
  if (!view) return <TeacherPage title="Article set" onLock={onLock} crumb={home}><p role="status">Loading…</p></TeacherPage>;

  const setCrumb = (
    <>
      {home} › <a href={routeToHash({ screen: 'teacher', draftId })}>{view.draft.title}</a>
    </>
  );
  const status = (
    <div className="status-line" role={message?.alert ? 'alert' : 'status'} aria-live="polite">
      {message && <p className={message.alert ? 'form-error' : 'action-message'}>{message.text}</p>}
    </div>
  );
  const props: DraftProps = { view, apply, setView, say };
  const article = articleId ? view.draft.articles.find((a) => a.id === articleId) : undefined;
  if (articleId) {
    if (!article) return <TeacherPage title="Article" onLock={onLock} crumb={setCrumb}><p role="alert">This article is not in the set any more.</p></TeacherPage>;
    return (
      <TeacherPage title={`Review: ${article.shortTitle}`} onLock={onLock} crumb={setCrumb}>
        {status}
        <ArticleReview {...props} article={article} />
      </TeacherPage>
    );
  }
  if (exerciseId) {
    const exercise = view.draft.exercises.find((e) => e.id === exerciseId);
    if (!exercise) return <TeacherPage title="Exercise" onLock={onLock} crumb={setCrumb}><p role="alert">This exercise is not in the set any more.</p></TeacherPage>;
    return (
      <TeacherPage title="Edit exercise" onLock={onLock} crumb={setCrumb}>
        {status}
        <ExerciseEditor key={exercise.id} {...props} exercise={exercise} />
      </TeacherPage>
    );
  }
  return (
    <TeacherPage title={view.draft.title} onLock={onLock} crumb={<>{home} › Your article sets</>}>
      {status}
      <SetEditor {...props} />
    </TeacherPage>
  );
}
