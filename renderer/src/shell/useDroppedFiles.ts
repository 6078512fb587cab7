import { useEffect } from 'react';
import { getLenses } from '../shared/lenses';
import { openAssignment, type ShowFileMessage } from './open-assignment';

/** An assignment file dropped on the window opens; where dropped files cannot be opened (the web build), a message says what to do instead. */
export function useDroppedFiles(show: ShowFileMessage) {
  useEffect(() => {
    if (!window.lenses) return;
    const api = getLenses();
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void api.fileToken(file).then((token) => {
        if (!token) {
          show('Dropped files can only be opened in the Lenses desktop app. Use “Open an assignment file…” instead.');
          return;
        }
        void openAssignment(() => api.openAssignmentFromPath({ file: token }), show);
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [show]);
}
