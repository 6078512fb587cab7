/**
 * Attribution: cues with their sources, checked against each other (a noun-like cue needs a
 * subject; first-person cues inside quotations are dropped), plus the speaker of each quotation.
 * Pure.
 */
import type { SourceType } from '../schema/article-set';
import { lemmaHead } from './cue-contexts';
import { findCues, type CueCandidate } from './cues';
import type { Range } from './noun-phrases';
import type { QuoteRegion } from './quotes';
import { BARE_FORMS, DOCUMENT_HEADS, EVIDENCE_HEADS, G, NEWS_HEADS, VAGUE_HEADS, NUMBER_TENS, NUMBER_UNITS, PARTICIPLES_AFTER_COMMA } from './lexicon';
import { isAdverb, isComma, isNominal, isPronoun, isRelative, isSourceHead, isWord } from './word-classes';
import { classifySource, headWord } from './source-type';
import { clauseBreak, hasComma, subjectInReport, CLAUSE_BREAK_AFTER_COMMA, CLAUSE_SUBORDINATORS } from './source-clauses';
import { relativeAntecedent } from './source-phrases';
import { findSource } from './sources';
import type { Sentence, Token } from './tokens';

/** "There are voters who… want", "as the pilots would soon learn": a lone word the source rules may stop at that never names a source. */
const NO_SOURCE_WORDS = new Set(['there', 'soon', 'very', 'quite', 'seldom', 'enough', 'cannot', 'rather', 'also', 'even', 'just', 'still', 'often', 'never', 'always', 'twice', 'sometimes', 'ago', 'outright', 'otherwise', 'nonetheless', 'least', 'more', 'well', 'particular', 'perhaps', 'maybe']);
const OPENING_ADVERBS = new Set(['perhaps', 'maybe']);
/** Words before a cue that shares its subject, after which a subject far back is given up (see findAttributions). */
const FAR_LINKS = new Set(['and', 'by']);

export interface FoundAttribution {
  cue: CueCandidate;
  source: Range | null;
  sourceType: SourceType | null;
}


/** Verbs of stance, offer and intention: no report without a source (see the rule in findAttributions). */
/** Words before a subject pronoun that open a question or a comparison rather than a report (see findAttributions). */
const INDIRECT_OPENERS = new Set(['whether', 'how', 'than']);
const STANCE_LEMMAS = new Set(['support', 'oppose', 'offer', 'want', 'identify', 'accuse', 'ignore', 'threaten', 'pledge', 'reject', 'back', 'favor', 'embrace', 'recommend', 'seek', 'plan', 'decide', 'consider', 'promise', 'vow']);

/** Verbs of intention and thought that describe the people a restrictive `who` clause picks out (see findAttributions). */
const RESTRICTIVE_WHO_LEMMAS = new Set(['seek', 'decide', 'think', 'know', 'consider']);

/**
 * Paragraphs in a speaker's own words: one to three capitalised words and a colon open the paragraph, the last of them a
 * surname the text uses for a person elsewhere, in capitals (a transcript: "ORTIZ: We will rebuild the pier." after "Mayor
 * Ana Ortiz") or before a headline of one sentence ("Ortiz: I Still Believe The Pier Can Be Saved"), or any labels in
 * capitals taking turns ("HOST: …", "GUEST: …", "HOST: …"); not a label such as "UPDATE:" or "EXCLUSIVE:".
 */
