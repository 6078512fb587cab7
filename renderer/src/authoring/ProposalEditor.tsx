import { useState } from 'react';
import type { FramingDevice, Hedge, SourceType } from '../../../content/schema/article-set';
import { mainSpan, spanText, type BlockSpan, type DraftArticle, type Proposal } from '../../../content/authoring/draft';
import type { ProposalEdit } from '../../../main/ipc/authoring-channels';
import { FRAMING_DEVICE_LABELS, HEDGE_LABELS, SOURCE_TYPE_LABELS } from '../../../content/schema/labels';
import { PROPOSAL_KIND_LABELS } from '../../../content/authoring/labels';

type Kind = Proposal['kind'];

/** Block, start and end of some words, with the words they give. */
function SpanFields({ article, legend, span, onChange, idBase }: { article: DraftArticle; legend: string; span: BlockSpan; onChange: (s: BlockSpan) => void; idBase: string }) {
  const block = article.blocks.find((b) => b.id === span.block);
  const max = block?.text.length ?? 0;
  return (
    <fieldset className="field-group span-fields">
      <legend>{legend}</legend>
      <label htmlFor={`${idBase}-block`}>Paragraph</label>
      <select id={`${idBase}-block`} value={span.block} onChange={(e) => onChange({ block: e.target.value, start: 0, end: Math.min(1, article.blocks.find((b) => b.id === e.target.value)?.text.length ?? 1) })}>
        {article.blocks.map((b, i) => (
          <option key={b.id} value={b.id}>
            {i + 1}: {b.text.slice(0, 40)}…
          </option>
        ))}
      </select>
      <span className="span-offsets">
        <label htmlFor={`${idBase}-start`}>Starts at character</label>
        <input id={`${idBase}-start`} type="number" min={0} max={max} value={span.start} onChange={(e) => onChange({ ...span, start: Number(e.target.value) })} />
        <label htmlFor={`${idBase}-end`}>Ends at character</label>
        <input id={`${idBase}-end`} type="number" min={1} max={max} value={span.end} onChange={(e) => onChange({ ...span, end: Number(e.target.value) })} />
      </span>
      <output htmlFor={`${idBase}-start ${idBase}-end`} className="span-preview" aria-live="polite">
        Words: “{spanText(article, span)}”
      </output>
    </fieldset>
  );
}

function initialEdit(p: Proposal): ProposalEdit {
  const { id: _id, status: _status, reason: _reason, edited: _edited, ...rest } = p;
  void _id;
  void _status;
  void _reason;
  void _edited;
  return rest as ProposalEdit;
}

function convert(edit: ProposalEdit, kind: Kind, article: DraftArticle): ProposalEdit {
  if (edit.kind === kind) return edit;
  const span = mainSpan(edit as Proposal);
  const words = spanText(article, span);
  if (kind === 'attribution') return { kind, cue: span, source: null, sourceType: 'named-person', speech: 'reported', note: edit.note };
  if (kind === 'number') return { kind, figure: span, value: Number.isFinite(Number(words.replace(/[^\d.]/gu, ''))) && /\d/u.test(words) ? Number(words.replace(/[^\d.]/gu, '')) : null, hedge: 'none', counts: 'to be described', unit: 'items', givenBy: null, note: edit.note };
  return { kind, span, device: 'label', refersTo: words || 'to be described', note: edit.note };
}

