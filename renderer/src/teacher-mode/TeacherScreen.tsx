import { useEffect } from 'react';
import type { Route } from '../shared/routes';
import { lockOnStart } from '../shared/teacherSession';
import { getLenses } from '../shared/lenses';
import { useAsync } from '../shared/useAsync';
import { TeacherGate } from './TeacherGate';
import { TeacherHome } from './TeacherHome';
import { AssignmentBuilder } from '../assignments/teacher/AssignmentBuilder';
import { ClassOverview } from '../assignments/teacher/ClassOverview';
import { NewSetForm } from '../authoring/NewSetForm';
import { DraftScreen } from '../authoring/DraftScreen';
import { TeacherPage } from '../shared/TeacherPage';

type TeacherRoute = Extract<Route, { screen: 'teacher' }>;

/** Input on a teacher screen keeps teacher mode open; at most one call a minute says so to the core. */
const KEEP_OPEN_EVERY_MS = 60_000;

/**
 * Teacher mode, behind the teacher PIN: assignments, the builder, and each class's results. It
 * locks with the Lock button, when the profile changes (App remounts this screen), on reload, and
 * after the teacher's chosen minutes without input (the core refuses teacher calls from then on).
 */
export function TeacherScreen({ route }: { route: TeacherRoute }) {
  const [status, reload] = useAsync(async () => {
    await lockOnStart();
    return getLenses().getTeacherStatus({});
  }, []);
  const open = status.status === 'ready' && status.value.unlocked;
  const idleMinutes = status.status === 'ready' ? status.value.idleMinutes : 10;
  useEffect(() => {
    if (!open) return;
    let lastSent = Date.now();
    let timer = window.setTimeout(reload, idleMinutes * 60_000 + 1000);
    const onInput = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(reload, idleMinutes * 60_000 + 1000);
      if (Date.now() - lastSent < KEEP_OPEN_EVERY_MS) return;
      lastSent = Date.now();
      getLenses().keepTeacherUnlocked({}).catch(reload);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, onInput, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, onInput);
    };
  }, [open, idleMinutes, reload]);
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
  return <TeacherHome onLock={lock} status={status.value} onStatusChanged={reload} />;
}
