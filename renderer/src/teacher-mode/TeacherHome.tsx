import { TeacherPage } from '../shared/TeacherPage';
import { TeacherAssignments } from '../assignments/teacher/TeacherAssignments';
import { YourSets } from '../authoring/YourSets';
import { TeacherSettings, type TeacherStatus } from './TeacherSettings';

/** Teacher mode's first page: the teacher's assignments, their own article sets, and teacher mode's settings. */
export function TeacherHome({ onLock, status, onStatusChanged }: { onLock: () => void; status: TeacherStatus; onStatusChanged: () => void }) {
  return (
    <TeacherPage title="Teacher" onLock={onLock}>
      <TeacherAssignments />
      <YourSets />
      <TeacherSettings status={status} onChanged={onStatusChanged} />
    </TeacherPage>
  );
}
