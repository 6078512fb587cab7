/**
 * Words shown to people for the format's enumerations. Kept apart from the zod schemas (types only
 * are imported) so the renderer can use them without bundling the schema library.
 */
import type { FramingDevice, Hedge, SourceType } from './article-set';
import type { ExerciseType, Family } from './exercise';

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'named-person': 'Named person',
  'named-institution': 'Named institution',
  'anonymous-official': 'Anonymous official',
  vague: 'Vague source',
  'news-agency': 'News agency or other outlet',
  document: 'Written statement or document',
  reporter: "Reporter's own voice (no source)",
};

/** A hedge as a word (the kind of hedge, not a quotation: “about 60” has the hedge around). */
export const HEDGE_LABELS: Record<Hedge, string> = {
  none: 'none',
  'at-least': 'at least',
  'more-than': 'more than',
  over: 'over',
  around: 'around',
  approximately: 'approximately',
  some: 'some',
  nearly: 'nearly',
  'up-to': 'up to',
  vague: 'vague quantity',
};

export const FRAMING_DEVICE_LABELS: Record<FramingDevice, string> = {
  label: 'Label for an actor',
  'loaded-verb': 'Loaded verb',
  'scare-quotes': 'Scare quotes',
  'agentless-passive': 'Passive without an agent',
  'vivid-imagery': 'Vivid imagery',
  'operation-name': "Operation named by one side's name",
  'emotive-adjective': 'Emotive adjective',
  euphemism: 'Euphemism or softened wording',
  'neutral-wording': 'Neutral wording',
};

export const FAMILY_LABELS: Record<Family, string> = {
  attribution: 'Attribution',
  framing: 'Framing',
  numbers: 'Differing numbers',
};

export const EXERCISE_TYPE_LABELS: Record<ExerciseType, string> = {
  find: 'Find in the text',
  choice: 'Multiple choice',
  classify: 'Classify',
  match: 'Match',
  order: 'Order',
  compare: 'Compare wording',
  written: 'Written response',
};
