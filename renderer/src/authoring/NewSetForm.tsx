import { useState } from 'react';
import { getLenses, messageOf } from '../shared/lenses';
import { navigate, routeToHash } from '../shared/routes';
import { TeacherPage } from '../shared/TeacherPage';

/** Title, description and topic of a new article set; then the set editor opens. */
export function NewSetForm({ onLock }: { onLock: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [topic, setTopic] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!title.trim() || !description.trim() || !topic.trim()) {
      setError('Give the set a title, a description and a topic.');
      return;
    }
    setBusy(true);
    try {
      const view = await getLenses().createDraft({ title, description, topic });
      navigate({ screen: 'teacher', draftId: view.draft.id });
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };
  return (
    <TeacherPage title="New article set" onLock={onLock} crumb={<a href={routeToHash({ screen: 'teacher' })}>Teacher</a>}>
      <form className="builder authoring-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="panel">
          <legend>About the set</legend>
          <label htmlFor="set-title">Title</label>
          <input id="set-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
          <label htmlFor="set-description">Description (what students will compare)</label>
          <textarea id="set-description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} required />
          <label htmlFor="set-topic">Topic</label>
          <input id="set-topic" value={topic} onChange={(e) => setTopic(e.target.value)} maxLength={200} required />
        </fieldset>
        <div role="alert">{error && <p className="form-error">{error}</p>}</div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            Create and add articles
          </button>
        </div>
      </form>
    </TeacherPage>
  );
}
