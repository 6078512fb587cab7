/** Words shown to teachers while authoring. No zod here, so the renderer can import it cheaply. */
import type { ProposalStatus } from './draft';

export const EXERCISE_KINDS = ['find-source', 'who-gives', 'classify-sources', 'match-figures', 'order-figures', 'compare-wording', 'written-response'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

export const EXERCISE_KIND_LABELS: Record<ExerciseKind, string> = {
  'find-source': 'Find the source of a figure (select words)',
  'who-gives': 'Who gives this figure? (multiple choice)',
  'classify-sources': 'Sort the sources by type (classify)',
  'match-figures': 'Match each figure to what it counts (match)',
  'order-figures': 'Put the figures in the order the text gives them (order)',
  'compare-wording': 'Compare wording: which phrases are neutral, or of one kind',
  'written-response': 'Write about the sources or figures (written response)',
};

export const PROPOSAL_KIND_LABELS = { attribution: 'Attribution', number: 'Figure', framing: 'Framing' } as const;

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = { proposed: 'Proposed', accepted: 'Accepted', rejected: 'Rejected' };
