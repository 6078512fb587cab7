import { useState } from 'react';
import { getLenses, messageOf } from '../shared/lenses';
import { forgetArticleSet } from '../shared/contentCache';
import type { DraftView } from '../../../main/ipc/authoring-channels';

/**
 * Saving the draft as a set: on success the set's cached copy is forgotten (the screens show the new
 * version) and the draft is read again (its saved version); otherwise what stopped it, in words.
 */
export function useSaveSet(draftId: string, setView: (view: DraftView) => void) {
  const lenses = getLenses();
  const [saved, setSaved] = useState<{ setId: string; version: number } | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  const save = async () => {
    setSaved(null);
    setProblems(null);
    try {
      const r = await lenses.saveDraftAsSet({ draftId });
      if (r.saved) {
        forgetArticleSet(r.setId);
        setSaved({ setId: r.setId, version: r.version });
        setView(await lenses.getDraft({ draftId }));
      } else setProblems(r.problems);
    } catch (e) {
      setProblems([messageOf(e)]);
    }
  };
  return { saved, problems, save };
}
