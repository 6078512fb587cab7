import type { DraftProps } from './draft-props';
import { SaveSet } from './SaveSet';
import { SetArticles } from './SetArticles';
import { SetExercises } from './SetExercises';
import { SetLinks } from './SetLinks';

/** The set being made: its articles (import, review), the links across them, its exercises, and saving it. */
export function SetEditor({ view, apply, setView, say }: DraftProps) {
  return (
    <div className="authoring">
      <p className="muted">{view.draft.description}</p>
      <SetArticles view={view} apply={apply} say={say} />
      <SetLinks view={view} apply={apply} />
      <SetExercises view={view} apply={apply} />
      <SaveSet view={view} setView={setView} />
    </div>
  );
}
