import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { IDLE_MINUTES } from '../../../main/ipc/assignment-channels';
import { getLenses, messageOf } from '../shared/lenses';
import { RecoveryCode } from './RecoveryCode';

export type TeacherStatus = ChannelOutput<'getTeacherStatus'>;

/** How long teacher mode stays open without use, and changing the PIN (which gives a new recovery code). */
export function TeacherSettings({ status, onChanged }: { status: TeacherStatus; onChanged: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const setIdle = async (minutes: number) => {
    setMessage(null);
    try {
      await getLenses().setTeacherIdleMinutes({ minutes });
      setMessage(`Teacher mode now locks after ${minutes} minutes without use.`);
      onChanged();
    } catch (e) {
      setMessage(messageOf(e));
    }
  };
  const changePin = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    try {
      const r = await getLenses().setTeacherPin({ pin });
      setPin('');
      setCode(r.recoveryCode);
    } catch (err) {
      setMessage(messageOf(err));
    }
  };
  if (code) return <RecoveryCode code={code} onDone={() => { setCode(null); onChanged(); }} />;
  return (
    <section aria-labelledby="teacher-settings-title" className="teacher-settings">
      <h2 id="teacher-settings-title">Teacher mode</h2>
      <p className="muted">
        Teacher mode locks when you press “Lock teacher mode”, when someone switches profile, when Lenses is restarted or reloaded, and
        after a while without use. The teacher PIN keeps students from opening teacher mode in Lenses; it does not encrypt anything on
        this computer.
      </p>
      <label htmlFor="idle-minutes">Lock after this many minutes without use</label>{' '}
      <select id="idle-minutes" value={status.idleMinutes} onChange={(e) => void setIdle(Number(e.currentTarget.value))}>
        {IDLE_MINUTES.map((m) => (
          <option key={m} value={m}>
            {m} minutes
          </option>
        ))}
      </select>
      {!status.hasRecoveryCode && <p>You have no recovery code yet. Change your PIN below to get one.</p>}
      <form onSubmit={changePin} className="inline-form" aria-label="Change the teacher PIN">
        <label htmlFor="new-teacher-pin">New teacher PIN (4 to 12 digits)</label>{' '}
        <input id="new-teacher-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={pin} onChange={(e) => setPin(e.currentTarget.value)} />{' '}
        <button type="submit" disabled={!/^\d{4,12}$/u.test(pin)}>
          Change PIN
        </button>
      </form>
      <div role="status" aria-live="polite">
        {message && <p className="action-message">{message}</p>}
      </div>
    </section>
  );
}
