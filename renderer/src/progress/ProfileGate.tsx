import { useState, type FormEvent } from 'react';
import { getLenses, messageOf } from '../shared/lenses';
import { useAsync } from '../shared/useAsync';
import { useProfile, type Profile } from './ProfileContext';
import { useDataPlace } from '../shared/useDataPlace';

/** "Who is studying?": pick a profile (with its PIN if it has one) or create one. No accounts, no network. */
export function ProfileGate() {
  const { signedIn, browse } = useProfile();
  const [list, reload] = useAsync(() => getLenses().listProfiles({}), []);
  const [chosen, setChosen] = useState<Profile | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [newPin, setNewPin] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);
  const place = useDataPlace();

  const open = async (p: Profile, withPin?: string) => {
    setError(null);
    try {
      const opened = await getLenses().openProfile(withPin ? { profileId: p.id, pin: withPin } : { profileId: p.id });
      await signedIn(opened);
    } catch (e) {
      setError(messageOf(e));
      setPin('');
    }
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setCreateError(null);
    if (newPin && !/^\d{4}$/.test(newPin)) {
      setCreateError('A PIN is exactly 4 digits, or leave it empty.');
      return;
    }
    try {
      const created = await getLenses().createProfile(newPin ? { name, pin: newPin } : { name });
      await signedIn(created);
    } catch (err) {
      setCreateError(messageOf(err));
      reload();
    }
  };

  return (
    <section aria-labelledby="gate-title" className="screen gate">
      <h1 id="gate-title">Who is studying?</h1>
      <p className="lead">Your progress is saved {place} under your name. A PIN keeps classmates from opening your work in Lenses on a shared computer; it does not encrypt it.</p>
      <div className="gate-grid">
        <div className="gate-card">
          <h2>Continue</h2>
          {list.status === 'loading' && <p role="status">Loading profiles…</p>}
          {list.status === 'error' && <p role="alert">{list.message}</p>}
          {list.status === 'ready' && list.value.profiles.length === 0 && <p>No profiles yet {place}. Create one.</p>}
          {list.status === 'ready' && list.value.profiles.length > 0 && (
            <ul className="profile-list">
              {list.value.profiles.map((p) => (
                <li key={p.id}>
                  <button type="button" onClick={() => (p.hasPin ? (setChosen(p), setError(null), setPin('')) : void open(p))} aria-pressed={chosen?.id === p.id}>
                    {p.name}
                    {p.hasPin && <span className="pin-tag"> (PIN)</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {chosen && (
            <form
              className="pin-form"
              onSubmit={(e) => {
                e.preventDefault();
                void open(chosen, pin);
              }}
            >
              <label htmlFor="pin-input">PIN for {chosen.name}</label>
              <input id="pin-input" type="password" inputMode="numeric" autoComplete="off" maxLength={4} value={pin} onChange={(e) => setPin(e.currentTarget.value)} autoFocus />
              <button type="submit" className="primary" disabled={pin.length !== 4}>
                Open
              </button>
            </form>
          )}
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
        </div>
        <form className="gate-card" onSubmit={create} aria-labelledby="new-profile-title">
          <h2 id="new-profile-title">New profile</h2>
          <label htmlFor="new-name">Your name</label>
          <input id="new-name" value={name} maxLength={40} onChange={(e) => setName(e.currentTarget.value)} autoComplete="off" />
          <label htmlFor="new-pin">PIN (optional, 4 digits)</label>
          <input id="new-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={4} value={newPin} onChange={(e) => setNewPin(e.currentTarget.value)} />
          <button type="submit" className="primary" disabled={name.trim().length === 0}>
            Create profile
          </button>
          {createError && (
            <p role="alert" className="form-error">
              {createError}
            </p>
          )}
        </form>
      </div>
      <p>
        <button type="button" className="link-button" onClick={browse}>
          Just look around (nothing is saved)
        </button>
      </p>
    </section>
  );
}
