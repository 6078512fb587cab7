import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { getLenses, messageOf } from '../app/lenses';
import { TeacherPage } from './TeacherScreen';

type Status = ChannelOutput<'getTeacherStatus'>;

/** First use: choose a teacher PIN. Afterwards: enter it to open teacher mode. */
export function TeacherGate({ status, onUnlocked }: { status: Status; onUnlocked: () => void }) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      if (!status.pinSet) {
        if (pin !== again) {
          setError('The two PINs are not the same.');
          return;
        }
        await getLenses().setTeacherPin({ pin });
        const now = await getLenses().getTeacherStatus({});
        if (!now.unlocked) await getLenses().unlockTeacher({ pin });
      } else {
        await getLenses().unlockTeacher({ pin });
      }
      onUnlocked();
    } catch (err) {
      setError(messageOf(err));
      setPin('');
    }
  };
  return (
    <TeacherPage title="Teacher">
      <form className="gate-card teacher-gate" onSubmit={submit} aria-labelledby="gate-form-title">
        <h2 id="gate-form-title">{status.pinSet ? 'Enter the teacher PIN' : 'Choose a teacher PIN'}</h2>
        <p className="muted">
          {status.pinSet
            ? 'Teacher mode is where assignments are made and class results are read.'
            : 'Teacher mode is protected so students on a shared computer do not wander in. Choose 4 to 12 digits and keep them to yourself.'}
        </p>
        <label htmlFor="teacher-pin">Teacher PIN</label>
        <input id="teacher-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={pin} onChange={(e) => setPin(e.currentTarget.value)} />
        {!status.pinSet && (
          <>
            <label htmlFor="teacher-pin-again">The same PIN again</label>
            <input id="teacher-pin-again" type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={again} onChange={(e) => setAgain(e.currentTarget.value)} />
          </>
        )}
        <button type="submit" className="primary" disabled={pin.length < 4}>
          {status.pinSet ? 'Open teacher mode' : 'Set PIN and open'}
        </button>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </TeacherPage>
  );
}
