import { useState } from 'react';
import type { ChannelOutput } from '../../../../main/ipc/contract';
import { EXERCISE_TYPE_LABELS, FAMILY_LABELS } from '../../../../content/schema/labels';
import { getLenses } from '../../shared/lenses';
import { useActionMessage } from '../../shared/useActionMessage';
import { useAsync } from '../../shared/useAsync';
import { routeToHash } from '../../shared/routes';
import { TeacherPage } from '../../shared/TeacherPage';
import { localDateTime, minutesText } from '../../../../content/assignments/time-format';
import { ResultsFiles } from './ResultsFiles';

type Overview = ChannelOutput<'getClassOverview'>;
type ImportReport = ChannelOutput<'importResults'>;

const percent = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);
/** A score with its mark, so "right" and partial credit read as one story: ✓ fully right, ◐ partly, ✗ not. */
const scoreCell = (x: number) => `${x === 1 ? '✓' : x > 0 ? '◐' : '✗'} ${percent(x)}`;
const pctOrDash = (x: number | null) => (x === null ? '—' : `${Math.round(x)}%`);

/** One class at a glance: students × exercises, how hard each exercise was, common wrong answers, written work. */
export function ClassOverview({ assignmentId, onLock }: { assignmentId: string; onLock: () => void }) {
  const [state, reload] = useAsync(() => getLenses().getClassOverview({ assignmentId }), [assignmentId]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [filesVersion, setFilesVersion] = useState(0);
  const [act, actionMessage] = useActionMessage();
  const title = state.status === 'ready' ? state.value.assignment.title : 'Class results';
  return (
    <TeacherPage title={title} onLock={onLock} crumb={<a href={routeToHash({ screen: 'teacher' })}>Teacher</a>}>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void act(async () => {
              const r = await getLenses().importResults({ assignmentId });
              setReport(r);
              reload();
              setFilesVersion((v) => v + 1);
              const held = r.held?.length ?? 0;
              return `${r.imported.length === 1 ? '1 results file' : `${r.imported.length} results files`} imported, ${r.rejected.length} not imported${held > 0 ? `, ${held} waiting for your decision below` : ''}.`;
            })
          }
        >
          Import results files…
        </button>
        <button type="button" onClick={() => void act(async () => {
          const r = await getLenses().exportClassCsv({ assignmentId });
          return r.saved ? `Saved the spreadsheet (CSV) to ${r.path ?? 'the folder you chose'}.` : 'Nothing was saved.';
        })}>
          Export spreadsheet (CSV)…
        </button>
        <button type="button" onClick={() => void act(async () => {
          const r = await getLenses().printClassReport({ assignmentId });
          return r.saved ? `Saved the report (PDF) to ${r.path ?? 'the folder you chose'}.` : 'Nothing was saved.';
        })}>
          Save report as PDF…
        </button>
        <a className="button" href={routeToHash({ screen: 'print', assignmentId })}>
          Print view
        </a>
      </div>
      {actionMessage}
      {report && report.rejected.length > 0 && (
        <div role="alert" className="notice">
          <h2>Files not imported</h2>
          <ul>
            {report.rejected.map((r) => (
              <li key={r.file}>
                <strong>{r.file}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.status === 'loading' && <p role="status">Loading results…</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && <OverviewTables overview={state.value} />}
      <ResultsFiles assignmentId={assignmentId} version={filesVersion} onChanged={reload} />
    </TeacherPage>
  );
}

export function OverviewTables({ overview }: { overview: Overview }) {
  const { assignment, students, exercises, familyAverages, writtenResponses } = overview;
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Mode</dt>
          <dd>{assignment.mode === 'practice' ? 'Practice' : 'Assessment'}</dd>
        </div>
        <div>
          <dt>Students</dt>
          <dd>{assignment.studentCount}</dd>
        </div>
        <div>
          <dt>Exercises</dt>
          <dd>{assignment.exerciseCount}</dd>
        </div>
        {(['attribution', 'framing', 'numbers'] as const).map((f) => (
          <div key={f}>
            <dt>{FAMILY_LABELS[f]} average</dt>
            <dd>{percent(familyAverages[f])}</dd>
          </div>
        ))}
      </dl>
      {students.length === 0 ? (
        <p>No results yet. Import the results files your students hand back.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-label="Students and exercises">
          <table className="data-table overview-table" aria-label="Scores by student">
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Submitted</th>
                <th scope="col">Done</th>
                <th scope="col">Points</th>
                <th scope="col">Right on the first try</th>
                <th scope="col">Time</th>
                {exercises.map((e, i) => (
                  <th key={e.id} scope="col" title={e.prompt}>
                    <span aria-hidden="true">E{i + 1}</span>
                    <span className="visually-hidden">Exercise {i + 1}: {e.prompt}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {students.map((s) => (
                <tr key={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>
                    <time dateTime={s.submittedAt}>{localDateTime(s.submittedAt)}</time>
                  </td>
                  <td>
                    {s.completed}/{s.total}
                  </td>
                  <td>
                    {Math.round(s.totalScore * 100) / 100} of {assignment.gradedExerciseCount}
                  </td>
                  <td>
                    {Object.values(s.firstTryScores).filter((x) => x === 1).length} of {assignment.gradedExerciseCount}
                  </td>
                  <td>{minutesText(s.timeSpentMs)}</td>
                  {exercises.map((e) => {
                    const v = s.scores[e.id];
                    const tries = s.tries[e.id] ?? 0;
                    if (v === undefined || v === null) return <td key={e.id}>{s.answers[e.id] ? '✎' : '·'}</td>;
                    return (
                      <td key={e.id}>
                        {scoreCell(v)}
                        {tries > 1 && <span className="cell-note">{s.firstTryScores[e.id] === 1 ? 'first try ✓' : `${tries} tries`}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">
        Each cell is the score of the final answer: ✓ fully right (100%), ◐ partly right (the score counts the right part), ✗ not right; “2 tries” means it took more
        than one. · = not answered, ✎ = written answer (read below). Times are in minutes.
      </p>
      <h2>Exercises</h2>
      <table className="data-table" aria-label="How each exercise went">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Exercise</th>
            <th scope="col">Answered</th>
            <th scope="col">Average score</th>
            <th scope="col">Fully right in the end</th>
            <th scope="col">Fully right on the first try</th>
            <th scope="col">Most common wrong answers</th>
          </tr>
        </thead>
        <tbody>
          {exercises.map((e, i) => (
            <tr key={e.id}>
              <td>E{i + 1}</td>
              <td>
                {e.prompt}
                <span className="exercise-tags">
                  {FAMILY_LABELS[e.family]} · {EXERCISE_TYPE_LABELS[e.type]}
                </span>
              </td>
              <td>{e.answered}</td>
              <td>{percent(e.averageScore)}</td>
              <td>{pctOrDash(e.percentCorrect)}</td>
              <td>{pctOrDash(e.percentFirstTry)}</td>
              <td>
                {e.commonWrongAnswers.length === 0 ? (
                  '—'
                ) : (
                  <ul className="plain-list">
                    {e.commonWrongAnswers.slice(0, 3).map((w) => (
                      <li key={w.answer}>
                        {w.answer} ({w.count})
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {writtenResponses.length > 0 && (
        <>
          <h2>Written answers</h2>
          {writtenResponses.map((w) => (
            <article key={`${w.student}-${w.exerciseId}`} className="written-response" aria-label={`${w.student}, ${w.exerciseId}`}>
              <h3>
                {w.student} · E{exercises.findIndex((e) => e.id === w.exerciseId) + 1}
              </h3>
              <p>{w.text}</p>
            </article>
          ))}
        </>
      )}
    </>
  );
}