/** Change a proposal's words, its kind or its details; saving accepts it. */
export function ProposalEditor({ article, proposal, onSave, onCancel }: { article: DraftArticle; proposal: Proposal; onSave: (edit: ProposalEdit) => Promise<void>; onCancel: () => void }) {
  const [edit, setEdit] = useState<ProposalEdit>(() => initialEdit(proposal));
  const idBase = `edit-${proposal.id}`;
  const attributions = article.proposals.filter((p) => p.kind === 'attribution' && p.id !== proposal.id);
  const set = (patch: Partial<ProposalEdit>) => setEdit((e) => ({ ...e, ...patch }) as ProposalEdit);
  return (
    <form
      className="builder proposal-editor"
      aria-label={`Edit proposal ${spanText(article, mainSpan(proposal))}`}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(edit);
      }}
    >
      <label htmlFor={`${idBase}-kind`}>Kind</label>
      <select id={`${idBase}-kind`} value={edit.kind} onChange={(e) => setEdit((x) => convert(x, e.target.value as Kind, article))}>
        {(Object.keys(PROPOSAL_KIND_LABELS) as Kind[]).map((k) => (
          <option key={k} value={k}>
            {PROPOSAL_KIND_LABELS[k]}
          </option>
        ))}
      </select>
      {edit.kind === 'attribution' && (
        <>
          <SpanFields article={article} legend="Reporting words (“said”, “according to”)" span={edit.cue} onChange={(cue) => set({ cue })} idBase={`${idBase}-cue`} />
          {edit.source ? (
            <SpanFields article={article} legend="Source" span={edit.source} onChange={(source) => set({ source })} idBase={`${idBase}-source`} />
          ) : (
            <button type="button" className="small" onClick={() => set({ source: { ...edit.cue } })}>
              Give the source’s words
            </button>
          )}
          {edit.quote && <SpanFields article={article} legend="Direct quotation (with its quotation marks)" span={edit.quote} onChange={(quote) => set({ quote })} idBase={`${idBase}-quote`} />}
          <label htmlFor={`${idBase}-stype`}>Source type</label>
          <select id={`${idBase}-stype`} value={edit.sourceType} onChange={(e) => set({ sourceType: e.target.value as SourceType })}>
            {(Object.keys(SOURCE_TYPE_LABELS) as SourceType[]).map((t) => (
              <option key={t} value={t}>
                {SOURCE_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          <label htmlFor={`${idBase}-speech`}>Speech</label>
          <select id={`${idBase}-speech`} value={edit.speech} onChange={(e) => set({ speech: e.target.value as 'direct' | 'reported' | 'none' })}>
            <option value="direct">Direct quotation</option>
            <option value="reported">Reported speech</option>
            <option value="none">None</option>
          </select>
        </>
      )}
      {edit.kind === 'number' && (
        <>
          <SpanFields article={article} legend="Figure" span={edit.figure} onChange={(figure) => set({ figure })} idBase={`${idBase}-figure`} />
          <label htmlFor={`${idBase}-value`}>Value (empty for a vague quantity such as “dozens”)</label>
          <input id={`${idBase}-value`} type="number" value={edit.value ?? ''} onChange={(e) => set({ value: e.target.value === '' ? null : Number(e.target.value) })} />
          <label htmlFor={`${idBase}-hedge`}>Hedge</label>
          <select id={`${idBase}-hedge`} value={edit.hedge} onChange={(e) => set({ hedge: e.target.value as Hedge })}>
            {(Object.keys(HEDGE_LABELS) as Hedge[]).map((h) => (
              <option key={h} value={h}>
                {HEDGE_LABELS[h]}
              </option>
            ))}
          </select>
          <label htmlFor={`${idBase}-counts`}>What it counts</label>
          <input id={`${idBase}-counts`} value={edit.counts} onChange={(e) => set({ counts: e.target.value })} />
          <label htmlFor={`${idBase}-unit`}>Unit</label>
          <input id={`${idBase}-unit`} value={edit.unit} onChange={(e) => set({ unit: e.target.value })} />
          <label htmlFor={`${idBase}-given`}>Given by</label>
          <select id={`${idBase}-given`} value={edit.givenBy ?? ''} onChange={(e) => set({ givenBy: e.target.value || null })}>
            <option value="">No source (the reporter’s own figure)</option>
            {attributions.map((a) => (
              <option key={a.id} value={a.id}>
                {a.kind === 'attribution' && a.source ? spanText(article, a.source) : spanText(article, mainSpan(a))}
              </option>
            ))}
          </select>
        </>
      )}
      {edit.kind === 'framing' && (
        <>
          <SpanFields article={article} legend="Words" span={edit.span} onChange={(span) => set({ span })} idBase={`${idBase}-span`} />
          <label htmlFor={`${idBase}-device`}>Device</label>
          <select id={`${idBase}-device`} value={edit.device} onChange={(e) => set({ device: e.target.value as FramingDevice })}>
            {(Object.keys(FRAMING_DEVICE_LABELS) as FramingDevice[]).map((d) => (
              <option key={d} value={d}>
                {FRAMING_DEVICE_LABELS[d]}
              </option>
            ))}
          </select>
          <label htmlFor={`${idBase}-refers`}>What the words refer to</label>
          <input id={`${idBase}-refers`} value={edit.refersTo} onChange={(e) => set({ refersTo: e.target.value })} />
        </>
      )}
      <label htmlFor={`${idBase}-note`}>Note for students</label>
      <textarea id={`${idBase}-note`} rows={2} value={edit.note} onChange={(e) => set({ note: e.target.value })} />
      <div className="actions">
        <button type="submit" className="primary small">
          Save and accept
        </button>
        <button type="button" className="small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