export function transcriptTurns(tokens: readonly Token[], surnames: ReadonlySet<string>): Set<number> {
  const turns = new Set<number>();
  const labelled = new Map<number, string>();
  for (const t of tokens) {
    if (t.i > 0 && tokens[t.i - 1]!.para === t.para) continue;
    let k = t.i;
    while (k < t.i + 3 && isWord(tokens[k]) && tokens[k]!.para === t.para && /^\p{Lu}[\p{L}.’'-]+$/u.test(tokens[k]!.text)) k += 1;
    if (k === t.i || tokens[k]?.text !== ':' || tokens[k]!.para !== t.para) continue;
    if (/^\p{Lu}[\p{Lu}.’'-]+$/u.test(tokens[k - 1]!.text)) labelled.set(t.para, tokens[k - 1]!.lower);
    if (!surnames.has(tokens[k - 1]!.lower)) continue;
    // "ORTIZ: …" in capitals opens a turn of any length; "Ortiz: I will rebuild the pier" only a headline of one sentence
    // (not a heading run into a paragraph: "Ana Ortiz: Fares. The mayor's plan calls for…").
    const capitals = /^\p{Lu}[\p{Lu}.’'-]+$/u.test(tokens[k - 1]!.text);
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.para === t.para) last += 1;
    if (capitals || tokens[last]!.sent === tokens[k]!.sent) turns.add(t.para);
  }
  // "HOST: …", "REYES: …", "HOST: …": two or more labels in capitals taking turns, one of them at least twice, make a
  // transcript, names or not (not "UPDATE: …" and "CORRECTION: …" once each).
  const labels = [...labelled.values()];
  if (new Set(labels).size >= 2 && new Set(labels).size < labels.length) for (const para of labelled.keys()) turns.add(para);
  return turns;
}

/**
 * "…, he said, …", "…, she says on the radio, …": right after token `end`, a comma, a subject pronoun and "said" or
 * "says", set off by a comma or going on with a preposition.
 */
function parentheticalSayAfter(tokens: readonly Token[], end: number): boolean {
  const comma = tokens[end + 1];
  const subject = tokens[end + 2];
  const say = tokens[end + 3];
  const after = tokens[end + 4];
  if (!isComma(comma) || !isWord(subject) || !SUBJECT_WORDS.has(subject.lower) || !isWord(say) || (say.lower !== 'said' && say.lower !== 'says')) return false;
  return say.sent === tokens[end]!.sent && after !== undefined && after.sent === say.sent && (isComma(after) || (isWord(after) && G.prepositions.has(after.lower)));
}

/** Adverbs that open an imperative sentence before its bare verb ("Just ask the skippers."). */
const IMPERATIVE_OPENERS = new Set(['just', 'simply', 'now']);

/** Is the source a lone `who` right after its noun ("voters who", not "Reyes, who", "pilots -- who", "and who")? */
function restrictiveWho(tokens: readonly Token[], source: Range): boolean {
  const prev = tokens[source.start - 1];
  return source.start === source.end && tokens[source.start]!.lower === 'who' && isWord(prev) && isNominal(prev) && !isPronoun(prev) && prev.sent === tokens[source.start]!.sent;
}

/** `surnames` and `turns` are the text's personSurnames and transcriptTurns, found once for every speaker rule. */
export function findAttributions(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  regions: readonly QuoteRegion[],
  inQuote: Int32Array,
  surnames: ReadonlySet<string>,
  turns: ReadonlySet<number>,
): FoundAttribution[] {
  const ctx = { tokens, sentences };
  const realQuote = (n: number) => n !== -1 && !regions[n]!.scare;
  const candidates = findCues(tokens, inQuote, (i) => sentences[tokens[i]!.sent]!.start, (i) => sentences[tokens[i]!.sent]!.end - 1);
  const kept: Array<{ cue: CueCandidate; source: Range | null; withheld?: true }> = [];
  for (const c of candidates) {
    const cue = { ...c, quote: realQuote(c.quote) ? c.quote : -1 };
    const found = cue.verb?.noSource ? null : findSource(ctx, cue, kept);
    // "Perhaps older skippers believe…": a sentence adverb opening the phrase is no part of the source.
    const opened = found !== null && found.end > found.start && OPENING_ADVERBS.has(tokens[found.start]!.lower) ? { start: found.start + 1, end: found.end } : found;
    const source = opened !== null && opened.start === opened.end && NO_SOURCE_WORDS.has(tokens[opened.start]!.lower) ? null : opened;
    // Inside a quotation the speaker reports someone else: a nested attribution, which annotators
    // (and the PolNeAR guidelines) leave out; the quotation's own speaker is the attribution.
    if (cue.quote !== -1) continue;
    // "LIND: Well, I think the pier will hold.", "Lind: I Still Believe The Pier Will Hold": a paragraph opening with a
    // speaker's name and a colon is that speaker's own words, as a quotation is; cues inside it are nested and left out
    // (right 0 times in 19 on PolNeAR train for names in capitals, once in 23 counting sources for a one-sentence headline).
    if (turns.has(tokens[cue.start]!.para)) continue;
    if (cue.nounLike && source === null) continue;
    if (cue.kind === 'verb' && !cue.passive && source === null && !cue.sharesSubject && cue.verb?.weak && !cue.verb.noSource) continue;
    // A thought needs its thinker: an active "believes", "wants" whose source is not found is no attribution (a
    // participle such as "a ruling expected in May" stays). A fear stays without one ("those who fear a strike",
    // "there are fears the pier will close"): annotators mark it all the same.
    if (cue.kind === 'verb' && !cue.passive && source === null && !cue.sharesSubject && cue.verb?.cognitive && !cue.verb.noSource && !PARTICIPLE_END.test(tokens[cue.end]!.lower) && cue.lemma !== 'fear') continue;
    // A stance or intention needs its holder too: "support", "oppose", "offer", "seek"… with no source found is an action or a
    // participle ("ones offered by private marinas", "natives threatened by change"), not a report.
    if (cue.kind === 'verb' && source === null && STANCE_LEMMAS.has(cue.lemma) && !tokens[cue.end]!.lower.endsWith('ing')) continue;
    // "As was made clear at the meeting, the fares will rise": making something clear with no one found who makes it is
    // what events or facts show, not a report (right once in 5 on PolNeAR train).
    if (cue.kind === 'verb' && source === null && cue.lemma === 'make clear') continue;
    // "would not say whether she backs the levy", "no details on how they plan to", "longer than she had planned": a
    // subject pronoun right after "whether", "how" or "than" holds a question or a comparison, not a report of its own.
    if (source !== null && source.start === source.end && SUBJECT_WORDS.has(tokens[source.start]!.lower) && source.end < cue.start && INDIRECT_OPENERS.has(tokens[source.start - 1]?.lower ?? '')) continue;
    // "The skipper said the pier was unsafe and that he feared for the crew", "…and that the pilots believe…": a second
    // `that` clause after `and` goes on with what an earlier verb reports, so a cue whose subject opens it is nested
    // (right 0 times in 12 on PolNeAR train, counting sources; "and that group said", a determiner, is not read here).
    if (source !== null && source.end < cue.start && secondThatClause(tokens, source.start)) continue;
    // "The pilots believe, he said on the radio, that the pier is unsafe", "She hoped, she said, that…": a cue right before a
    // parenthetical "he said" is part of what that "said" reports, a nested attribution (right 0 times in 9 on PolNeAR train).
    if (parentheticalSayAfter(tokens, cue.end)) continue;
    // "Say goodbye", "Tell us": a verb opening its sentence with no source is not a report. A participle in -ing opening it
    // is ("Citing the storm, the harbour master closed the pier": train cue 2 right, 1 wrong, dev 1 right).
    if (cue.kind === 'verb' && !cue.passive && source === null && !cue.sharesSubject && !cue.inverted && tokens[cue.start]!.i === sentences[tokens[cue.start]!.sent]!.start && !tokens[cue.end]!.lower.endsWith('ing')) continue;
    // "Just ask the skippers.", "Now tell us the pier is safe.": the same after an adverb that opens an imperative.
    const opener = tokens[cue.start - 1];
    if (cue.kind === 'verb' && source === null && cue.start === cue.end && tokens[cue.start]!.lower === lemmaHead(cue.lemma) && isWord(opener) && opener.i === sentences[opener.sent]!.start && opener.sent === tokens[cue.start]!.sent && IMPERATIVE_OPENERS.has(opener.lower)) continue;
    // "All told, the pilots paid more": `all told` before a comma is a phrase of summing up (in all), no report by `all`
    // (PolNeAR train cue tp −1 fp −1, source fp −2; dev unchanged).
    if (cue.kind === 'verb' && cue.start === cue.end && tokens[cue.start]!.lower === 'told' && tokens[cue.start - 1]?.lower === 'all' && tokens[cue.end + 1]?.text === ',') continue;
    // "The tale of the old pier is seldom told.": a bare `told` closing its sentence with no teller found is a story being
    // told, no report (PolNeAR train cue fp −2; dev unchanged).
    if (cue.kind === 'verb' && cue.start === cue.end && source === null && tokens[cue.start]!.lower === 'told' && CLOSING.has(tokens[cue.end + 1]?.text ?? '')) continue;
    // "Most pilots agree.", "The crowd applauded.": agreeing or applauding with nothing after it in its sentence reports no
    // content of its own (right 2 times in 17 on PolNeAR train, their sources 3 in 16).
    if (cue.kind === 'verb' && !cue.inverted && NO_CONTENT_AT_END.has(cue.lemma) && CLOSING.has(tokens[cue.end + 1]?.text ?? '')) continue;
    // "skippers who sought to dodge the fees", "pilots who decided late", "a skipper who thinks like the mayor": an intention or
    // thought in a `who` clause that restricts its noun (no comma or dash before `who`) says which people are meant, and
    // annotators leave it unmarked (right 1 time in 16 on PolNeAR train).
    if (cue.kind === 'verb' && RESTRICTIVE_WHO_LEMMAS.has(cue.lemma) && source !== null && restrictiveWho(tokens, source)) continue;
    if (cue.verb?.needsDocumentSubject && !cue.anySubject) {
      const type = source ? classifySource(tokens, source.start, source.end, surnames) : null;
      const head = source ? headWord(tokens, source.start, source.end) : '';
      // "“…,” it read.": what follows a quotation reads it out.
      const readsQuote = (source !== null && source.start === source.end && tokens[source.start]!.lower === 'it' && tokens[source.start - 1]?.type === 'quote') || readNextToQuote(tokens, cue.start, cue.end, source);
      if (type !== 'document' && type !== 'news-agency' && !(type === 'vague' && (head === 'reports' || head === 'report')) && !readsQuote && !evidenceBefore(tokens, sentences, cue.start)) {
        // "Surveys of skippers taken as they left the pier showed…": a document heading a long subject is the source.
        const farDocument = farEvidenceSubject(tokens, sentences, cue.start);
        if (farDocument === null) continue;
        kept.push({ cue, source: farDocument });
        continue;
      }
    }
    // Sources withheld: the cue stays without one (the source is kept here for the cues after it and for dropNested).
    // The subject of the clause, shared by a cue after "and", ", adding" or "by" (not an earlier cue's source).
    const own = source !== null && cue.sharesSubject && !earlierSource(tokens, kept, source) ? source : null;
    // "The mayor spent the meeting … (fifteen words or more) … and promised", "… by accusing": shared from that far
    // before "and" or "by", it is as often wrong as the subject of a clause in between. A name or `he`/`she` is kept
    // ("Ortiz spent the meeting … and promised"): right 17 times more against 7 wrong on PolNeAR train.
    const far = own !== null && FAR_LINKS.has(tokens[cue.start - 1]?.lower ?? '') && cue.start - own.end > 15 && !nameOrPerson(tokens, own);
    // "It is clear that the pilots … and wanted", "It might have tried … and": "it" as the subject a later verb shares is
    // mostly no one's (right once on PolNeAR train, wrong eight times).
    const lonelyIt = own !== null && own.start === own.end && tokens[own.start]!.lower === 'it';
    // "a rule that threatens the ferry", "pilots that have backed the plan": a relative "that" as source is right a third
    // of the time (annotators mostly leave such cues out, or mark the phrase before it).
    // Not before a quotation a thing carries: "shirts that read “No toll”" (`that` is the source, as for "which").
    const carriesQuote = (cue.lemma === 'say' || cue.lemma === 'read') && (tokens[cue.end + 1]?.type === 'quote' || ((isComma(tokens[cue.end + 1]) || tokens[cue.end + 1]?.text === ':') && tokens[cue.end + 2]?.type === 'quote'));
    const relativeThat = source !== null && source.start === source.end && tokens[source.start]!.text === 'that' && !carriesQuote;
    // "A new survey released on Monday by the Herald shows…", "a report issued last month by the board noted…": the
    // phrase right before the cue is the agent of a participle that describes the real subject, not the source
    // (PolNeAR train: 7 such sources, all wrong). The whole phrase from the sentence's start is the source when it
    // opens with a determiner or a lower-case word and holds no comma (right 3 times in 3); else the source is withheld.
    const agentOfParticiple = source !== null && source.end === cue.start - 1 && participleBeforeBy(tokens, source.start - 1);
    const whole = agentOfParticiple ? phraseFromSentenceStart(tokens, sentences[tokens[cue.start]!.sent]!.start, source.end) : null;
    if (whole) { kept.push({ cue, source: whole }); continue; }
    kept.push(far || lonelyIt || relativeThat || agentOfParticiple ? { cue, source, withheld: true } : { cue, source });
  }
  // Short quotations (read as scare quotes, so their cues stay above) are told apart for dropNested.
  const outer = dropInside(dropNested(tokens, sentences, kept, (i) => inQuote[i] !== -1 && regions[inQuote[i]!]!.scare));
  return outer.map((k) => {
    if (!k.source || k.withheld) return { cue: k.cue, source: null, sourceType: null };
    // A relative pronoun takes the type of the phrase it stands for.
    const one = k.source.start === k.source.end ? tokens[k.source.start]! : null;
    const ante = one && (isRelative(one) || one.lower === 'that') ? relativeAntecedent(ctx, one.i) : null;
    const typed = ante ?? k.source;
    return { ...k, sourceType: classifySource(tokens, typed.start, typed.end, surnames) };
  });
}

/**
 * "He seemed to confirm the report", "Ortiz responded by saying…": a cue that lies inside a longer cue of its sentence
 * ("seemed" inside "seemed to confirm") is the same verb group read twice; the longer reading stays.
 */
function dropInside<K extends { cue: CueCandidate }>(kept: readonly K[]): K[] {
  // Cues come in text order, so a longer reading of the same words is a neighbour.
  return kept.filter((k, n) => !(n > 0 && inside(k.cue, kept[n - 1]!.cue)) && !(n + 1 < kept.length && inside(k.cue, kept[n + 1]!.cue)));
}

/** Does cue a lie inside cue b, and is b longer? */
function inside(a: Range, b: Range): boolean {
  return b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
}

/** Is r the source of an earlier cue of its sentence (the cues of a sentence come last in `kept`)? */
function earlierSource(tokens: readonly Token[], kept: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>, r: Range): boolean {
  for (let n = kept.length - 1; n >= 0 && tokens[kept[n]!.cue.start]!.sent === tokens[r.start]!.sent; n -= 1) {
    const k = kept[n]!;
    if (k.source !== null && k.source.start === r.start && k.source.end === r.end) return true;
  }
  return false;
}

/** "A Marlow Herald poll out Monday showed", "An average of the last three polls shows": a document or body of evidence shortly before the cue, in its sentence. */
function evidenceBefore(tokens: readonly Token[], sentences: readonly Sentence[], cueStart: number): boolean {
  const first = sentences[tokens[cueStart]!.sent]!.start;
  for (let k = cueStart - 1; k >= first && k >= cueStart - 8; k -= 1) {
    const w = tokens[k]!.lower.replace(/[’']s$/u, '');
    if (DOCUMENT_HEADS.has(w) || EVIDENCE_HEADS.has(w)) return true;
    if (tokens[k]!.type === 'quote' || tokens[k]!.text === ';') return false;
  }
  return false;
}

/** Words that may open the clause whose subject a far document heads ("…, because polls in the harbour towns show…"). */
const FAR_SUBJECT_OPENERS = new Set([...CLAUSE_SUBORDINATORS, 'that', 'and', 'but']);

/**
 * "Surveys of skippers taken as they left the pier showed…", "…, because polls of the towns along the coast since 2010 show…":
 * a document or body of evidence nine to sixteen words before a `show` verb, with only words and figures between, heading
 * the subject of the clause (its phrase opens right after the sentence's start, a comma or a subordinator, with at most
 * three words before the head). Returns that whole subject, the source; null otherwise (nearer heads are `evidenceBefore`'s;
 * widening that window instead read the nearest noun phrase as the source).
 */
function farEvidenceSubject(tokens: readonly Token[], sentences: readonly Sentence[], cueStart: number): Range | null {
  const first = sentences[tokens[cueStart]!.sent]!.start;
  const plain = (t: Token | undefined) => t !== undefined && t.type !== 'punct' && t.type !== 'quote';
  for (let k = cueStart - 1; k >= first && k >= cueStart - 16; k -= 1) {
    if (!plain(tokens[k])) return null;
    const w = tokens[k]!.lower.replace(/[’']s$/u, '');
    if (k >= cueStart - 8 || (!DOCUMENT_HEADS.has(w) && !EVIDENCE_HEADS.has(w))) continue;
    for (let s = k; s >= first && s >= k - 3; s -= 1) {
      const before = tokens[s - 1];
      if (s === first || isComma(before) || FAR_SUBJECT_OPENERS.has(before?.lower ?? '')) return { start: s, end: cueStart - 1 };
      if (!plain(before)) return null;
    }
    return null;
  }
  return null;
}

/**
 * "“…,” read the notice", "“…,” the flyer reads.", "The plaque reads: “…”": a lowercase active `read` or `reads` right after a
 * quotation (before the cue or before its source) or right before one (after a colon or comma) reads that text out,
 * whatever its subject ("“Closed for repairs,” read one." ; not "“…,” Read said", a surname, nor "which read, “…”").
 */
function readNextToQuote(tokens: readonly Token[], cueStart: number, cueEnd: number, source: Range | null): boolean {
  const verb = tokens[cueEnd]!;
  if (cueStart !== cueEnd || (verb.text !== 'read' && verb.text !== 'reads')) return false;
  const isQuote = (t: Token | undefined) => t !== undefined && t.type === 'quote';
  const quoteBefore = (k: number) => isQuote(tokens[k - 1]) || (tokens[k - 1]?.text === ',' && isQuote(tokens[k - 2]));
  if (quoteBefore(cueStart)) return true;
  if (source !== null && source.end < cueStart && quoteBefore(source.start)) return !(source.start === source.end && isRelative(tokens[source.start]!));
  const after = tokens[cueEnd + 1];
  return source !== null && !isRelative(tokens[source.start]!) && (after?.text === ':' || after?.text === ',') && isQuote(tokens[cueEnd + 2]);
}

const CLOSING = new Set(['.', '!', '?', ';']);
/** Verbs that report nothing when their sentence ends right after them (see findAttributions). */
const NO_CONTENT_AT_END = new Set(['agree', 'applaud', 'decline']);
const PARTICIPLE_END = /(?:ed|en|wn)$/u;

/** The most cues of one sentence dropNested compares with each other (see there). */
const MAX_CUES_COMPARED = 50;

/**
 * Only the outermost attribution counts ("He says he wants to…": "wants" is part of what he says).
 * A cue with its source before it reports the rest of its sentence; a cue that closes its sentence
 * ("…, she said.") reports what comes before it. Cues inside that content with their own source
 * there (or none) are nested and dropped; cues sharing the outer subject ("…and added") stay.
 */
function dropNested<K extends { cue: CueCandidate; source: Range | null }>(tokens: readonly Token[], sentences: readonly Sentence[], kept: ReadonlyArray<K>, inShortQuote: (i: number) => boolean): K[] {
  const nested = new Set<number>();
  let first = 0;
  while (first < kept.length) {
    const sent = tokens[kept[first]!.cue.start]!.sent;
    let last = first;
    // At most MAX_CUES_COMPARED cues are compared with each other: every pair of cues costs a look over the words
    // between them, so a "sentence" of thousands of cues ("said said said…") took minutes. No news sentence has so many.
    while (last + 1 < kept.length && last + 1 - first < MAX_CUES_COMPARED && tokens[kept[last + 1]!.cue.start]!.sent === sent) last += 1;
    const sEnd = sentences[sent]!.end - 1;
    for (let b = first; b <= last; b += 1) if (nestedInOuter(tokens, kept, first, last, b, sentences[sent]!.start, inShortQuote)) nested.add(b);
    for (let a = first; a <= last; a += 1) {
      if (nested.has(a)) continue;
      const A = kept[a]!;
      if (A.cue.kind === 'phrase' && A.cue.lemma === 'according to') {
        // "According to the report, Ortiz said…", "Ortiz said…, according to the report.": what the
        // report tells is itself the attribution; the verb inside it is nested (PolNeAR). Not a chain
        // ("According to reports citing…"), an inverted cue ("said Lind, a hydrologist, according to")
        // or a thought ("engineers feared…, according to a report", as the project's fixtures mark it).
        const opens = A.cue.start === sentences[sent]!.start || (tokens[A.cue.start - 1]?.type === 'quote' && A.cue.start - 1 === sentences[sent]!.start);
        const closes = isComma(tokens[A.cue.start - 1]);
        for (let b = first; b <= last; b += 1) {
          if (b === a || nested.has(b)) continue;
          const B = kept[b]!;
          if (B.cue.kind !== 'verb') continue;
          // "according to ferry counts reported by the Herald": a participle inside the source describes it.
          if (A.source && B.cue.start > A.source.start && B.cue.end <= A.source.end) nested.add(b);
          else if (opens && B.cue.start > (A.source?.end ?? A.cue.end) + 1) nested.add(b);
          else if (closes && !B.cue.verb?.cognitive && !B.cue.inverted && B.cue.end < A.cue.start && !beforeAccording(tokens, B.cue.end + 1, A.cue.start)) nested.add(b);
        }
        continue;
      }
      if (A.cue.kind === 'phrase' && A.cue.lemma === 'in' && A.cue.start === sentences[sent]!.start) {
        // "In a Harbour Gazette poll released Monday, 42 percent of the pilots said they…": a poll that opens the sentence
        // attributes all of it, as an opening "according to" does; the verbs after it are its findings, nested (right 0
        // times in 18 on PolNeAR train, counting their sources).
        for (let b = first; b <= last; b += 1) {
          if (b !== a && !nested.has(b) && kept[b]!.cue.kind === 'verb' && kept[b]!.cue.start > (A.source?.end ?? A.cue.end) + 1) nested.add(b);
        }
        continue;
      }
      // "Ana May, 60, a nurse, said she was relieved but still worried…" (a name the source rules miss): "say" reports what follows it even when
      // its source was not found (not in a relative clause: "those who said … supported").
      const sayWithoutSource = A.cue.lemma === 'say' && A.source === null && !isRelative(tokens[A.cue.start - 1]);
      const reportsAfter = A.cue.kind === 'verb' && !A.cue.passive && ((A.source !== null && A.source.end < A.cue.start) || sayWithoutSource);
      let close = Math.max(A.cue.end, A.source?.end ?? -1) + 1;
      while (close <= sEnd && (tokens[close]!.type === 'quote' || tokens[close]!.text === ')')) close += 1;
      // "…, a port official said, adding that…": a participle sharing the speaker may follow what a closing cue reports.
      const goesOn = isComma(tokens[close]) && REPORTS_CLAUSE.has(A.cue.lemma) && PARTICIPLES_AFTER_COMMA.has(tokens[close + 1]?.lower ?? '');
      const reportsBefore = A.cue.kind === 'verb' && (close > sEnd || CLOSING.has(tokens[close]!.text) || goesOn) && isComma(tokens[Math.min(A.cue.start, A.source?.start ?? A.cue.start) - 1]);
      for (let b = first; b <= last; b += 1) {
        if (b === a || nested.has(b)) continue;
        const B = kept[b]!;
        // Phrase cues ("in a statement", "according to") are nested like verbs inside what a cue reports or before a
        // closing cue (nineteenth round: train 12 right drops against 2 wrong); not one right after its own source, the
        // object of the outer cue ("The paper quoted the mayor as saying…").
        if (B.cue.sharesSubject || (B.cue.kind === 'phrase' && B.source !== null && B.source.end === B.cue.start - 1)) continue;
        // "says he wants", "said that she plans": the nested source opens the reported clause.
        const opens = B.source !== null && B.source.start > A.cue.end && B.source.start <= A.cue.end + 2 && (B.source.start === A.cue.end + 1 || tokens[A.cue.end + 1]!.lower === 'that');
        // "told the Herald that he believed", "told me they believed": past the recipient of a verb that takes one.
        const pastRecipient = A.cue.verb?.takesRecipient === true && B.source !== null && B.source.start > A.cue.end + 1 && B.source.start <= A.cue.end + 6 && plainWords(tokens, A.cue.end + 1, B.source.start);
        // "said that during the talks they discussed…", "confirmed that troops had been ordered…": after
        // "that", a cue of the reported clause with no source or a pronoun is nested, until a new clause
        // starts (", but", ";").
        const thatClause = tokens[A.cue.end + 1]?.lower === 'that' && B.cue.start > A.cue.end + 1 && (B.source === null || (B.source.start === B.source.end && isPronoun(tokens[B.source.start])) || (A.cue.kind === 'verb' && !A.cue.nounLike && plainWords(tokens, A.cue.end + 2, B.cue.start))) && !clauseBreak(tokens, A.cue.end + 2, B.cue.start);
        // "said on Friday to the radio that he planned…": "that" opens the reported clause after a short aside.
        const thatAfterAside = B.source !== null && B.source.start > A.cue.end + 2 && B.source.start <= A.cue.end + 16 && tokens[B.source.start - 1]!.lower === 'that' && plainWords(tokens, A.cue.end + 1, B.source.start);
        // "pilots say the quiet doubts they express…", "says it considered … but opted": without "that", a cue
        // of the reported clause is nested when only words come between; not when "and" and a figure or a
        // capitalised subject right before the cue start a parallel clause ("12 said … and 20 said", "Ortiz
        // wants the fares cut and Tom Reyes wants them doubled").
        // Also after a verb that is a noun too ("The survey shows most pilots want…"; nineteenth round: 11 right drops, 4 wrong).
        const plainClause = A.cue.kind === 'verb' && B.cue.start > A.cue.end + 1 && B.cue.start <= A.cue.end + 20 && plainWords(tokens, A.cue.end + 1, B.cue.start) && !opensOwnClause(tokens, A.cue.end + 1, B.cue.start) && !(B.source !== null && tokens[B.source.start - 1]?.lower === 'and' && (tokens[B.source.start]!.type === 'num' || (tokens[B.source.start]!.cap && B.source.end === B.cue.start - 1)));
        // "Reyes told a crowd in Marlow on Tuesday that he knows…", "Ortiz says, despite the storm, she plans…":
        // further into the reported clause too, a cue with a pronoun source, or any source after "that".
        const further = B.source !== null && B.source.start > A.cue.end && (subjectInReport(tokens, B.source) || subordinateInReport(tokens, A.cue, B.source)) && !clauseBreak(tokens, A.cue.end + 1, B.cue.start);
        // "…she finds that on the night ferries, she said.": a cue set off by a comma after its subject, closing the
        // sentence or between commas, is the outer attribution, not part of what is reported.
        const setOffAfterSubject = B.source !== null && B.source.end < B.cue.start && isComma(tokens[B.source.start - 1]) && (B.cue.end + 1 > sEnd || CLOSING.has(tokens[B.cue.end + 1]!.text) || isComma(tokens[B.cue.end + 1]));
        if (reportsAfter && B.cue.start > A.cue.end && !setOffAfterSubject && (opens || thatClause || pastRecipient || thatAfterAside || plainClause || further)) nested.add(b);
        else if (A.cue.lemma === 'ask' && B.cue.start > A.cue.end && askedWhether(tokens, A.cue.end + 1, B.cue.start)) nested.add(b);
        else if (reportsBefore && B.cue.end < Math.min(A.cue.start, A.source?.start ?? A.cue.start) && !(B.source !== null && A.source !== null && B.source.start === A.source.start)) nested.add(b);
      }
    }
    first = last + 1;
  }
  return kept.filter((_, n) => !nested.has(n));
}

/**
 * Seventh round (outermost attribution): is kept[b] nested in what another cue of its sentence (kept[first..last])
 * attributes, in the ways the rules of dropNested below do not see?
 */
function nestedInOuter(tokens: readonly Token[], kept: ReadonlyArray<{ cue: CueCandidate; source: Range | null }>, first: number, last: number, b: number, sentStart: number, inShortQuote: (i: number) => boolean): boolean {
  const B = kept[b]!;
  // "Ortiz said she was “encouraged” by the vote": a cue in a short quotation after another cue of its sentence is
  // the speaker's own wording inside what the first cue reports.
  if (b > first && inShortQuote(B.cue.start)) return true;
  for (let a = first; a <= last; a += 1) {
    if (a === b) continue;
    const A = kept[a]!;
    // "said Tom Reyes, a pilot who supports the mayor": a source that keeps its relative clause describes the speaker
    // with it; the cue of that clause (with "who", "which" or "that" as its source) is part of the description.
    if (A.source !== null && A.source.start <= B.cue.start && B.cue.end <= A.source.end && B.source !== null && B.source.start === B.source.end && (isRelative(tokens[B.source.start]) || tokens[B.source.start]!.lower === 'that')) return true;
    if (B.cue.start <= A.cue.end) continue;
    // "The ferry company said it halted all trips since announcing the sale": a participle after "since", "by",
    // "while"… shares the subject of the clause a verb of saying reports (within 25 words, no punctuation between).
    const reportsClause = A.cue.kind === 'verb' && !A.cue.passive && !A.cue.inverted && A.source !== null && A.source.end < A.cue.start && (A.cue.lemma === 'say' || tokens[A.cue.end + 1]?.lower === 'that' || SUBJECT_WORDS.has(tokens[A.cue.end + 1]?.lower ?? ''));
    if (reportsClause && B.cue.sharesSubject && B.cue.start > A.cue.end + 1 && B.cue.start <= A.cue.end + 25 && /ing$/u.test(tokens[B.cue.start]!.lower) && PARTICIPLE_LINKS.has(tokens[B.cue.start - 1]!.lower) && plainWords(tokens, A.cue.end + 1, B.cue.start)) return true;
    // "Reyes says he would sit the mayor down and tell her…", "the pilots said they were worried … and want to…": a
    // bare verb after "and" goes on with a modal or an infinitive inside the clause a cue reports (within 20 words).
    const reportsWhatFollows = A.cue.kind === 'verb' && !A.cue.passive && A.source !== null && A.source.end < A.cue.start;
    if (reportsWhatFollows && B.cue.sharesSubject && BARE_FORMS.has(tokens[B.cue.start]!.lower) && ['and', 'or', 'but'].includes(tokens[B.cue.start - 1]!.lower) && B.cue.start > A.cue.end + 2 && B.cue.start <= A.cue.end + 20 && plainWords(tokens, A.cue.end + 1, B.cue.start)) return true;
    if (B.cue.sharesSubject) continue;
    // "The pier, Ortiz said, was closed because the pilots wanted a new one": a cue set off by commas inside its
    // sentence reports all of it; a later cue is nested until a new clause starts (", but", ";", a quotation).
    // Not before "but", "though" and the like ("…, Ortiz said, though she cautioned that…").
    const afterComma = tokens[A.cue.end + 2];
    const parenthetical = A.cue.kind === 'verb' && !A.cue.inverted && A.source !== null && A.source.end < A.cue.start && A.source.start - 1 >= sentStart && isComma(tokens[A.source.start - 1]) && isComma(tokens[A.cue.end + 1]) && (afterComma?.type === 'word' || afterComma?.type === 'num') && !CLAUSE_BREAK_AFTER_COMMA.has(afterComma.lower);
    if (parenthetical && B.cue.kind !== 'phrase' && !clauseBreak(tokens, A.cue.end + 2, B.cue.start)) return true;
    // "As the Gazette reported, the harbour board refused to…": an opening `As` clause with a cue reports the clause after
    // its comma, so a cue there is nested, as after a parenthetical cue (train: 4 wrong cues and sources go, 2 right come).
    const asOpening = A.cue.kind === 'verb' && !A.cue.inverted && A.source !== null && A.source.end < A.cue.start && A.source.start - 1 === sentStart && tokens[sentStart]!.lower === 'as' && isComma(tokens[A.cue.end + 1]);
    if (asOpening && !clauseBreak(tokens, A.cue.end + 2, B.cue.start)) return true;
    // "The survey showed how weak the mayor is: 42 percent of the pilots say…": after a colon that follows a
    // cue, without a quotation between, a cue is nested; not an inverted one, nor one whose subject opens the part after
    // the colon (": Tom Reyes called her plan a disaster"), unless that subject is a figure from the survey.
    const colon = B.cue.inverted ? -1 : colonBetween(tokens, A.cue.end + 1, B.cue.start);
    if (colon !== -1 && !(B.source !== null && B.source.start === colon + 1 && !figureWord(tokens[colon + 1]))) return true;
  }
  return false;
}

/**
 * Does a closing "according to" belong to a clause of its own after the cue ("reported that, according
 * to…", "…, which stood at 263, according to…")? Then the cue is not inside what the phrase attributes.
 */
function beforeAccording(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.lower === 'that' && from + 1 === to - 1) return true;
  for (let k = from; k < to - 1; k += 1) if (isComma(tokens[k]) && ['which', 'who'].includes(tokens[k + 1]!.lower)) return true;
  return false;
}

/**
 * "asked skippers if they planned to…", "Asked whether she would encourage…": the cue is inside the
 * question, which opens with "if" or "whether" within a few words and runs to the cue without a break.
 */
function askedWhether(tokens: readonly Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && k < from + 6 && tokens[k]!.lower !== 'if' && tokens[k]!.lower !== 'whether') k += 1;
  if (k >= to || (tokens[k]!.lower !== 'if' && tokens[k]!.lower !== 'whether')) return false;
  return plainWords(tokens, k + 1, to);
}

/** "…and that he feared…": does the word before `at` read `that` with `and` before it? */
function secondThatClause(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'that' && tokens[at - 2]?.lower === 'and';
}

/** Words that open a clause of its own, whose verb is no part of what a cue before it reports ("said when he announced"). */
const OWN_CLAUSE_OPENERS = new Set(['when', 'as', 'while', 'though', 'although', 'whereas']);

/** Does a word in tokens[from..to) open a clause of its own? */
function opensOwnClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (OWN_CLAUSE_OPENERS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Verbs of saying and thinking whose reported clause may hold a subordinate clause ("said she left because she wanted…"). */
const REPORTS_CLAUSE = new Set(['say', 'tell', 'add', 'argue', 'claim', 'insist', 'explain', 'note', 'write', 'believe', 'think', 'know', 'predict', 'suggest', 'warn', 'admit', 'acknowledge', 'announce', 'report', 'contend', 'assert', 'state', 'declare']);

/**
 * "Ortiz said she left early because she wanted to sail": a pronoun opening a subordinate clause inside
 * what a verb of saying or thinking reports, with no comma from the cue on and not right after the cue
 * ("I said when I proposed the levy, …" opens the report itself).
 */
function subordinateInReport(tokens: readonly Token[], cue: CueCandidate, source: Range): boolean {
  const sub = tokens[source.start - 1];
  if (!REPORTS_CLAUSE.has(cue.lemma) || source.start !== source.end || !isPronoun(tokens[source.start]) || sub === undefined || !CLAUSE_SUBORDINATORS.has(sub.lower)) return false;
  return source.start - 1 > cue.end + 1 && !hasComma(tokens, cue.end + 1, source.start - 1);
}

/** The last colon in tokens[from..to), or -1 when there is none or a quotation mark comes between. */
function colonBetween(tokens: readonly Token[], from: number, to: number): number {
  let colon = -1;
  for (let k = from; k < to; k += 1) {
    if (tokens[k]!.type === 'quote') return -1;
    if (tokens[k]!.text === ':') colon = k;
  }
  return colon;
}

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
/** Words before a participle that shares the subject of its clause ("since announcing", "by arguing"). */
const PARTICIPLE_LINKS = new Set(['since', 'after', 'before', 'while', 'by', 'without', 'when']);

/** A figure, in digits or words ("42%", "Four in 10"). */
function figureWord(t: Token | undefined): boolean {
  return t !== undefined && (t.type === 'num' || NUMBER_UNITS.has(t.lower) || NUMBER_TENS.has(t.lower));
}

/** Are tokens[from..to) words only (no punctuation or quotation mark)? */
function plainWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (tokens[k]!.type === 'punct' || tokens[k]!.type === 'quote') return false;
  return true;
}

/** The attribution (index into `attributions`) that gives each quotation, or -1. Linear: cues are looked up by sentence. */
export function quoteSpeakers(tokens: readonly Token[], regions: readonly QuoteRegion[], attributions: readonly FoundAttribution[]): number[] {
  const bySentence = new Map<number, number[]>();
  attributions.forEach((a, n) => {
    if (!a.source) return;
    const sent = tokens[a.cue.start]!.sent;
    const list = bySentence.get(sent);
    if (list) list.push(n);
    else bySentence.set(sent, [n]);
  });
  const speakers: number[] = [];
  regions.forEach((r, n) => {
    if (r.scare) {
      speakers.push(-1);
      return;
    }
    const inOpenSentence = bySentence.get(tokens[r.open]!.sent) ?? [];
    const inCloseSentence = bySentence.get(tokens[r.close]!.sent) ?? [];
    // "Officials said: “…”": a cue right before the opening mark; then "“…,” she said": the first
    // cue after the closing mark; then any cue before the opening mark in its sentence.
    let found = [...inOpenSentence].reverse().find((a) => attributions[a]!.cue.end < r.open && attributions[a]!.cue.end >= r.open - 3);
    found ??= inCloseSentence.find((a) => attributions[a]!.cue.start > r.close);
    found ??= [...inOpenSentence].reverse().find((a) => attributions[a]!.cue.end < r.open);
    let speaker = found ?? -1;
    // A quotation in its own paragraph, right after a quotation by a known speaker.
    if (speaker === -1 && n > 0) {
      const prev = regions[n - 1]!;
      const gapParas = tokens[r.open]!.para - tokens[prev.close]!.para;
      if (gapParas <= 1 && !prev.scare && speakers[n - 1] !== -1 && (prev.continues || gapParas === 0 || tokens[r.open]!.nl > 0)) speaker = speakers[n - 1]!;
    }
    speakers.push(speaker);
  });
  return speakers;
}

/**
 * "Ortiz", "Mayor Ana Ortiz", "he": a person's name (up to four capitalised words, no pronoun, determiner, `One`,
 * adverb, possessive or group noun among them) or a singular personal pronoun.
 */
function nameOrPerson(tokens: readonly Token[], r: Range): boolean {
  if (r.start === r.end && ['he', 'she'].includes(tokens[r.start]!.lower)) return true;
  if (r.end - r.start > 3) return false;
  for (let k = r.start; k <= r.end; k += 1) {
    const t = tokens[k]!;
    if (!isWord(t) || !t.cap || isPronoun(t) || NOT_NAMES.has(t.lower) || /[’']s$/u.test(t.text) || isSourceHead(t.lower) || isAdverb({ ...t, cap: false })) return false;
  }
  return true;
}

const NOT_NAMES = new Set(['the', 'a', 'an', 'one', 'this', 'that', 'these', 'those']);

/** Is token `by` the word "by" after a participle in -ed, with at most three words and no comma between? */
function participleBeforeBy(tokens: readonly Token[], by: number): boolean {
  if (tokens[by]?.lower !== 'by') return false;
  for (let k = by - 1; k >= 0 && k >= by - 4; k -= 1) {
    const t = tokens[k]!;
    if (!isWord(t)) return false;
    if (!t.cap && t.lower.endsWith('ed')) return true;
  }
  return false;
}

/**
 * "A new survey released on Monday by the Herald shows…": the whole subject, from a determiner opening the sentence
 * (after `But` or `And`) to the agent, when no comma, quotation mark or dash comes between; null otherwise.
 */
function phraseFromSentenceStart(tokens: readonly Token[], start: number, end: number): Range | null {
  let s = start;
  if (['but', 'and'].includes(tokens[s]?.lower ?? '')) s += 1;
  const first = tokens[s];
  if (!isWord(first) || !(['a', 'an', 'the'].includes(first.lower) || (!first.cap && !isPronoun(first)))) return null;
  for (let k = s; k <= end; k += 1) if (!isWord(tokens[k]) || tokens[k]!.type === 'quote') return null;
  return { start: s, end };
}

/**
 * "Ortiz: The Pier Will Close", "Poll: Fares Should Fall": a text whose first paragraph (its title) opens with one
 * to four capitalised words and a colon names the speaker of that title, a source with no cue. The words hold no function
 * word ("The Week", "Fog Over Marlow" are labels or phrases; "Harbour Notes" never comes back), and either the last of them comes back
 * capitalised later in the text (the person or body the article is about) or the label is one word naming a document or
 * a group of people or a news outlet ("Poll:", "Report:", "Residents:", "Historians:", "Newspaper:"; the outlet and the two
 * groups `insiders` and `historians` train source +3 0). The title may open with a quotation mark or a figure after the
 * colon, and `on` a topic or `to` an addressee may come between the speaker and the colon (see below). Returns the
 * speaker's tokens with their type.
 */
export function titleSpeaker(tokens: readonly Token[], surnames: ReadonlySet<string>): { source: Range; sourceType: SourceType } | null {
  const first = tokens[0];
  if (!first || !isWord(first) || !first.cap) return null;
  let k = 0;
  while (k < 4 && isWord(tokens[k]) && tokens[k]!.cap && tokens[k]!.para === first.para && !FUNCTION_WORD(tokens[k]!.lower)) k += 1;
  let c = k;
  // "Ortiz on the Ferry Strike: Crews Deserve Better", "Lind to Pilots: …": the speaker's words may be followed by `on` (the
  // topic) or `to` (the addressee) and up to ten further words before the colon; the speaker stays the words before it
  // (PolNeAR train source +4 0, dev +1 0; not `at`, which the gold keeps in the speaker: "Reyes at the Pier:").
  if (k > 0 && ['on', 'to'].includes(tokens[k]?.lower ?? '')) {
    let j = k + 1;
    while (j <= k + 11 && isWord(tokens[j]) && tokens[j]!.para === first.para) j += 1;
    if (j > k + 1 && tokens[j]?.text === ':') c = j;
  }
  const colon = tokens[c];
  // "Ortiz: ‘The Pier Will Close’": the title may open with a quotation mark, double or single, after the colon
  // (PolNeAR train source +14 0, dev unchanged).
  const mark = tokens[c + 1];
  const after = mark !== undefined && TITLE_QUOTE_MARKS.has(mark.text) && mark.para === first.para ? tokens[c + 2] : mark;
  // "Poll: 3 In 4 Pilots Back The Toll": the title may open with a figure (train source +1 0).
  if (k === 0 || colon?.text !== ':' || colon.para !== first.para || after === undefined || !(isWord(after) || after.type === 'num') || after.para !== first.para) return null;
  const last = tokens[k - 1]!;
  const head = last.lower.replace(/[’']s$/u, '');
  const named = tokens.some((t) => t.para !== first.para && t.cap && t.lower.replace(/[’']s$/u, '') === head);
  const labelled = k === 1 && (DOCUMENT_HEADS.has(head) || VAGUE_HEADS.has(head) || NEWS_HEADS.has(head));
  if (!named && !labelled) return null;
  return { source: { start: 0, end: k - 1 }, sourceType: classifySource(tokens, 0, k - 1, surnames) };
}

/**
 * A quotation signed on the next line: a paragraph that opens with a dash and one to four capitalised words, ending there
 * or at a comma ("- Ortiz.", "-Mayor Ana Ortiz, speaking on the radio."), right after a paragraph that closes a quotation,
 * names the speaker of that quotation, a source with no cue; not a news agency's sign-off ("- Harbour Wire.").
 */
export function signedQuoteSpeakers(tokens: readonly Token[], surnames: ReadonlySet<string>): Array<{ source: Range; sourceType: SourceType }> {
  const found: Array<{ source: Range; sourceType: SourceType }> = [];
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const dash = tokens[i]!;
    const before = tokens[i - 1]!;
    if (before.para === dash.para || !SIGN_DASHES.has(dash.text) || !CLOSING_QUOTES.has(before.text)) continue;
    let k = i + 1;
    while (k < i + 5 && isWord(tokens[k]) && tokens[k]!.cap && tokens[k]!.para === dash.para && !FUNCTION_WORD(tokens[k]!.lower)) k += 1;
    const next = tokens[k];
    if (k === i + 1 || (next !== undefined && next.para === dash.para && next.text !== '.' && next.text !== ',')) continue;
    const sourceType = classifySource(tokens, i + 1, k - 1, surnames);
    if (sourceType !== 'news-agency') found.push({ source: { start: i + 1, end: k - 1 }, sourceType });
  }
  return found;
}

/**
 * "ORTIZ: We will rebuild the pier.", "ANA ORTIZ: …": a label in capitals that opens a speaker's turn in a transcript (see
 * transcriptTurns) names its speaker, a source with no cue; not in the title, and not a label in mixed case ("Ortiz: 41
 * delegates" in a list of results).
 */
export function turnSpeakers(tokens: readonly Token[], surnames: ReadonlySet<string>, turns: ReadonlySet<number>): Array<{ source: Range; sourceType: SourceType }> {
  const found: Array<{ source: Range; sourceType: SourceType }> = [];
  for (const t of tokens) {
    if (t.i === 0 || t.para === tokens[0]!.para || !turns.has(t.para) || tokens[t.i - 1]!.para === t.para) continue;
    let k = t.i;
    while (isWord(tokens[k]) && tokens[k]!.para === t.para && /^\p{Lu}[\p{Lu}.’'-]+$/u.test(tokens[k]!.text)) k += 1;
    if (k > t.i && tokens[k]?.text === ':') found.push({ source: { start: t.i, end: k - 1 }, sourceType: classifySource(tokens, t.i, k - 1, surnames) });
  }
  return found;
}

const SIGN_DASHES = new Set(['-', '–', '—', '―']);
const TITLE_QUOTE_MARKS = new Set(['“', '"', '‘', "'"]);
const CLOSING_QUOTES = new Set(['"', '”', "''"]);

/** A function word that cannot be part of a title's speaker ("The Week", "Fog Over Marlow", "How We Sailed"). */
const FUNCTION_WORD = (w: string): boolean => G.determiners.has(w) || G.prepositions.has(w) || G.conjunctions.has(w) || G.pronouns.has(w) || G.auxiliaries.has(w) || G.adverbs.has(w);
