import type { ChannelOutput } from '../../../../main/ipc/contract';

type Withheld = NonNullable<ChannelOutput<'getArticleSet'>['withheld']>;

const titles = (w: Withheld) => w.assessments.map((t) => `“${t}”`).join(', ');

/** Why some exercises or highlights are not here: an assessment on this profile uses them until its results are saved. */
export function WithheldNote({ withheld, where }: { withheld: Withheld | undefined; where: 'exercises' | 'compare' }) {
  if (!withheld) return null;
  const n = withheld.exerciseIds.length;
  return (
    <p className="withheld-note" role="note">
      {where === 'exercises'
        ? `${n} exercise${n === 1 ? ' is' : 's are'} not shown here while your assessment ${titles(withheld)} is open: they are part of it. They come back once you have saved your results for your teacher.`
        : `Highlights are off for ${withheld.articleIds.length === 1 ? 'one article' : `${withheld.articleIds.length} articles`} while your assessment ${titles(withheld)} is open. They come back once you have saved your results for your teacher.`}
    </p>
  );
}
