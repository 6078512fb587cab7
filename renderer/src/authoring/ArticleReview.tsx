import { useMemo, useRef, useState } from 'react';
import type { Article } from '../../../content/schema/article-set';
import { mainSpan, spanText, type DraftArticle, type Proposal } from '../../../content/authoring/draft';
import { FRAMING_DEVICE_LABELS, HEDGE_LABELS, SOURCE_TYPE_LABELS } from '../../../content/schema/labels';
import { PROPOSAL_KIND_LABELS, PROPOSAL_STATUS_LABELS } from '../../../content/authoring/labels';
import { getLenses } from '../shared/lenses';
import { ArticleText, type TextMark } from '../compare/ArticleText';
import { MetadataForm } from './MetadataForm';
import { ProposalEditor } from './ProposalEditor';
import type { DraftProps } from './draft-props';

const MARK_KIND = { attribution: 'hl-attribution', number: 'hl-number', framing: 'hl-framing' } as const;

/** A quotation in the list: its marks as written, its first words when it is long. */
function quoted(text: string): string {
  const words = text.split(/\s+/u);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : text;
}

/** What a proposal says, in one line for the list. */
function describeProposal(article: DraftArticle, p: Proposal): string {
  switch (p.kind) {
    case 'attribution':
      if (p.quote && (!p.source || p.cue.start === p.quote.start)) return `direct quotation ${quoted(spanText(article, p.quote))} · no speaker yet`;
      return `${p.source ? `“${spanText(article, p.source)}”` : 'no source yet'} + “${spanText(article, p.cue)}” · ${SOURCE_TYPE_LABELS[p.sourceType]}${p.quote ? ` · direct quotation ${quoted(spanText(article, p.quote))}` : ''}`;
    case 'number':
      return `“${spanText(article, p.figure)}” · counts ${p.counts} · ${p.hedge === 'none' ? 'no hedge' : `hedge: ${HEDGE_LABELS[p.hedge]}`}`;
    case 'framing':
      return `“${spanText(article, p.span)}” · ${FRAMING_DEVICE_LABELS[p.device]}`;
  }
}

