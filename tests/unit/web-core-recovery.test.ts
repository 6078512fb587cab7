/**
 * The web build's core over IndexedDB (fake-indexeddb under Node) meets a torn journal line, as a
 * tab closed mid-write would leave it: the same recovery as on disk (the desktop's version of this
 * is an end-to-end test that tears the file on disk).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../main/core';
import { shippedFromFolder } from '../../main/content/shipped-from-folder';
import { openIndexedDbStorage } from '../../main/platform/storage/storage.web';
import { attemptInput, progressContentDir } from '../support/progress-helpers';

describe('the core over IndexedDB', () => {
  it('keeps progress across a restart, and sets a torn record aside with a plain message', async () => {
    const factory = new IDBFactory();
    const start = async () =>
      createCore({ storage: await openIndexedDbStorage({ name: 'lenses', indexedDB: factory }), shipped: shippedFromFolder(progressContentDir), appVersion: '0', host: 'web' });

    const first = await start();
    const profile = await first.handlers.createProfile({ name: 'Dana' });
    await first.handlers.recordAttempt(attemptInput());
    await first.close();

    const storage = await openIndexedDbStorage({ name: 'lenses', indexedDB: factory });
    const journal = `profiles/${profile.id}/attempts.jsonl`;
    // Half a record with no newline: the write that was cut short.
    await storage.appendDurably(journal, '2\tdeadbeef\t{"id":"half-writ');

    const second = await start();
    await second.handlers.openProfile({ profileId: profile.id });
    const summary = await second.handlers.getProgress({});
    expect(summary.totalAttempts).toBe(1);
    expect(summary.notices.join(' ')).toMatch(/could not be read and was set aside in this browser.s storage for Lenses \(profiles\/.*attempts\.jsonl\.damaged-/);
    expect((await storage.list(`profiles/${profile.id}`)).map((e) => e.name).some((n) => n.startsWith('attempts.jsonl.damaged-'))).toBe(true);
    // New answers go on after the repair.
    await second.handlers.recordAttempt(attemptInput({ exerciseId: 'num-1' }));
    await second.close();
    const third = await start();
    await third.handlers.openProfile({ profileId: profile.id });
    expect((await third.handlers.getProgress({})).totalAttempts).toBe(2);
  });
});
