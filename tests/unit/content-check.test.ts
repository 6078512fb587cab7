import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateArticleSet } from '../../content/logic/validate-set';
import { checkContent } from '../../content/check';

const fixtureDir = path.resolve('tests/fixtures/content-mixed/tiny');
const source = readFileSync(path.join(fixtureDir, 'sources/a.txt'), 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const tiny = (): Json => JSON.parse(readFileSync(path.join(fixtureDir, 'set.json'), 'utf8')) as Json;

function problemsOf(setJson: unknown, exercisesJson?: unknown) {
  return validateArticleSet({ setFile: 'fixture/set.json', setJson, sources: { 'sources/a.txt': source }, exercisesJson, exercisesFile: 'fixture/exercises.json' }).problems;
}

describe('content check', () => {
  it('accepts the shipped sets', async () => {
    const { sets, problems } = await checkContent([path.resolve('content/sets')]);
    expect(problems).toEqual([]);
    expect(sets).toBeGreaterThanOrEqual(1);
  });

  it('fails for a shipped article without a licence and credit, and passes once it has one', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lenses-check-'));
    try {
      const dir = path.join(root, 'haiti-2010-earthquake');
      cpSync(path.resolve('content/sets/haiti-2010-earthquake'), dir, { recursive: true });
      const setPath = path.join(dir, 'set.json');
      const original = readFileSync(setPath, 'utf8');
      const set = JSON.parse(original) as Json;
      delete set.articles[1].provenance;
      writeFileSync(setPath, JSON.stringify(set));
      const { problems } = await checkContent([root]);
      expect(problems).toEqual([
        {
          file: expect.stringContaining('haiti-2010-earthquake/set.json'),
          id: 'voa-toll-rises',
          message: 'the article records no licence and credit ("provenance"); every shipped article needs them',
        },
      ]);
      // A licence without a credit line is refused too, in words a person can read.
      set.articles[1].provenance = { licence: { status: 'stated', name: 'CC BY 2.5' }, credit: ' ' };
      writeFileSync(setPath, JSON.stringify(set));
      expect((await checkContent([root])).problems.map((p) => p.message)).toEqual(['article 2, provenance, credit: credit line must not be empty']);
      writeFileSync(setPath, original);
      expect((await checkContent([root])).problems).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves the licence optional for a teacher’s own set (the app shows "licence not stated")', () => {
    const set = tiny();
    expect(set.articles[0].provenance).toBeUndefined();
    expect(problemsOf(set)).toEqual([]);
  });

  it('accepts the tiny fixture', () => {
    expect(problemsOf(tiny())).toEqual([]);
  });

  it('fails when a quotation is not found', () => {
    const set = tiny();
    set.articles[0].annotations[4].span.quote = 'were slaughtered';
    expect(problemsOf(set)).toEqual([{ file: 'fixture/set.json', id: 'a/a-were-killed', message: 'span: quotation “were slaughtered” is not in the article text' }]);
  });

  it('fails when a quotation is ambiguous', () => {
    const set = tiny();
    delete set.articles[0].annotations[0].cue.context;
    expect(problemsOf(set)[0]?.message).toBe('cue: quotation “said” is ambiguous: it occurs 2 times; give a longer context or an occurrence number');
    set.articles[0].annotations[0].cue.occurrence = 1;
    expect(problemsOf(set)).toEqual([]);
    set.articles[0].annotations[0].cue.occurrence = 3;
    expect(problemsOf(set)[0]?.message).toMatch(/occurs 2 time\(s\), so occurrence 3 does not exist/);
  });

  it('matches whole words only: a quotation inside a longer word is not found', () => {
    const set = tiny();
    set.articles[0].annotations[4].span = { quote: 'kill' };
    expect(problemsOf(set)[0]?.message).toBe('span: quotation “kill” is not in the article text');
    set.articles[0].annotations[4].span = { quote: 'kill', context: 'were killed' };
    expect(problemsOf(set)[0]?.message).toBe('span: quotation “kill” starts or ends inside a longer word (“killed”)');
  });

  it('fails when an id repeats', () => {
    const set = tiny();
    set.articles[0].annotations[1].id = 'a-officials-said';
    expect(problemsOf(set).map((p) => p.message)).toContain('annotation id "a-officials-said" is used more than once');
  });

  it('fails when a link names a missing annotation', () => {
    const set = tiny();
    set.links[0].members[1].annotation = 'a-ghost';
    expect(problemsOf(set)).toEqual([{ file: 'fixture/set.json', id: 'toll', message: 'link member names annotation "a-ghost", which is not in article "a"' }]);
  });

  it('fails when a required field is empty', () => {
    const set = tiny();
    set.articles[0].annotations[4].note = '  ';
    expect(problemsOf(set)).toEqual([{ file: 'fixture/set.json', message: 'article 1, annotation 5, note: note must not be empty' }]);
  });

  it('fails when a paragraph differs from its source', () => {
    const set = tiny();
    set.articles[0].blocks[1].text = 'The ministry said the toll was twelve, according to a statement.';
    set.articles[0].annotations[3].figure = { quote: 'twelve' };
    expect(problemsOf(set)).toEqual([{ file: 'fixture/set.json', id: 'a/b2', message: 'block 2 differs from its source "sources/a.txt" (text must be exactly as published)' }]);
  });

  it('fails when a source line is dropped', () => {
    const set = tiny();
    set.articles[0].blocks.pop();
    set.articles[0].annotations.splice(1, 1);
    set.articles[0].annotations.splice(2, 1);
    set.links = [];
    expect(problemsOf(set)[0]?.message).toMatch(/source line 2 of "sources\/a.txt" is missing from the article/);
  });

  it('fails when a figure names a missing attribution', () => {
    const set = tiny();
    set.articles[0].annotations[2].givenBy = 'a-nobody';
    expect(problemsOf(set)[0]?.message).toBe('givenBy names "a-nobody", which is not an attribution in article "a"');
  });

  it('checks that exercise keys agree with the content', () => {
    const bank = {
      format: 1,
      set: 'tiny',
      exercises: [
        {
          id: 'ex-1', family: 'attribution', difficulty: 1, articles: ['a'], type: 'choice', multiple: false,
          prompt: 'Who gives the toll?', hints: ['Look for "said".'],
          explanation: { text: 'The ministry.', highlights: [{ article: 'a', anchor: { quote: 'The ministry' } }] },
          options: [ { id: 'o1', text: 'The ministry', correct: false, feedback: 'x' }, { id: 'o2', text: 'Nobody', correct: false, feedback: 'y' } ],
        },
        {
          id: 'ex-2', family: 'attribution', difficulty: 1, articles: ['a'], type: 'find', article: 'a',
          prompt: 'Find the source.', hints: ['h'],
          explanation: { text: 'e', highlights: [{ article: 'a', anchor: { quote: 'statement' }, annotation: 'a-were-killed' }] },
          targets: [{ anchor: { quote: 'according to a statement' }, core: { quote: 'Officials' } }],
        },
      ],
    };
    const messages = problemsOf(tiny(), bank).map((p) => `${p.id}: ${p.message}`);
    expect(messages).toEqual([
      'ex-1: no option is marked correct',
      'ex-2: explanation highlight 1: the words do not overlap annotation "a-were-killed"',
      'ex-2: target 1: the core is not inside the target',
    ]);
  });

  it('the command line names file, id and reason and exits 1', () => {
    const r = spawnSync('npx', ['tsx', 'content/check.ts', 'tests/fixtures/content-mixed'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('broken/set.json [a/a-were-killed]: span: quotation “were slaughtered” is not in the article text');
    const ok = spawnSync('npx', ['tsx', 'content/check.ts'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/content:check: \d+ set\(s\) and \d+ exercise\(s\) are valid\./);
  });
});
