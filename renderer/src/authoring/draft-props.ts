/** What every part of the draft screen is handed: the draft's view and the ways to change it. */
import type { DraftView } from '../../../main/ipc/authoring-channels';

/** Runs a change to the draft; the new view replaces the old one, a refusal becomes a message. */
export type Apply = (call: () => Promise<DraftView>, done?: string) => Promise<boolean>;

export interface DraftProps {
  view: DraftView;
  apply: Apply;
  setView: (view: DraftView) => void;
  say: (message: string) => void;
}
