/**
 * Child process for the crash test: opens a profile in the given user-data folder and records
 * attempts through the real services in a loop, printing `written <json>` after each one is
 * durably stored, until it is killed. Usage: node --import tsx append-attempts-child.ts <userDataDir> <profileId>
 */
import { makeServices, attemptInput } from './progress-helpers';

const [userDataDir, profileId] = process.argv.slice(2);
if (!userDataDir || !profileId) throw new Error('usage: append-attempts-child.ts <userDataDir> <profileId>');

const services = await makeServices(userDataDir);
await services.handlers.openProfile({ profileId });
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  // Every third attempt carries a long written answer, so that writes are of different sizes.
  const input =
    i % 3 === 0
      ? attemptInput({ exerciseId: 'frame-1', answer: { type: 'written', text: `${i} `.repeat(4000), selfCheck: [i % 2 === 0] }, score: 0.5, correct: false })
      : attemptInput({ exerciseId: i % 2 ? 'attr-1' : 'num-1', score: (i % 5) / 4, correct: i % 5 === 4 });
  const { attempt, storage } = await services.handlers.recordAttempt(input);
  if (!storage.ok || storage.pending !== 0) throw new Error(`not stored: ${JSON.stringify(storage)}`);
  process.stdout.write(`written ${JSON.stringify(attempt)}\n`);
}
