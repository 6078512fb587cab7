/** Plain-language descriptions of annotations for notes and explanations. Pure. */
import type { Annotation, AnnotationKind, Article } from '../schema/article-set';
import { FRAMING_DEVICE_LABELS, HEDGE_LABELS, SOURCE_TYPE_LABELS } from '../schema/labels';
import { describeAsOf } from './dates';
import { sourceOfNumber } from './set-index';
import { formatCount } from './format-count';

export const KIND_LABELS: Record<AnnotationKind, string> = {
  attribution: 'Attribution',
  number: 'Number',
  framing: 'Framing',
};

export interface AnnotationDescription {
  kind: string;
  title: string;
  facts: Array<[string, string]>;
  note: string | null;
}

const TRAILING_REMARK = /\s*\(([^()]*)\)\s*$/u;
const RUNNING_TOTAL = /^(cumulative|running total|total so far)$/iu;

/**
 * What a figure counts and in what unit, each said once and without a second pair of brackets
 * ("killed in Gaza (cumulative) (people)" is said "killed in Gaza (cumulative count of people)").
 * The unit gets a line of its own only where the counted words do not already name it.
 */
export function describeCounts(counts: string, unit: string): Array<[string, string]> {
  const unitSaid = new RegExp(`(^|[^\\p{L}])${unit.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}($|[^\\p{L}])`, 'iu').test(counts);
  const trailing = TRAILING_REMARK.exec(counts);
  if (trailing && RUNNING_TOTAL.test(trailing[1]!.trim())) {
    const head = counts.slice(0, trailing.index);
    return [['Counts', `${head} (cumulative count${unitSaid ? '' : ` of ${unit}`})`]];
  }
  return unitSaid ? [['Counts', counts]] : [['Counts', counts], ['Unit', unit]];
}

/** Who gives a figure, in one phrase: the source as written, then what kind of source it is. */
function describeGiver(src: { text: string; type: string } | null): string {
  if (!src) return 'No source given in the text';
  if (src.type === SOURCE_TYPE_LABELS.reporter) return "The reporter's own words (no source given)";
  return `“${src.text}”, ${src.type.charAt(0).toLowerCase()}${src.type.slice(1)}`;
}

export function describeAnnotation(article: Article, a: Annotation): AnnotationDescription {
  switch (a.kind) {
    case 'attribution': {
      const facts: Array<[string, string]> = [['Source type', SOURCE_TYPE_LABELS[a.sourceType]]];
      if (a.source) facts.unshift(['Source as written', `“${a.source.quote}”`]);
      if (a.cue) facts.push(['Cue', `“${a.cue.quote}”`]);
      facts.push(['Speech', a.speech === 'direct' ? 'Direct quotation' : a.speech === 'reported' ? 'Reported (indirect) speech' : "The reporter's own words"]);
      if (a.claim) facts.push(['Claim', `“${a.claim.quote}”`]);
      return {
        kind: KIND_LABELS.attribution,
        title: a.sourceType === 'reporter' ? 'A claim with no source given' : `Who says so: ${a.source?.quote ?? 'unnamed'}`,
        facts,
        note: a.note,
      };
    }
    case 'number': {
      const src = sourceOfNumber(article, a);
      return {
        kind: KIND_LABELS.number,
        title: `“${a.figure.quote}”: ${a.counts}`,
        facts: [
          ['Value', a.value === null ? 'Vague quantity (no exact value)' : formatCount(a.value)],
          ...describeCounts(a.counts, a.unit),
          ['Hedge', a.hedge === 'none' ? 'None' : HEDGE_LABELS[a.hedge]],
          ['As of', describeAsOf(a.asOf)],
          ['Who says', describeGiver(src)],
        ],
        note: a.note ?? null,
      };
    }
    case 'framing':
      return {
        kind: KIND_LABELS.framing,
        title: `“${a.span.quote}”`,
        facts: [
          ['Choice', FRAMING_DEVICE_LABELS[a.device]],
          ['Refers to', a.refersTo],
        ],
        note: a.note,
      };
  }
}
