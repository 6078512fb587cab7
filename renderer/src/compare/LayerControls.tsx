import type { AnnotationKind } from '../../../content/schema/article-set';
import { LAYER_INFO, type Layers } from './layers';

/** One switch per highlight layer, each with its legend: colour, underline style and symbol. */
export function LayerControls({ layers, onChange, counts }: { layers: Layers; onChange: (l: Layers) => void; counts: Record<AnnotationKind, number> }) {
  return (
    <fieldset className="layer-controls">
      <legend>Highlights</legend>
      {LAYER_INFO.map(({ kind, label, style, symbol }) => (
        <label key={kind} className={`layer-toggle layer-${kind}`}>
          <input type="checkbox" checked={layers[kind]} onChange={(e) => onChange({ ...layers, [kind]: e.currentTarget.checked })} />
          <span className={`legend-swatch hl hl-${kind}`} aria-hidden="true">
            {symbol} sample
          </span>
          <span>
            {label} <span className="legend-style">({style}, {counts[kind]})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
