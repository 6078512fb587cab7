import { describe, expect, it } from 'vitest';
import { analyzeText, groupAcrossArticles, type AnalysisSpan, type SpanKind } from '../../content/analysis/index';
import { decodeText, runCli, type CliIo } from '../../content/analysis/cli';
import { proposeLinks } from '../../content/authoring/links';
import { proposeForBlocks } from '../../content/authoring/proposals';
import { ADJECTIVES_AFTER_BE, THROUGH_DOCUMENT_CUES, VERB_CUES } from '../../content/analysis/lexicon';
import { evaluateFixtures, evaluateHoldout, evaluateSeedSet } from '../support/analysis-eval';
import { cueSourcePairs as pairs, loadFixtures, HOLDOUT_DIR } from '../support/analysis-fixtures';

const of = (text: string, kind: SpanKind) => analyzeText(text).spans.filter((s) => s.kind === kind);
const texts = (text: string, kind: SpanKind) => of(text, kind).map((s) => s.text);


describe('analyzeText: attribution', () => {
  it('finds a source far from its cue, with the relative clause that describes it (as the PolNeAR guidelines mark it)', () => {
    expect(pairs('The ministry, which has counted the dead since the war began and whose figures the UN uses, said on Tuesday that 40 people had died.')).toEqual(['said <- The ministry, which has counted the dead since the war began and whose figures the UN uses']);
  });

  it('finds a source after a quotation and marks pronouns', () => {
    expect(pairs('"We will rebuild," he said.')).toEqual(['said <- he']);
  });

  it('handles inverted cues', () => {
    expect(pairs('“The talks have failed,” said the foreign ministry statement, adding that it would not give up.')).toEqual([
      'said <- the foreign ministry statement',
      'adding <- the foreign ministry statement',
    ]);
    expect(pairs('"They are selling a fantasy," said Marta Lopes, leader of the Social Democrats.')).toEqual(['said <- Marta Lopes, leader of the Social Democrats']);
  });

  it('does not take an apposition before the cue for an inverted source', () => {
    expect(pairs('Priya Raman, an analyst at Northgate Securities, said the company’s reliance on three customers was a risk.')).toEqual([
      'said <- Priya Raman, an analyst at Northgate Securities',
    ]);
  });

  it('follows "according to", chains and "quoted … as saying"', () => {
    expect(pairs('According to Israeli reports citing Al-Akhbar newspaper, a delegation was travelling to Cairo.')).toEqual([
      'According to <- Israeli reports',
      'citing <- Al-Akhbar newspaper',
    ]);
    expect(pairs('State media quoted a ministry official as saying that the talks would resume.')).toEqual(['quoted <- State media', 'as saying <- a ministry official']);
  });

  it('keeps auxiliaries in the cue and reads passive hedges as cues without a source', () => {
    expect(pairs('More than a hundred are estimated to remain, and some are believed to have been killed. Israel has claimed victory.')).toEqual([
      'are estimated <- -',
      'are believed <- -',
      'has claimed <- Israel',
    ]);
  });

  it('shares the subject with coordinated and participle cues', () => {
    expect(pairs('Transport Secretary Lisa Grant called the strike "unjustified" and said the government would not intervene.')).toEqual([
      'called <- Transport Secretary Lisa Grant',
      'said <- Transport Secretary Lisa Grant',
    ]);
  });

  it('keeps nominal cues and the statement they name', () => {
    expect(pairs('A statement from the prime minister’s office said the plan was lawful.')).toEqual(['A statement from <- the prime minister’s office', 'said <- the prime minister’s office']);
  });

  it('does not read adjectives, infinitives, negations or naming as cues', () => {
    expect(of('The number of reported cases rose. Confirmed cases fell. She declined to say. He did not say. A town called Rubaya fell.', 'attribution-cue')).toEqual([]);
    expect(texts('An estimated 300 people died, the agency said.', 'number')).toEqual(['An estimated 300']);
  });

  it('keeps only the outermost attribution: none inside a quotation or a reported clause (PolNeAR guidelines)', () => {
    expect(pairs('“As I said, my officials tell me we have no beds,” Verhagen said.')).toEqual(['said <- Verhagen']);
    expect(pairs('The senator says she wants to widen the programme.')).toEqual(['says <- The senator']);
    expect(pairs('The mayor announced a curfew and said it would last a week.')).toEqual(['announced <- The mayor', 'said <- The mayor']);
  });

  it('classifies sources', () => {
    const types = (text: string) => of(text, 'attribution-source').map((s) => (s.kind === 'attribution-source' ? `${s.text}: ${s.sourceType}` : ''));
    expect(types('A senior US official said it was over. Medical sources said 13 died. AFP reported clashes. Israeli Prime Minister Benjamin Netanyahu said no.')).toEqual([
      'A senior US official: anonymous-official',
      'Medical sources: vague',
      'AFP: news-agency',
      'Israeli Prime Minister Benjamin Netanyahu: named-person',
    ]);
    expect(types('The Hamas Ministry of Health announced the toll. The leaflet said to leave.')).toEqual(['The Hamas Ministry of Health: named-institution', 'The leaflet: document']);
  });
});

