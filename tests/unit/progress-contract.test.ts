import { afterAll, describe, expect, it, vi } from 'vitest';
import { channels, channelNames, type ChannelName } from '../../main/ipc/contract';
import { dispatch } from '../../main/ipc/dispatch';
import { attemptInput, fakeDialogs, makeServices, tempDir, removeTempDirs } from '../support/progress-helpers';

afterAll(removeTempDirs);

const PROGRESS_CHANNELS = [
  'listProfiles',
  'createProfile',
  'openProfile',
  'closeProfile',
  'getCurrentProfile',
  'recordAttempt',
  'getProgress',
  'getResumeState',
  'saveResumeState',
  'resetProgress',
  'exportProgress',
  'importProgress',
  'getStorageStatus',
];

describe('the progress channels in the contract', () => {
  it('are all there, by these exact names', () => {
    expect(channelNames).toEqual(expect.arrayContaining(PROGRESS_CHANNELS));
  });

  it('refuse bad arguments before any handler runs', async () => {
    const { handlers } = await makeServices(await tempDir());
    const refused: Array<[ChannelName, unknown]> = [
      ['createProfile', { name: '' }],
      ['createProfile', { name: 'Ana', pin: '12a4' }],
      ['createProfile', { name: 'Ana', pin: '12345' }],
      ['createProfile', { name: 'Ana', pin: 1234 }],
      ['createProfile', { name: 'Ana', admin: true }],
      ['openProfile', { profileId: '../../etc' }],
      ['openProfile', { profileId: 'abc', pin: '１２３４' }],
      ['recordAttempt', { ...attemptInput(), score: 1.5 }],
      ['recordAttempt', { ...attemptInput(), answer: { type: 'choice', selected: 'right' } }],
      ['recordAttempt', { ...attemptInput(), startedAt: 'yesterday' }],
      ['recordAttempt', { ...attemptInput(), hintsUsed: -1 }],
      ['recordAttempt', { ...attemptInput(), profileId: 'someone-else' }],
      ['recordAttempt', { ...attemptInput(), exerciseId: undefined }],
      ['resetProgress', {}],
      ['resetProgress', { confirm: false }],
      ['saveResumeState', { route: 42 }],
      ['getProgress', { profileId: 'x' }],
      ['listProfiles', { all: true }],
    ];
    for (const [channel, input] of refused) {
      const spy = vi.spyOn(handlers, channel);
      const result = await dispatch(handlers, channel, input);
      expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-arguments');
        expect(result.error.message).toMatch(new RegExp(`^The call "${channel}" was refused: `, 'u'));
      }
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
    const pin = await dispatch(handlers, 'createProfile', { name: 'Ana', pin: '12a4' });
    expect(pin.ok || pin.error.message).toBe('The call "createProfile" was refused: pin: a PIN is exactly 4 digits.');
    const name = await dispatch(handlers, 'createProfile', { name: '   ' });
    expect(name.ok || name.error.message).toBe('The call "createProfile" was refused: name: a name must not be empty.');
  });

  it('return results that match their output schemas', async () => {
    const content = JSON.stringify({ kind: 'lenses-progress', format: 1, exportedAt: '2024-01-01T00:00:00.000Z', profile: { name: 'x' }, attempts: [] });
    const dialogs = fakeDialogs([{ name: 'empty.json', content }]);
    const { handlers } = await makeServices(await tempDir(), { dialogs: dialogs.port });
    const calls: Array<[ChannelName, unknown]> = [
      ['getCurrentProfile', {}],
      ['createProfile', { name: 'Ana', pin: '1234' }],
      ['listProfiles', {}],
      ['getCurrentProfile', {}],
      ['recordAttempt', attemptInput()],
      ['getProgress', {}],
      ['saveResumeState', { route: '#/progress', drafts: { 'attr-2': { type: 'choice', selected: [] } }, ui: { framing: false } }],
      ['getResumeState', {}],
      ['exportProgress', {}],
      ['importProgress', {}],
      ['getStorageStatus', {}],
      ['resetProgress', { confirm: true }],
      ['closeProfile', {}],
    ];
    for (const [channel, input] of calls) {
      const result = await dispatch(handlers, channel, input);
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
      if (result.ok) expect(() => channels[channel].output.parse(result.value), channel).not.toThrow();
    }
    const profiles = await handlers.listProfiles({});
    const open = await dispatch(handlers, 'openProfile', { profileId: profiles.profiles[0]!.id, pin: '1234' });
    expect(open.ok && channels.openProfile.output.parse(open.value)).toMatchObject({ name: 'Ana', hasPin: true });
  });
});
