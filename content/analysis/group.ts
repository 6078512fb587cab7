/**
 * Proposing links across articles: numbers that count the same thing (people killed, hostages,
 * displaced people…) and labels for the same actor. Proposals only, each with a confidence and
 * a reason for the person who confirms them. Pure.
 */
import type { Analysis, FramingSpan, NumberSpan } from './types';

export interface ArticleAnalysis {
  articleId: string;
  text: string;
  analysis: Analysis;
}

interface LinkMember {
  articleId: string;
  spanId: string;
  text: string;
}

export interface ProposedLink {
  kind: 'same-count' | 'same-actor-label';
  /** What the members share: "killed", "hostages", "actor:Hamas"… */
  key: string;
  members: LinkMember[];
  /** 0–1: how sure the rule is that the members refer to the same thing. */
  confidence: number;
  reason: string;
}

/** Counted nouns and the group each belongs to. Maps, not plain objects: "constructor" is no key of them. */
const COUNTED_GROUPS: ReadonlyMap<string, string> = new Map(Object.entries({
  hostages: 'hostages', hostage: 'hostages', captives: 'hostages', captive: 'hostages', abductees: 'hostages',
  prisoners: 'prisoners', detainees: 'prisoners',
  patients: 'patients', children: 'children', women: 'women', journalists: 'journalists', soldiers: 'soldiers', troops: 'soldiers', servicemen: 'soldiers',
  homes: 'homes', houses: 'homes', buildings: 'buildings', trucks: 'aid trucks',
  people: 'people', persons: 'people', civilians: 'people', palestinians: 'people', israelis: 'people', gazans: 'people', ukrainians: 'people', residents: 'people',
}));

const EVENT_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  killed: 'people killed (killed, dead, deaths, death toll)',
  injured: 'people injured (injured, wounded)',
  hostages: 'hostages or captives',
  detained: 'people detained (prisoners, arrested, held)',
  displaced: 'people displaced or sheltering',
  missing: 'people missing',
}));

function numberKey(n: NumberSpan): { key: string; confidence: number; why: string } | null {
  if (n.unit === 'percent') return null;
  const counted = n.counted ? COUNTED_GROUPS.get(n.counted.toLowerCase()) : undefined;
  if (n.event === 'hostages' || counted === 'hostages') return { key: 'hostages', confidence: n.event === 'hostages' && counted === 'hostages' ? 0.8 : 0.6, why: EVENT_NAMES.get('hostages')! };
  if (n.event) {
    const sameNoun = counted === 'people' || counted === undefined;
    return { key: n.event, confidence: sameNoun ? 0.7 : 0.5, why: EVENT_NAMES.get(n.event) ?? n.event };
  }
  if (counted && counted !== 'people') return { key: `counted:${counted}`, confidence: 0.4, why: `numbers of ${counted}` };
  return null;
}

const LABEL_STOP = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'these', 'those', 'our']);

/** The actor a label names, from a capitalised word inside it ("Hamas fighters" -> Hamas). */
function labelActor(f: FramingSpan): string | null {
  const words = f.text.split(/\s+/u).filter((w) => !LABEL_STOP.has(w.toLowerCase()));
  if (words.length < 2) return null;
  const cap = words.slice(0, -1).find((w) => /^\p{Lu}/u.test(w));
  return cap ? cap.replace(/[’']s$/u, '').replace(/-(led|backed|linked|controlled|run)$/iu, '') : null;
}

const labelHead = (f: FramingSpan) => f.text.split(/\s+/u).pop()?.toLowerCase().replace(/[^\p{L}-]/gu, '') ?? '';

/** Propose links between spans of different articles. Each proposal has members from at least two articles. */
export function groupAcrossArticles(analyses: ReadonlyArray<ArticleAnalysis>): ProposedLink[] {
  const links: ProposedLink[] = [];
  const numberGroups = new Map<string, { members: LinkMember[]; confidence: number[]; why: string }>();
  const actorGroups = new Map<string, { members: LinkMember[]; wordings: Set<string> }>();
  const headGroups = new Map<string, { members: LinkMember[]; wordings: Set<string> }>();
  for (const a of analyses) {
    for (const s of a.analysis.spans) {
      const member = { articleId: a.articleId, spanId: s.id, text: s.text };
      if (s.kind === 'number') {
        const k = numberKey(s);
        if (!k) continue;
        const g = numberGroups.get(k.key) ?? { members: [], confidence: [], why: k.why };
        g.members.push(member);
        g.confidence.push(k.confidence);
        numberGroups.set(k.key, g);
      } else if (s.kind === 'framing' && s.device === 'label') {
        const actor = labelActor(s);
        if (actor) {
          const g = actorGroups.get(actor) ?? { members: [], wordings: new Set<string>() };
          g.members.push(member);
          g.wordings.add(s.text);
          actorGroups.set(actor, g);
        } else {
          const head = labelHead(s);
          const g = headGroups.get(head) ?? { members: [], wordings: new Set<string>() };
          g.members.push(member);
          g.wordings.add(s.text);
          headGroups.set(head, g);
        }
      }
    }
  }
  const articlesIn = (members: LinkMember[]) => new Set(members.map((m) => m.articleId)).size;
  for (const [key, g] of numberGroups) {
    if (articlesIn(g.members) < 2) continue;
    const confidence = Math.round((g.confidence.reduce((x, y) => x + y, 0) / g.confidence.length) * 100) / 100;
    const figures = [...new Set(g.members.map((m) => m.text))].join(', ');
    links.push({ kind: 'same-count', key, members: g.members, confidence, reason: `These figures seem to count ${g.why} in ${articlesIn(g.members)} articles (${figures}); check whether they count the same thing at the same time.` });
  }
  for (const [actor, g] of actorGroups) {
    if (articlesIn(g.members) < 2) continue;
    const wordings = [...g.wordings];
    links.push({ kind: 'same-actor-label', key: `actor:${actor}`, members: g.members, confidence: wordings.length > 1 ? 0.7 : 0.6, reason: `Labels naming ${actor} in ${articlesIn(g.members)} articles: ${wordings.map((w) => `“${w}”`).join(', ')}. Compare the words each article chooses.` });
  }
  for (const [head, g] of headGroups) {
    if (articlesIn(g.members) < 2 || head === '') continue;
    links.push({ kind: 'same-actor-label', key: `label:${head}`, members: g.members, confidence: 0.3, reason: `The label “${head}” appears in ${articlesIn(g.members)} articles (${[...g.wordings].map((w) => `“${w}”`).join(', ')}); it may name the same actor.` });
  }
  return links.sort((x, y) => y.confidence - x.confidence || y.members.length - x.members.length);
}
