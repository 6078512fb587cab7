import type { Route } from '../app/routes';
import { getLenses } from '../app/lenses';
import { useAsync } from '../app/useAsync';
import { TeacherGate } from './TeacherGate';
import { TeacherHome } from './TeacherHome';
import { AssignmentBuilder } from './AssignmentBuilder';
import { ClassOverview } from './ClassOverview';
import { NewSetForm } from '../authoring/NewSetForm';
import { DraftScreen } from '../authoring/DraftScreen';

type TeacherRoute = Extract<Route, { screen: 'teacher' }>;

/** Teacher mode, behind the teacher PIN: assignments, the builder, and each class's results. */
export function TeacherScreen({ route }: { route: TeacherRoute }) {
  const [status, reload] = useAsync(() => getLenses().getTeacherStatus({}), []);
  if (status.status === 'loading') return <TeacherPage title="Teacher"><p role="status">Loading…</p></TeacherPage>;
  if (status.status === 'error') return <TeacherPage title="Teacher"><p role="alert">{status.message}</p></TeacherPage>;
  if (!status.value.unlocked) return <TeacherGate status={status.value} onUnlocked={reload} />;
  const lock = async () => {
    await getLenses().lockTeacher({});
    reload();
  };
  if (route.view === 'new') return <AssignmentBuilder onLock={lock} />;
  if (route.view === 'new-set') return <NewSetForm onLock={lock} />;
  if (route.draftId) return <DraftScreen draftId={route.draftId} articleId={route.articleId} exerciseId={route.exerciseId} onLock={lock} />;
  if (route.assignmentId) return <ClassOverview assignmentId={route.assignmentId} onLock={lock} />;
  return <TeacherHome onLock={lock} />;
}

export function TeacherPage({ title, children, onLock, crumb }: { title: string; children: React.ReactNode; onLock?: () => void; crumb?: React.ReactNode }) {
  return (
    <section aria-labelledby="teacher-title" className="screen">
      <div className="teacher-head">
        <div>
          {crumb && <p className="crumb">{crumb}</p>}
          <h1 id="teacher-title">{title}</h1>
        </div>
        {onLock && (
          <button type="button" onClick={onLock}>
            Lock teacher mode
          </button>
        )}
      </div>
      {children}
    </section>
  );
}
