/**
 * main/authoring/draft-changes.ts: a draft changes one change at a time (many changes sent at
 * once all land), a change that throws writes nothing, and a handler run whole in the draft's
 * queue waits for the changes before it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { changesDraft, draftFile, oneAtATime, readDraft, writeDraft, type DraftDeps } from '../../main/authoring/draft-changes';
import { createKeyedQueue } from '../../main/serial-queue';
import { createNodeStorage } from '../../main/platform/storage/storage.nodejs';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { fixtureDraft } from '../support/renderer-draft';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function draftDeps(): Promise<DraftDeps> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lenses-draft-changes-'));
  dirs.push(dir);
  let t = Date.parse('2026-03-02T09:00:00.000Z');
  const deps = { storage: createNodeStorage(dir), now: () => new Date((t += 1000)), queue: createKeyedQueue() };
  await writeDraft(deps, fixtureDraft());
  return deps;
}

/** A change that adds one word to the description. */
const addWord = changesDraft((draft, input: { draftId: string; word: string }) => {
  draft.description += ` ${input.word}`;
});

describe('draft changes', () => {
  it('apply one at a time: twenty changes sent at once all land', async () => {
    const deps = await draftDeps();
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    const views = await Promise.all(words.map((word) => addWord(deps, { draftId: 'd1', word })));
    expect(views.at(-1)!.draft.description).toBe(`Two reports. ${words.join(' ')}`);
    expect((await readDraft(deps, 'd1')).description).toBe(`Two reports. ${words.join(' ')}`);
  });

  it('write nothing when the change throws', async () => {
    const deps = await draftDeps();
    const before = await deps.storage.readText(draftFile('d1'));
    const refuse = changesDraft((draft, _input: { draftId: string }) => {
      draft.title = 'half done';
      throw new UserFacingError('invalid-arguments', 'No.');
    });
    await expect(refuse(deps, { draftId: 'd1' })).rejects.toEqual(new UserFacingError('invalid-arguments', 'No.'));
    expect(await deps.storage.readText(draftFile('d1'))).toBe(before);
  });

  it('run a whole handler after the changes sent before it', async () => {
    const deps = await draftDeps();
    const readTitle = oneAtATime(async (d: DraftDeps, input: { draftId: string }) => (await readDraft(d, input.draftId)).description);
    const sent = [addWord(deps, { draftId: 'd1', word: 'one' }), addWord(deps, { draftId: 'd1', word: 'two' })];
    expect(await readTitle(deps, { draftId: 'd1' })).toBe('Two reports. one two');
    await Promise.all(sent);
  });

  it('refuse a draft that is not there', async () => {
    const deps = await draftDeps();
    await expect(addWord(deps, { draftId: 'gone', word: 'x' })).rejects.toEqual(new UserFacingError('not-found', 'This draft is not on this computer any more.'));
  });
});
