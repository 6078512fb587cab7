import type { AnnotationKind } from '../../../content/schema/article-set';
import { LAYER_INFO, useLayersOnElement, type Layers, type LayerStore } from './layers';

/** Each switch checked as its layer is on (when a layer is switched on from elsewhere, e.g. a jump from the numbers table). */
function showSwitches(fieldset: HTMLFieldSetElement, layers: Layers): void {
  const { elements } = fieldset;
  for (let i = 0; i < elements.length; i += 1) {
    const input = elements[i];
    if (!(input instanceof HTMLInputElement)) continue;
    const on = layers[input.value as AnnotationKind];
    if (input.checked !== on) input.checked = on;
  }
}

/**
 * One switch per highlight layer, each with its sample: colour, underline style and symbol. A
 * click on a switch renders nothing in React: the checkbox checks itself, and the store's listeners
 * show the change on the page (the switches here are uncontrolled for that: a controlled checkbox
 * is set back by React unless the click renders it again).
 */
export function LayerControls({ layers, counts }: { layers: LayerStore; counts: Record<AnnotationKind, number> }) {
  const ref = useLayersOnElement(layers, showSwitches);
  const on = layers.get();
  return (
    <fieldset className="layer-controls" ref={ref}>
      <legend>Highlights</legend>
      {LAYER_INFO.map(({ kind, label, symbol }) => (
        <label key={kind} className={`layer-toggle layer-${kind}`}>
          <input
            type="checkbox"
            value={kind}
            defaultChecked={on[kind]}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              layers.set((l) => (l[kind] === checked ? l : { ...l, [kind]: checked }));
            }}
          />
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
