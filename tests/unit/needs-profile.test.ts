/**
 * main/rules/needs-profile.ts: a profile's own work is refused ('no-profile', in the feature's
 * words) while no profile is open, before its handler runs; the handler is given the open profile.
 * In the core: the progress calls and every student assignment call.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { needsProfile } from '../../main/rules/needs-profile';
import { UserFacingError } from '../../main/ipc/user-facing-error';
import { studentAssignmentChannels } from '../../main/ipc/assignment-channels';
import type { ChannelName } from '../../main/ipc/contract';
import type { Caller } from '../../main/ipc/caller';
import { makeServices, removeTempDirs, tempDir } from '../support/progress-helpers';
import { createSeedAssignment, exportedText, SEED_SET, studentServices, unlockedTeacher } from '../support/assignments';
import { testCaller } from '../support/memory-files-port';

afterAll(removeTempDirs);

const progressMessage = 'Choose or create a profile first.';
const studentMessage = 'Choose or create a profile first: your assignments and answers are kept with your profile.';

describe('needsProfile', () => {
  it('refuses before the handler runs while no profile is open, and gives it the profile once one is', async () => {
    const deps = { open: null as { id: string } | null };
    const calls: unknown[][] = [];
    const handler = needsProfile((d: typeof deps) => d.open, 'Open a profile.')((d: typeof deps, profile: { id: string }, input: { n: number }, caller: Caller) => {
      calls.push([d, profile, input, caller]);
      return profile.id;
    });
    await expect(handler(deps, { n: 1 }, testCaller)).rejects.toEqual(new UserFacingError('no-profile', 'Open a profile.'));
    expect(calls).toEqual([]);
    deps.open = { id: 'p1' };
    expect(await handler(deps, { n: 2 }, testCaller)).toBe('p1');
    expect(calls).toEqual([[deps, { id: 'p1' }, { n: 2 }, testCaller]]);
  });

  it('guards the core: progress and assignment calls are refused without a profile, in their own words', async () => {
    const { handlers, close } = await makeServices(await tempDir());
    const progressChannels: ChannelName[] = ['recordAttempt', 'getProgress', 'getResumeState', 'saveResumeState', 'resetProgress', 'exportProgress', 'importProgress'];
    const refusals: [ChannelName, string][] = [
      ...progressChannels.map((name): [ChannelName, string] => [name, progressMessage]),
      ...(Object.keys(studentAssignmentChannels) as ChannelName[]).map((name): [ChannelName, string] => [name, studentMessage]),
    ];
    for (const [name, message] of refusals) {
      // The rule runs before the handler reads its input, so any input is refused the same way.
      const call = handlers[name] as (input: unknown, caller: Caller) => Promise<unknown>;
      await expect(call({}, testCaller), name).rejects.toEqual(new UserFacingError('no-profile', message));
    }
    // The calls about profiles themselves, and the storage status, need none.
    expect(await handlers.getCurrentProfile({})).toBeNull();
    expect(await handlers.listProfiles({})).toEqual({ profiles: [] });
    expect(await handlers.getStorageStatus({})).toMatchObject({ ok: true });
    await handlers.createProfile({ name: 'Ana' });
    expect(await handlers.getResumeState({})).toBeTruthy();
    expect(await handlers.listAssignments({})).toEqual({ assignments: [], problems: [] });
    await close();
  });

  it('finishes a call with the profile it began with: results saved while another profile opened mark the first handed in', async () => {
    const t = await unlockedTeacher();
    const id = await createSeedAssignment(t.handlers, 'assessment', { exerciseIds: ['attr-find-toll-source'] });
    const text = await exportedText(t, id);
    const s = await studentServices({ name: 'Sam' });
    const other = await s.handlers.createProfile({ name: 'Other' });
    s.files.willOpen([{ name: 'a.lensesassignment', content: text }]);
    await s.handlers.openAssignmentFile({}, testCaller);
    await s.handlers.openProfile({ profileId: s.profileId });
    s.files.willOpen([{ name: 'a.lensesassignment', content: text }]);
    await s.handlers.openAssignmentFile({}, testCaller);
    // While Sam's save dialog is open, the other profile is opened (another tab of the web build).
    const save = s.files.saveFile.bind(s.files);
    s.files.saveFile = async (request, caller) => {
      await s.handlers.openProfile({ profileId: other.id });
      return save(request, caller);
    };
    expect(await s.handlers.exportResults({ assignmentId: id, studentName: 'Sam' }, testCaller)).toMatchObject({ saved: true });
    // Other has not handed in: its assessment stays withheld; Sam's is handed in.
    expect((await s.handlers.getAssignment({ id })).exportedAt).toBeNull();
    expect((await s.handlers.getArticleSet({ id: SEED_SET })).withheld?.exerciseIds).toEqual(['attr-find-toll-source']);
    await s.handlers.openProfile({ profileId: s.profileId });
    expect((await s.handlers.getAssignment({ id })).exportedAt).not.toBeNull();
    expect((await s.handlers.getArticleSet({ id: SEED_SET })).withheld).toBeUndefined();
  });
});
