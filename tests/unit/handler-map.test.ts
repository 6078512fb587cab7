/**
 * main/ipc/handler-map.ts and the composition in core.ts: the feature maps together hold exactly
 * the contract's channels, each once, and a bound handler is given its feature's deps, the input
 * and (for file channels) the caller.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bindHandlers, type FeatureHandlers } from '../../main/ipc/handler-map';
import { channelNames, type ChannelName } from '../../main/ipc/contract';
import type { Handlers } from '../../main/ipc/dispatch';
import { contentHandlers } from '../../main/content/content-handlers';
import { progressHandlers } from '../../main/progress/progress-service';
import { studentHandlers } from '../../main/assignments/student-handlers';
import { teacherHandlers } from '../../main/assignments/teacher-handlers';
import { authoringHandlers } from '../../main/authoring/authoring-handlers';
import { makeServices, removeTempDirs, tempDir } from '../support/progress-helpers';
import { testCaller } from '../support/memory-files-port';

const features = { contentHandlers, progressHandlers, studentHandlers, teacherHandlers, authoringHandlers };

// Type level: a channel no map holds, or a key that is no channel, fails `npm run typecheck`.
type Covered = keyof typeof contentHandlers | keyof typeof progressHandlers | keyof typeof studentHandlers | keyof typeof teacherHandlers | keyof typeof authoringHandlers;
const exact: [Exclude<ChannelName, Covered>, Exclude<Covered, ChannelName>] extends [never, never] ? true : false = true;

afterAll(removeTempDirs);

describe('the feature handler maps', () => {
  it('hold every contract channel exactly once between them', () => {
    expect(exact).toBe(true);
    const owners = new Map<string, string[]>();
    for (const [feature, map] of Object.entries(features)) {
      for (const name of Object.keys(map)) owners.set(name, [...(owners.get(name) ?? []), feature]);
    }
    expect([...owners].filter(([, by]) => by.length > 1)).toEqual([]);
    expect([...owners.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('compose in the core into one handler per channel, and no more', async () => {
    const { handlers, close } = await makeServices(await tempDir());
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) expect(typeof handlers[name], name).toBe('function');
    await close();
  });

  it('give each handler its deps once, the input, and the caller to file channels', async () => {
    const seen: unknown[][] = [];
    const deps = { name: 'deps' };
    const map = {
      getAppInfo: (d: typeof deps) => {
        seen.push([d]);
        return { name: 'Lenses', version: '1', host: 'test-harness' as const };
      },
      exportProgress: (d: typeof deps, input: object, caller: unknown) => {
        seen.push([d, input, caller]);
        return { saved: false };
      },
    } satisfies FeatureHandlers<typeof deps, 'getAppInfo' | 'exportProgress'>;
    const bound: Pick<Handlers, 'getAppInfo' | 'exportProgress'> = bindHandlers(map, deps);
    expect(await bound.getAppInfo({})).toEqual({ name: 'Lenses', version: '1', host: 'test-harness' });
    expect(await bound.exportProgress({}, testCaller)).toEqual({ saved: false });
    expect(seen).toEqual([[deps], [deps, {}, testCaller]]);
    expect(seen[1]![0]).toBe(deps);
  });
});
