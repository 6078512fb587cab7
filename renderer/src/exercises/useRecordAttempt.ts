import { useCallback } from 'react';
import { getLenses, messageOf } from '../shared/lenses';
import { useProfile } from '../progress/ProfileContext';
import type { AttemptInput } from '../../../content/progress/progress-schemas';

/**
 * Record an attempt in the signed-in student's progress; resolves to a message to show, or null.
 * Used by the exercise screen and by practice assignments, so exercises done in an assignment count
 * in Progress and in the Library's "done" figures too.
 */
export function useRecordAttempt(options: { quietWhenUnknownSet?: boolean } = {}): (attempt: AttemptInput) => Promise<string | null> {
  const { profile, reportStorage } = useProfile();
  const quiet = options.quietWhenUnknownSet ?? false;
  return useCallback(
    async (attempt: AttemptInput): Promise<string | null> => {
      if (!profile) return quiet ? null : 'You are not signed in, so this answer is not saved. Choose a profile to keep your progress.';
      try {
        const r = await getLenses().recordAttempt(attempt);
        reportStorage(r.storage);
        return r.storage.ok ? null : (r.storage.message ?? 'Your answer could not be saved yet; Lenses keeps trying.');
      } catch (e) {
        // An assignment's set that is not in this computer's library has no progress to count in.
        if (quiet) return null;
        return messageOf(e);
      }
    },
    [profile, reportStorage, quiet],
  );
}
