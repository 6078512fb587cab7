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
});
