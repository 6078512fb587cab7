import { PROPOSAL_STATUS_LABELS } from '../../../content/authoring/labels';
import { getLenses } from '../shared/lenses';
import type { DraftProps } from './draft-props';
import { linkMembers } from './set-summary';

/** Links the analyser proposes across the set's articles, each accepted or rejected (shown only when there are any). */
export function SetLinks({ view, apply }: Pick<DraftProps, 'view' | 'apply'>) {
  const { draft } = view;
  const lenses = getLenses();
  const draftId = draft.id;
  if (draft.links.length === 0) return null;
  return (
    <section aria-labelledby="links-title" className="panel">
      <h2 id="links-title">Links across articles ({draft.links.length})</h2>
      <p>Lenses thinks these highlights in different reports are about the same thing. An accepted link lets students jump between them in Compare; its highlights must be accepted too.</p>
      <ul className="plain-list proposal-list" aria-label="Proposed links across articles">
        {draft.links.map((link) => (
          <li key={link.id} className={`proposal proposal-item-${link.status}`}>
            <p className="proposal-title">
              <span className={`status-tag status-${link.status}`}>{PROPOSAL_STATUS_LABELS[link.status]}</span> <strong>{link.title}</strong>: {linkMembers(draft, link).join(', ')}
            </p>
            <p className="proposal-reason">Why proposed: {link.description}</p>
            <div className="row-actions">
              {link.status !== 'accepted' && (
                <button type="button" className="small" aria-label={`Accept link: ${link.title}`} onClick={() => void apply(() => lenses.reviewLink({ draftId, linkId: link.id, decision: 'accept' }), `Accepted the link “${link.title}”.`)}>
                  Accept
                </button>
              )}
              {link.status !== 'rejected' && (
                <button type="button" className="small" aria-label={`Reject link: ${link.title}`} onClick={() => void apply(() => lenses.reviewLink({ draftId, linkId: link.id, decision: 'reject' }), `Rejected the link “${link.title}”.`)}>
                  Reject
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
