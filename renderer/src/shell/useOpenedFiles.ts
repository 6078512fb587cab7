import { useEffect } from 'react';
import { getLenses, messageOf } from '../shared/lenses';
import { openAssignment, type ShowFileMessage } from './open-assignment';

/** Files opened from the menu ("Open an assignment file…") or by double-click (the OS): an assignment opens, results are imported. */
export function useOpenedFiles(show: ShowFileMessage) {
  useEffect(() => {
    if (!window.lenses) return;
    const api = getLenses();
    const offMenu = api.onMenuCommand((command) => {
      if (command === 'open-assignment') void openAssignment(() => api.openAssignmentFile({}), show);
    });
    const offFile = api.onOpenFile((request) => {
      if (request.kind === 'assignment') void openAssignment(() => api.openAssignmentFromPath({ file: request.file }), show);
      else
        api.importResultsFromPaths({ files: [request.file] }).then(
          (r) => show(r.rejected.length ? r.rejected.map((x) => `${x.file}: ${x.reason}`).join(' ') : `Imported results from ${r.imported.map((x) => x.student).join(', ')}.`),
          (e: unknown) => show(messageOf(e)),
        );
    });
    return () => {
      offMenu();
      offFile();
    };
  }, [show]);
}