describe('analyzeText: quotations', () => {
  it('links a quotation to its speaker and tells scare quotes apart', () => {
    const { spans } = analyzeText('He called the plan "reckless" and said: "It will not work. Nobody believes it."');
    const quote = spans.find((s) => s.kind === 'quote');
    const source = spans.find((s) => s.kind === 'attribution-source');
    expect(quote?.text).toBe('"It will not work. Nobody believes it."');
    expect(quote?.kind === 'quote' && quote.speakerSourceId).toBe(source?.id);
    expect(spans.filter((s) => s.kind === 'framing').map((s) => s.text)).toEqual(['"reckless"']);
  });

  it('reads a curly mark written the wrong way round by where it stands', () => {
    // An opening mark attached to the word before it and followed by a space closes the quotation.
    expect(texts('The council ordered a “quick review“ of the pier and said the ferry would run on Sunday.', 'framing')).toEqual(['“quick review“']);
    expect(pairs('The council ordered a “quick review“ of the pier and said the ferry would run on Sunday.')).toEqual(['ordered <- The council', 'said <- The council']);
    expect(pairs('“The pier will reopen in May,“ said Ana Ortiz, the harbour master.')).toEqual(['said <- Ana Ortiz, the harbour master']);
    // A closing mark after a space and attached to the word after it opens one.
    expect(texts('The mayor said: ”We will reopen the pier.” Then she left.', 'quote')).toEqual(['”We will reopen the pier.”']);
  });

  it('ends a sentence after the answer "no." but not after the number sign "No."', () => {
    expect(pairs('Asked about the ferry, the mayor said no. But she said the pier would reopen.')).toContain('said <- she');
    expect(pairs('The No. 2 official said the pier would reopen.')).toEqual(['said <- The No. 2 official']);
  });

  it('handles quotations that run over paragraphs and nested single quotes', () => {
    expect(texts('“We will win.\n\n“We will not stop,” she said.', 'quote')).toEqual(['“We will win.', '“We will not stop,”']);
    expect(texts('“He told me, ‘Leave now,’ and I did,” the woman said.', 'quote')).toEqual(['“He told me, ‘Leave now,’ and I did,”']);
  });
});

describe('analyzeText: numbers', () => {
  it('keeps hedges and leaves out dates, years, times and ordinals of time', () => {
    expect(texts('On Oct. 7, 2023, at least 1,200 people were killed at 4:17 a.m. Dec 1 was a Friday; on March 18th the goal came in the 94th minute of his fifth match.', 'number')).toEqual([
      'at least 1,200',
      'fifth',
    ]);
  });

  it('reads hedges, percentages, money, written-out and vague quantities', () => {
    const found = of('Some 1.5 million people, more than 32,000 dead, nearly 85% of Gazans, up to 40,000 workers, approximately 85 percent, $4.2 billion, seven-day, Twenty-seven, dozens, hundreds of thousands, several dozen, a couple of days.', 'number');
    expect(found.map((s) => s.text)).toEqual(['Some 1.5 million', 'more than 32,000', 'nearly 85%', 'up to 40,000', 'approximately 85 percent', '$4.2 billion', 'seven-day', 'Twenty-seven', 'dozens', 'hundreds of thousands', 'several dozen', 'a couple of']);
    const detail = found.map((s) => (s.kind === 'number' ? [s.value, s.hedge] : []));
    expect(detail.slice(0, 6)).toEqual([[1_500_000, 'some'], [32_000, 'more-than'], [85, 'nearly'], [40_000, 'up-to'], [85, 'approximately'], [4_200_000_000, 'none']]);
    expect(detail[8]).toEqual([null, 'vague']);
  });

  it('treats "one of" and idioms sensibly', () => {
    expect(texts('Qatar, one of the mediators, said no one was hurt; at one point one child died.', 'number')).toEqual(['one']);
  });

  it('recovers what is counted and the event', () => {
    const [n] = of('At least 66 people were killed overnight.', 'number');
    expect(n?.kind === 'number' && [n.counted, n.event, n.isDate]).toEqual(['people', 'killed', false]);
  });
});

