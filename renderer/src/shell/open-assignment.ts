import { messageOf } from '../shared/lenses';
import { forgetArticleSets } from '../shared/contentCache';
import { navigate } from '../shared/routes';

/** Shows a message about a file the person opened (null clears it). */
export type ShowFileMessage = (message: string | null) => void;

/**
 * Opens an assignment file however it came (the menu's dialog, the OS, a drop) and goes to it; the
 * content cache is dropped first, since what the profile may see has changed. A failure is shown.
 */
export async function openAssignment(how: () => Promise<{ assignment: { id: string } | null }>, show: ShowFileMessage): Promise<void> {
  show(null);
  try {
    const r = await how();
    if (r.assignment) {
      forgetArticleSets();
      navigate({ screen: 'assignment', id: r.assignment.id });
    }
  } catch (e) {
    show(messageOf(e));
  }
}
