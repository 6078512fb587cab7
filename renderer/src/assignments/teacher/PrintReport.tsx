import { useEffect } from 'react';
import { getLenses } from '../../shared/lenses';
import { useAsync } from '../../shared/useAsync';
import { routeToHash } from '../../shared/routes';
import { OverviewTables } from './ClassOverview';

/**
 * The class report laid out for paper. Main prints this route to PDF in Electron once the page says
 * it is ready; in a browser, the Print button opens the system's print dialog.
 */
export function PrintReport({ assignmentId }: { assignmentId: string }) {
  const [state] = useAsync(() => getLenses().getClassOverview({ assignmentId }), [assignmentId]);
  useEffect(() => {
    if (state.status !== 'ready') return;
    document.documentElement.dataset.printReady = 'true';
    return () => {
      delete document.documentElement.dataset.printReady;
    };
  }, [state.status]);
  return (
    <section aria-labelledby="print-title" className="screen print-report">
      <p className="no-print">
        <a href={routeToHash({ screen: 'teacher', assignmentId })}>Back to the class results</a>{' '}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <h1 id="print-title">{state.status === 'ready' ? `Class report: ${state.value.assignment.title}` : 'Class report'}</h1>
      {state.status === 'ready' && (
        <>
          <p>
            {state.value.assignment.setTitle} · printed {new Date().toLocaleDateString()}
          </p>
          <OverviewTables overview={state.value} />
        </>
      )}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
    </section>
  );
}