describe('analyzeText: framing candidates', () => {
  it('proposes agentless passives only without a "by" agent', () => {
    expect(texts('Three homes were destroyed by shelling. Two schools were destroyed. Aid was distributed by Wednesday. Its budget was cut by 20 per cent.', 'framing')).toEqual([
      'were destroyed',
      'was cut',
    ]);
  });

  it('proposes labels and loaded words with a reason', () => {
    const found = of('Hamas fighters stormed the town and the militant group said the regime had massacred civilians.', 'framing');
    expect(found.map((s) => s.text)).toEqual(['Hamas fighters', 'stormed', 'the militant group', 'regime', 'massacred']);
    for (const f of found) expect(f.kind === 'framing' && f.reason.length).toBeGreaterThan(10);
  });
});

describe('analyzeText: offsets and robustness', () => {
  it('gives offsets into the text exactly as given (BOM, CRLF, soft wraps)', () => {
    for (const text of ['\uFEFFOfficials said "at least 12 people were killed," according to AFP.', 'Police said\r\n\r\n“Two people died,” the mayor said.\r\n']) {
      const { spans } = analyzeText(text);
      expect(spans.length).toBeGreaterThan(3);
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    const wrapped = 'The ministry said at least 12 people were killed in the strike on the\ncamp, and officials said the toll could rise.\n\nPolice said two were held.';
    expect(pairs(wrapped)).toEqual(['said <- The ministry', 'said <- officials', 'said <- Police']);
  });

  // The tokenizer skips its white-space pattern on characters that cannot be white space: every kind of space
  // JavaScript knows still separates words, as a plain space does.
  it('reads words apart across every kind of white space', () => {
    const sentence = 'Officials said at least 12 people were killed, according to the ministry.';
    const plain = analyzeText(sentence).spans.map((s) => `${s.kind}:${s.text}`);
    expect(plain).toEqual(expect.arrayContaining(['number:at least 12', 'attribution-cue:according to', 'attribution-source:the ministry']));
    const spaces = ['\t', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u202f', '\u205f', '\u3000', '\ufeff'];
    for (const space of spaces) {
      const text = sentence.replaceAll(' ', space);
      const { spans } = analyzeText(text);
      expect(spans.map((s) => `${s.kind}:${s.text.replaceAll(space, ' ')}`), JSON.stringify(space)).toEqual(plain);
    }
  });

  // Words that name what every plain object inherits ("constructor", "toString") once read as event words: a figure
  // near "constructor" carried the Object function as its event, and the analysis could not be sent to the page.
  it('reads the names of inherited object properties as plain words', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      const texts = [`Some 40 pilots met the ${name}.`, `Some 40 pilots near the ${name} were hurt.`, `At least 12 ${name} were counted.`];
      const analyses = texts.map((text) => analyzeText(text));
      for (const analysis of analyses) {
        expect(() => structuredClone(analysis), name).not.toThrow();
        for (const s of analysis.spans) if (s.kind === 'number') expect(['undefined', 'string'], name).toContain(typeof s.event);
      }
      expect(analyses[1]!.spans.find((s) => s.kind === 'number')?.event, name).toBe('injured');
      const groups = groupAcrossArticles(analyses.map((analysis, i) => ({ articleId: `a${i}`, text: texts[i]!, analysis })));
      expect(() => structuredClone(groups), name).not.toThrow();
      for (const g of groups) expect(g.reason, name).not.toMatch(/function|native code|object Object/u);
    }
  });

  // Every pair of cues in a sentence was compared, each time over the words between them: a 25,000-character
  // "sentence" of nothing but cues ("said said said…") took minutes, past the runner's timeout; it takes well under a second.
  it('reads a sentence of thousands of cues in time', () => {
    for (const text of ['said '.repeat(5_000), 'who said that '.repeat(2_000)]) {
      const analysis = analyzeText(text);
      expect(analysis.spans.filter((s) => s.kind === 'attribution-cue').length).toBeGreaterThan(100);
      for (const s of analysis.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(() => structuredClone(analysis)).not.toThrow();
    }
  });

  // Each pronoun looked back over every earlier source for its antecedent: thirty thousand sentences "He said." after
  // one name took close to a minute, past the runner's timeout; the latest source of each type is kept as they are read.
  it('finds the antecedents of thousands of pronouns in time', () => {
    const text = `Maria Ortiz said the pier was closed. The agency said so. ${'He said. They said. '.repeat(15_000)}`;
    const sources = analyzeText(text).spans.filter((s) => s.kind === 'attribution-source');
    expect(sources.length).toBeGreaterThan(30_000);
    const byText = (w: string) => new Set(sources.filter((s) => s.text === w).map((s) => s.kind === 'attribution-source' && s.antecedentId));
    expect(byText('He')).toEqual(new Set([sources[0]!.id]));
    expect([...byText('They')].every((id) => typeof id === 'string')).toBe(true);
  });

  // Links are tied to the figure proposals at the same place, once looked up among all the article's proposals for each
  // figure (time growing with the square of the figures: 20,000 of them took seconds); each figure still finds its own.
  it('ties every figure of a link to its own proposal in articles of thousands of figures', () => {
    const blocks = [{ id: 'b1', kind: 'paragraph' as const, text: `Officials said ${'12 people were killed, '.repeat(3_000)}and no more.` }];
    const { proposals } = proposeForBlocks(blocks, 1);
    const figures = proposals.filter((p) => p.kind === 'number');
    expect(figures.length).toBe(3_000);
    const { links } = proposeLinks({ articles: ['a1', 'a2'].map((id) => ({ id, blocks, proposals })) as never, links: [] }, 1);
    expect(links.length).toBe(1);
    for (const article of ['a1', 'a2']) expect(links[0]!.members.filter((m) => m.article === article).map((m) => m.proposal)).toEqual(figures.map((p) => p.id));
    expect(() => structuredClone(links)).not.toThrow();
  });

  // Digits too many for a number read as Infinity in a share, a score or a compound ("999…%"), which no figure is and
  // which a saved analysis (JSON) turns into null; they are no figure now, as plain digits were already.
  it('gives no figure an infinite value', () => {
    const nines = '9'.repeat(400);
    for (const text of [`${nines}% of the pilots agreed.`, `${nines}-${nines} people died.`, `a ${nines}-fold rise`, `${nines}-5 people died.`, `Some ${nines} 000 people died.`, `${nines} people were killed.`]) {
      for (const s of analyzeText(text).spans) if (s.kind === 'number') {
        expect(s.value === null || Number.isFinite(s.value), text.slice(400)).toBe(true);
        for (const v of s.range ?? []) expect(Number.isFinite(v), text.slice(400)).toBe(true);
      }
    }
    expect(texts('40% of the pilots agreed, and a 3-fold rise in 5-10 days.', 'number')).toEqual(['40%', '3-fold', '5-10']);
  });

  // "according to" thousands of times in one sentence gave each cue the rest of the sentence as its source: 26,000
  // characters made a 26 MB analysis, to be copied to the page. A source runs at most 150 tokens now.
  it('keeps the analysis of a sentence of repeated cues about as large as the text', () => {
    for (const text of ['according to '.repeat(2_000), `Officials said ${'according to the ministry '.repeat(1_000)}.`]) {
      const analysis = analyzeText(text);
      expect(JSON.stringify(analysis).length).toBeLessThan(30 * text.length);
      for (const s of analysis.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  // "say" can be a noun, so in "sources say sources say…" each cue walked back over the whole sentence for its subject:
  // 72,000 characters took over a minute, past the runner's timeout. A noun phrase runs at most 150 tokens now.
  it('reads a sentence of thousands of subjects and cues in time', () => {
    const text = 'sources say '.repeat(6_000);
    const analysis = analyzeText(text);
    expect(analysis.spans.length).toBeGreaterThan(0);
    for (const s of analysis.spans) expect(s.end - s.start).toBeLessThan(2_000);
    for (const s of analysis.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  // In "In a poll In a poll…" each phrase after a cue ran forward to the end of the sentence: 150,000 characters took
  // over a minute, past the runner's timeout. A noun phrase runs at most 150 tokens forward too.
  it('reads a sentence of thousands of phrase cues in time', () => {
    const text = 'In a poll '.repeat(15_000);
    const analysis = analyzeText(text);
    for (const s of analysis.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(() => structuredClone(analysis)).not.toThrow();
  });

  // Each dash of "— said — said…" looked over its sentence from the start for a source between dashes: 280,000
  // characters took well over the runner's timeout; a source from the sentence's start runs at most 150 tokens.
  it('reads a sentence of thousands of dashes and cues in time', () => {
    const text = '— said '.repeat(35_000);
    const analysis = analyzeText(text);
    expect(analysis.spans.length).toBeGreaterThan(1_000);
    for (const s of analysis.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('never throws and returns sorted spans on odd input', () => {
    for (const text of ['', ' ', '"', '“ ”', '""""', 'said said said', '. , ; : —', '\u0000', 'a'.repeat(10_000), '12345678901234567890', 'according to', '“unclosed quote\n\nnext']) {
      const { spans } = analyzeText(text);
      for (let i = 1; i < spans.length; i += 1) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.start);
    }
  });

  // A rule that looks a few tokens ahead must stop at the end of the text: every sentence of the fixtures, cut after each of
  // its words, is analysed without throwing ("Ortiz spoke warmly" once threw in a rule that looked for a particle after it).
  it('never throws on a sentence of the fixtures cut after any of its words', () => {
    let cuts = 0;
    for (const f of [...loadFixtures(), ...loadFixtures(HOLDOUT_DIR)]) {
      for (const sentence of f.text.split(/(?<=[.!?”"])\s+/u)) {
        for (const end of [...sentence.matchAll(/\S+/gu)].map((m) => m.index + m[0].length)) {
          const text = sentence.slice(0, end);
          const { spans } = analyzeText(text);
          for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
          cuts += 1;
        }
      }
    }
    expect(cuts).toBeGreaterThan(1000);
  });

  // Every form of every verb the lexicon knows, at the end of a text or before one or two words that rules look ahead for
  // (a particle after an adverb, "that", "to", "as", "by", a name, a quotation mark), is analysed without throwing.
  it('never throws on a lexicon verb form near the end of a text', () => {
    const forms = [...new Set([...VERB_CUES.keys(), ...ADJECTIVES_AFTER_BE.keys(), ...THROUGH_DOCUMENT_CUES.keys()])];
    expect(forms.length).toBeGreaterThan(500);
    for (const form of forms) {
      for (const lead of ['', 'Ortiz ', 'The pilots were ']) {
        for (const tail of ['', ' warmly', ' at length', ' much', ' not', ' that', ' to', ' of', ' as', ' by', ' the', ' Ortiz', ',', ' “', ' up']) {
          const text = lead + form + tail;
          const { spans } = analyzeText(text);
          for (const s of spans) expect(text.slice(s.start, s.end), text).toBe(s.text);
        }
      }
    }
  });

  it('keeps exact offsets on every fixture and filters kinds', () => {
    for (const f of [...loadFixtures(), ...loadFixtures(HOLDOUT_DIR)]) {
      const { spans } = analyzeText(f.text);
      for (const s of spans) expect(f.text.slice(s.start, s.end)).toBe(s.text);
      const ids = new Set(spans.map((s) => s.id));
      expect(ids.size).toBe(spans.length);
    }
    const only = analyzeText('"Yes," he said, citing 3 reports.', { kinds: ['attribution-cue'] }).spans;
    expect(only.every((s) => s.kind === 'attribution-cue' && s.sourceId === undefined)).toBe(true);
  });
});

describe('groupAcrossArticles', () => {
  it('links numbers that count the same thing and labels for the same actor', () => {
    const a = 'At least 66 people were killed overnight, the ministry said. Hamas fighters fired rockets.';
    const b = 'The toll rose to 32,000 dead, officials said. Hamas militants held 130 hostages.';
    const c = 'More than 1,200 hostages and captives were taken, Israel said. The weather was fine.';
    const links = groupAcrossArticles([a, b, c].map((text, i) => ({ articleId: `a${i + 1}`, text, analysis: analyzeText(text) })));
    const killed = links.find((l) => l.key === 'killed');
    expect(killed?.members.map((m) => m.text)).toEqual(['At least 66', '32,000']);
    const hostages = links.find((l) => l.key === 'hostages');
    expect(hostages?.members.map((m) => m.articleId)).toEqual(['a2', 'a3']);
    const hamas = links.find((l) => l.key === 'actor:Hamas');
    expect(hamas?.members.map((m) => m.text)).toEqual(['Hamas fighters', 'Hamas militants']);
    for (const l of links) {
      expect(l.confidence).toBeGreaterThan(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
      expect(new Set(l.members.map((m) => m.articleId)).size).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('command line', () => {
  function io(files: Record<string, Uint8Array | 'dir' | number>) {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIo = {
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      readFile: (f) => {
        const v = files[f];
        if (v === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
        return v as Uint8Array;
      },
      fileSize: (f) => {
        const v = files[f];
        if (v === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
        if (v === 'dir') return { size: 0, isFile: false };
        if (typeof v === 'number') return { size: v, isFile: true };
        return { size: v.length, isFile: true };
      },
    };
    return { cli, out, err };
  }
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('prints one JSON object per file and reports bad files on stderr with exit 1', () => {
    const { cli, out, err } = io({ 'a.txt': utf8('\uFEFF"Yes," he said.'), 'bin.txt': new Uint8Array([65, 0, 66]), 'empty.txt': new Uint8Array(), 'huge.txt': 6 * 1024 * 1024, 'd': 'dir' });
    const code = runCli(['--json', 'a.txt', 'bin.txt', 'empty.txt', 'huge.txt', 'missing.txt', 'd'], cli);
    expect(code).toBe(1);
    const json = JSON.parse(out.join('')) as Array<{ file: string; spans: AnalysisSpan[]; error?: string }>;
    expect(json.map((r) => r.file)).toEqual(['a.txt', 'bin.txt', 'empty.txt', 'huge.txt', 'missing.txt', 'd']);
    const a = json[0]!;
    const text = '\uFEFF"Yes," he said.';
    expect(a.spans.map((s) => s.kind)).toEqual(['quote', 'attribution-source', 'attribution-cue']);
    for (const s of a.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(err.join('')).toMatch(/bin\.txt: the file looks binary/);
    expect(err.join('')).toMatch(/empty\.txt: the file is empty/);
    expect(err.join('')).toMatch(/huge\.txt: the file is too large/);
    expect(err.join('')).toMatch(/missing\.txt: no such file/);
    expect(err.join('')).toMatch(/d: it is not a regular file/);
  });

  it('exits 2 on usage errors and 0 when all files are fine', () => {
    expect(runCli([], io({}).cli)).toBe(2);
    expect(runCli(['--nope', 'a.txt'], io({}).cli)).toBe(2);
    const { cli, out } = io({ 'a.txt': utf8('Police said two died.') });
    expect(runCli(['a.txt'], cli)).toBe(0);
    expect(out.join('')).toMatch(/a\.txt: \d+ spans/);
  });

  it('refuses malformed UTF-8', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0xfa]))).toEqual({ ok: false, reason: 'the file is not valid UTF-8 text' });
    expect(decodeText(utf8('\uFEFFok'))).toEqual({ ok: true, text: '\uFEFFok' });
  });
});

describe('quality on hand-annotated texts (exact-span F1 per kind)', () => {
  // Thresholds sit a little under the scores measured when they were set (see content/analysis/README.md),
  // so that a regression fails; they are not targets for real-world text. Since the cues follow the
  // PolNeAR guidelines (issue 14: no nested attributions, the verb group with its adverbs, the relative
  // pronoun as source), the fixtures and the seed set, annotated in the older style, score lower.
  it('development fixtures', () => {
    const f1 = Object.fromEntries(Object.entries(evaluateFixtures().perKind).map(([k, v]) => [k, v.f1]));
    expect(f1['attribution-cue']).toBeGreaterThanOrEqual(0.93);
    expect(f1['attribution-source']).toBeGreaterThanOrEqual(0.92);
    expect(f1['quote']).toBeGreaterThanOrEqual(0.95);
    expect(f1['number']).toBeGreaterThanOrEqual(0.95);
    expect(f1['framing']).toBeGreaterThanOrEqual(0.9);
  });

  it('held-out fixtures', () => {
    const f1 = Object.fromEntries(Object.entries(evaluateHoldout().perKind).map(([k, v]) => [k, v.f1]));
    expect(f1['attribution-cue']).toBeGreaterThanOrEqual(0.92);
    expect(f1['attribution-source']).toBeGreaterThanOrEqual(0.9);
    expect(f1['quote']).toBeGreaterThanOrEqual(0.95);
    expect(f1['number']).toBeGreaterThanOrEqual(0.95);
    expect(f1['framing']).toBeGreaterThanOrEqual(0.8);
  });

  it('seed set human annotations', () => {
    const f1 = Object.fromEntries(Object.entries(evaluateSeedSet().perKind).map(([k, v]) => [k, v.f1]));
    expect(f1['attribution-cue']).toBeGreaterThanOrEqual(0.78);
    expect(f1['attribution-source']).toBeGreaterThanOrEqual(0.85);
    expect(f1['number']).toBeGreaterThanOrEqual(0.5);
    expect(f1['framing']).toBeGreaterThanOrEqual(0.28);
  });
});
