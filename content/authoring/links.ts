/**
 * Links across the draft's articles, proposed by `groupAcrossArticles` (figures that count the
 * same thing, labels for the same actor) and tied to the articles' proposals by their words.
 * Links the teacher already decided on keep their id and decision. Pure.
 */
import { analyzeText, groupAcrossArticles, type ArticleAnalysis } from '../analysis';
import type { Draft, DraftLink } from './draft';
import { joinBlocks, toBlockSpan } from './proposals';

const KEY_TITLES: Record<string, string> = {
  killed: 'People killed',
  injured: 'People injured',
  hostages: 'Hostages',
  detained: 'People detained',
  displaced: 'People displaced',
  missing: 'People missing',
};

function titleFor(key: string, kind: string): string {
  if (KEY_TITLES[key]) return `${KEY_TITLES[key]}: the figures in each report`;
  if (key.startsWith('counted:')) return `Number of ${key.slice('counted:'.length)}: the figures in each report`;
  if (key.startsWith('actor:')) return `How each report labels ${key.slice('actor:'.length)}`;
  if (key.startsWith('label:')) return `The label “${key.slice('label:'.length)}” in each report`;
  return kind === 'same-count' ? 'The same count in each report' : 'The same actor in each report';
}

/** The draft's links after (re)analysis; `nextId` numbers new ones and is returned advanced. */
export function proposeLinks(draft: Pick<Draft, 'articles' | 'links'>, nextId: number): { links: DraftLink[]; nextId: number } {
  let n = nextId;
  const analyses: ArticleAnalysis[] = [];
  const bySpan = new Map<string, string>();
  for (const a of draft.articles) {
    const { text, starts } = joinBlocks(a.blocks);
    const analysis = analyzeText(text, { kinds: ['number', 'framing'] });
    analyses.push({ articleId: a.id, text, analysis });
    // The first figure or framing proposal at each place, found once: looking through all the article's proposals for
    // each span took time growing with the square of their number (20,000 figures: seconds).
    const byPlace = new Map<string, string>();
    for (const x of a.proposals) {
      const m = x.kind === 'number' ? x.figure : x.kind === 'framing' ? x.span : null;
      const place = m ? `${m.block}:${m.start}:${m.end}` : '';
      if (m && !byPlace.has(place)) byPlace.set(place, x.id);
    }
    for (const s of analysis.spans) {
      const span = toBlockSpan(a.blocks, starts, s);
      if (!span) continue;
      const p = byPlace.get(`${span.block}:${span.start}:${span.end}`);
      if (p) bySpan.set(`${a.id}/${s.id}`, p);
    }
  }
  const links: DraftLink[] = [];
  for (const proposed of groupAcrossArticles(analyses)) {
    const members = proposed.members.flatMap((m) => {
      const proposal = bySpan.get(`${m.articleId}/${m.spanId}`);
      return proposal ? [{ article: m.articleId, proposal }] : [];
    });
    if (new Set(members.map((m) => m.article)).size < 2) continue;
    const before = draft.links.find((l) => l.key === proposed.key);
    links.push({
      id: before?.id ?? `link-${n++}`,
      status: before?.status ?? 'proposed',
      key: proposed.key,
      title: before?.title ?? titleFor(proposed.key, proposed.kind),
      description: before?.description ?? proposed.reason,
      confidence: proposed.confidence,
      members,
    });
  }
  return { links, nextId: n };
}