/** An article's details and the review of the analyser's proposals, beside the text. */
export function ArticleReview({ view, apply, article }: DraftProps & { article: DraftArticle }) {
  const lenses = getLenses();
  const [current, setCurrent] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  const draftId = view.draft.id;
  const visible = article.proposals;
  const counts = {
    accepted: visible.filter((p) => p.status === 'accepted').length,
    proposed: visible.filter((p) => p.status === 'proposed').length,
    rejected: visible.filter((p) => p.status === 'rejected').length,
  };

  const asArticle: Article = useMemo(
    () => ({
      id: article.id,
      sourceFile: '',
      outlet: article.outlet,
      published: article.published,
      language: article.language,
      direction: 'ltr',
      shortTitle: article.shortTitle,
      blocks: article.blocks,
      annotations: [],
    }),
    [article],
  );
  const marks: TextMark[] = useMemo(() => {
    const out: TextMark[] = [];
    for (const p of article.proposals) {
      if (p.status === 'rejected') continue;
      const cls = `hl ${MARK_KIND[p.kind]} proposal-${p.status}${p.id === current ? ' is-active' : ''}`;
      const label = `${PROPOSAL_STATUS_LABELS[p.status]} ${PROPOSAL_KIND_LABELS[p.kind].toLowerCase()}:`;
      out.push({ id: p.id, ...mainSpan(p), className: p.kind === 'attribution' ? `${cls} role-cue` : cls, label });
      if (p.kind === 'attribution' && p.source) out.push({ id: `${p.id}-source`, ...p.source, className: `${cls} role-source`, label: `${label} source` });
      if (p.kind === 'attribution' && p.quote && p.quote.start !== p.cue.start) out.push({ id: `${p.id}-quote`, ...p.quote, className: `${cls} role-claim`, label: `${label} quotation` });
    }
    return out;
  }, [article, current]);

  const decide = (p: Proposal, decision: 'accept' | 'reject' | 'undo') =>
    apply(
      () => lenses.reviewProposal({ draftId, articleId: article.id, proposalId: p.id, decision }),
      `${decision === 'accept' ? 'Accepted' : decision === 'reject' ? 'Rejected' : 'Back to proposed'}: ${spanText(article, mainSpan(p))}.`,
    );

  const onKey = (e: React.KeyboardEvent<HTMLLIElement>, index: number) => {
    if (e.target !== e.currentTarget) return;
    const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : e.key === 'Home' ? -index : e.key === 'End' ? visible.length - 1 - index : 0;
    if (move !== 0) {
      e.preventDefault();
      const next = visible[index + move];
      if (next) items.current.get(next.id)?.focus();
      return;
    }
    const p = visible[index];
    if (!p) return;
    if (e.key === 'a' || e.key === 'A') void decide(p, 'accept');
    if (e.key === 'r' || e.key === 'R') void decide(p, 'reject');
    if (e.key === 'e' || e.key === 'E') setEditing(p.id);
  };

  return (
    <div className="authoring review">
      <MetadataForm key={article.id} article={article} onSave={(metadata) => apply(() => lenses.updateArticle({ draftId, articleId: article.id, metadata }), 'Saved and confirmed the article’s details.')} />
      <div className="review-grid">
        <section aria-labelledby="review-text-title" className="panel review-text">
          <h2 id="review-text-title">The text</h2>
          <p className="legend" id="review-legend">
            <mark className="hl hl-attribution proposal-proposed">dashed: proposed</mark> <mark className="hl hl-attribution proposal-accepted">solid: accepted</mark> Rejected proposals are not marked.
          </p>
          <ArticleText article={asArticle} marks={marks} />
        </section>
        <section aria-labelledby="proposals-title" className="panel review-list">
          <h2 id="proposals-title">Proposed highlights</h2>
          <p id="proposals-help" className="muted">
            {counts.accepted} accepted, {counts.proposed} to review, {counts.rejected} rejected. Use Tab or the arrow keys to move between proposals; A accepts, R rejects, E edits.
          </p>
          <ol className="proposal-list" aria-labelledby="proposals-title" aria-describedby="proposals-help">
            {visible.map((p, index) => {
              const title = `${PROPOSAL_KIND_LABELS[p.kind]}: ${describeProposal(article, p)}`;
              return (
                <li
                  key={p.id}
                  ref={(el) => {
                    if (el) items.current.set(p.id, el);
                    else items.current.delete(p.id);
                  }}
                  tabIndex={0}
                  className={`proposal proposal-item-${p.status}${p.id === current ? ' is-current' : ''}`}
                  aria-label={`${PROPOSAL_STATUS_LABELS[p.status]}. ${title}`}
                  onFocus={() => setCurrent(p.id)}
                  onKeyDown={(e) => onKey(e, index)}
                >
                  <p className="proposal-title">
                    <span className={`status-tag status-${p.status}`}>{PROPOSAL_STATUS_LABELS[p.status]}{p.edited ? ', edited' : ''}</span> <strong>{PROPOSAL_KIND_LABELS[p.kind]}</strong>: {describeProposal(article, p)}
                  </p>
                  {p.reason && <p className="proposal-reason">Why proposed: {p.reason}</p>}
                  {editing === p.id ? (
                    <ProposalEditor
                      article={article}
                      proposal={p}
                      onCancel={() => setEditing(null)}
                      onSave={async (edit) => {
                        const ok = await apply(() => lenses.editProposal({ draftId, articleId: article.id, proposalId: p.id, proposal: edit }), `Saved your changes and accepted: ${spanText(article, mainSpan(edit as Proposal))}.`);
                        if (ok) setEditing(null);
                      }}
                    />
                  ) : (
                    <div className="row-actions">
                      {p.status !== 'accepted' && (
                        <button type="button" className="small" onClick={() => void decide(p, 'accept')} aria-label={`Accept: ${title}`}>
                          Accept
                        </button>
                      )}
                      {p.status !== 'rejected' && (
                        <button type="button" className="small" onClick={() => void decide(p, 'reject')} aria-label={`Reject: ${title}`}>
                          Reject
                        </button>
                      )}
                      <button type="button" className="small" onClick={() => setEditing(p.id)} aria-label={`Edit: ${title}`}>
                        Edit
                      </button>
                      {p.status !== 'proposed' && (
                        <button type="button" className="small link-button" onClick={() => void decide(p, 'undo')} aria-label={`Undo the decision: ${title}`}>
                          Undo
                        </button>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {visible.length === 0 && <p>Lenses proposed nothing in this text.</p>}
        </section>
      </div>
    </div>
  );
}
