import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../main/ipc/contract';
import { getLenses, messageOf } from '../shared/lenses';
import { TeacherPage } from '../shared/TeacherPage';
import { RecoveryCode } from './RecoveryCode';

type Status = ChannelOutput<'getTeacherStatus'>;

/**
 * First use: choose a teacher PIN (then the one-time recovery code is shown). Afterwards: enter it
 * to open teacher mode, or use the recovery code to choose a new PIN; when the teacher file is
 * missing or damaged, only the recovery code opens it again.
 */
export function TeacherGate({ status, onUnlocked }: { status: Status; onUnlocked: () => void }) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [code, setCode] = useState('');
  const [recovering, setRecovering] = useState(status.problem !== null);
  const [newCode, setNewCode] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const choosing = !status.pinSet || recovering;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      if (choosing && pin !== again) {
        setError('The two PINs are not the same.');
        return;
      }
      if (recovering) setNewCode((await getLenses().recoverTeacherPin({ code, pin })).recoveryCode);
      else if (!status.pinSet) setNewCode((await getLenses().setTeacherPin({ pin })).recoveryCode);
      else {
        await getLenses().unlockTeacher({ pin });
        onUnlocked();
      }
    } catch (err) {
      setError(messageOf(err));
      setPin('');
      setAgain('');
    }
  };
  if (newCode) {
    return (
      <TeacherPage title="Teacher">
        <RecoveryCode code={newCode} onDone={onUnlocked} />
      </TeacherPage>
    );
  }
  const title = recovering ? 'Choose a new teacher PIN with your recovery code' : status.pinSet ? 'Enter the teacher PIN' : 'Choose a teacher PIN';
  return (
    <TeacherPage title="Teacher">
      {status.problem && (
        <p role="alert" className="storage-warning">
          {status.problem}
        </p>
      )}
      <form className="gate-card teacher-gate" onSubmit={submit} aria-labelledby="gate-form-title">
        <h2 id="gate-form-title">{title}</h2>
        <p className="muted">
          {status.pinSet
            ? 'Teacher mode is where assignments are made and class results are read.'
            : 'Teacher mode is protected so students on a shared computer do not wander in. Choose 4 to 12 digits and keep them to yourself.'}{' '}
          The PIN keeps students from opening teacher mode in Lenses; it does not encrypt anything on this computer.
        </p>
        {recovering && (
          <>
            <label htmlFor="recovery-code">Recovery code</label>
            <input id="recovery-code" type="text" autoComplete="off" spellCheck={false} maxLength={64} value={code} onChange={(e) => setCode(e.currentTarget.value)} />
          </>
        )}
        <label htmlFor="teacher-pin">{recovering ? 'New teacher PIN' : 'Teacher PIN'}</label>
        <input id="teacher-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={pin} onChange={(e) => setPin(e.currentTarget.value)} />
        {choosing && (
          <>
            <label htmlFor="teacher-pin-again">The same PIN again</label>
            <input id="teacher-pin-again" type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={again} onChange={(e) => setAgain(e.currentTarget.value)} />
          </>
        )}
        <button type="submit" className="primary" disabled={pin.length < 4 || (recovering && code.trim() === '')}>
          {recovering ? 'Set the new PIN and open' : status.pinSet ? 'Open teacher mode' : 'Set PIN and open'}
        </button>
        {status.pinSet && status.hasRecoveryCode && status.problem === null && (
          <button type="button" className="link-button" onClick={() => { setRecovering((r) => !r); setError(null); }}>
            {recovering ? 'I know the PIN' : 'Forgot the PIN? Use the recovery code'}
          </button>
        )}
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </TeacherPage>
  );
}
