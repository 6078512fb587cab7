import { useEffect } from 'react';
import { parseRoute } from '../shared/routes';
import { lockOnStart } from '../shared/teacherSession';

/**
 * A reload or a new start of the window locks teacher mode (the core also locks it on restart).
 * Not in the print view: the desktop app prints the class report by loading it in a hidden
 * window while teacher mode is open (it shows nothing unless teacher mode is open anyway).
 */
export function useLockTeacherOnStart() {
  useEffect(() => {
    if (parseRoute(window.location.hash).screen !== 'print') void lockOnStart();
  }, []);
}
