import type { AnnotationKind } from '../../../content/schema/article-set';
import { LAYER_INFO, type Layers } from './layers';

/** One switch per highlight layer, each with its sample: colour, underline style and symbol. */
export function LayerControls({ layers, onChange, counts }: { layers: Layers; onChange: (l: Layers) => void; counts: Record<AnnotationKind, number> }) {
  return (
    <fieldset className="layer-controls">
      <legend>Highlights</legend>
      {LAYER_INFO.map(({ kind, label, symbol }) => (
        <label key={kind} className={`layer-toggle layer-${kind}`}>
          <input type="checkbox" checked={layers[kind]} onChange={(e) => onChange({ ...layers, [kind]: e.currentTarget.checked })} />
          <span className={`legend-swatch hl hl-${kind}`} aria-hidden="true">
            {symbol}
          </span>
          <span>
            {label} <span className="legend-style">({counts[kind]})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * What every mark means, said once for all columns: each underline style, the ⇄ sign, the outlines
 * of the chosen highlight and its counterparts, and where the articles' names come from.
 */
export function CompareKey({ namesByLenses }: { namesByLenses: boolean }) {
  return (
    <div className="compare-key" role="note" aria-label="Key to the highlights">
      <p>
        <strong>Key: </strong>
        <span className="key-item">
          <span className="hl hl-attribution role-source sample">who says so</span> solid underline,{' '}
          <span className="hl hl-attribution role-cue sample">said</span> reporting words in bold,{' '}
          <span className="hl hl-attribution role-claim sample">a claim</span> dotted: no source given;
        </span>{' '}
        <span className="key-item">
          <span className="hl hl-number sample">40</span> double underline: a figure;
        </span>{' '}
        <span className="key-item">
          <span className="hl hl-framing sample">word choice</span> wavy underline: framing;
        </span>{' '}
        <span className="key-item">
          <span className="key-sign" aria-hidden="true">⇄</span> has counterparts in other reports;
        </span>{' '}
        <span className="key-item">
          <span className="sample sample-active">solid outline</span> the highlight you chose,{' '}
          <span className="sample sample-linked">dashed outline</span> its counterparts.
        </span>
      </p>
      <p>
        Click a highlight, or Tab into an article and use the arrow keys, to open its note.
        {namesByLenses && ' Article names are short titles given by Lenses; a report’s own headline, where it has one, opens its text.'}
      </p>
    </div>
  );
}
