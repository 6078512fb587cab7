/**
 * The layer store and what shows its choice on the page without a render of React: the switches
 * (real checkboxes, by mouse and keyboard), and any element kept in step by `useLayersOnElement`
 * (the articles' container's classes, each column's count).
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LayerControls } from './LayerControls';
import { createLayerStore, DEFAULT_LAYERS, layersOffClasses, showLayersOff, useLayersOnElement, type Layers, type LayerStore } from './layers';

const ALL_ON: Layers = { attribution: true, number: true, framing: true };
const counts = { attribution: 12, number: 3, framing: 0 };

describe('createLayerStore', () => {
  it('tells its listeners of each change, and not of an update that changes nothing', () => {
    const store = createLayerStore(DEFAULT_LAYERS);
    const heard = vi.fn();
    const unsubscribe = store.subscribe(heard);
    store.set((l) => ({ ...l, number: true }));
    expect(store.get()).toEqual({ attribution: true, number: true, framing: false });
    expect(heard).toHaveBeenCalledTimes(1);
    store.set((l) => l);
    expect(heard).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.set((l) => ({ ...l, framing: true }));
    expect(heard).toHaveBeenCalledTimes(1);
    expect(store.get().framing).toBe(true);
  });

  it('tells every listener, also when one of them stops listening while it is told', () => {
    const store = createLayerStore(DEFAULT_LAYERS);
    const second = vi.fn();
    const stop = store.subscribe(() => stop());
    store.subscribe(second);
    store.set((l) => ({ ...l, framing: true }));
    expect(second).toHaveBeenCalledTimes(1);
  });
});

describe('the classes of a container of articles', () => {
  it('name each layer switched off, as drawn and as set on the page', () => {
    expect(layersOffClasses(ALL_ON)).toBe('');
    expect(layersOffClasses({ attribution: false, number: true, framing: false })).toBe(' layers-off-attribution layers-off-framing');
    const el = document.createElement('div');
    el.className = 'columns columns-5';
    showLayersOff(el, { attribution: true, number: false, framing: true });
    expect(el.className).toBe('columns columns-5 layers-off-number');
    showLayersOff(el, { attribution: true, number: true, framing: false });
    expect(el.className).toBe('columns columns-5 layers-off-framing');
  });
});

/** A container drawn by React whose layer classes follow the store, counting its renders. */
function Scope({ store, base, onRender }: { store: LayerStore; base: string; onRender: () => void }) {
  const ref = useLayersOnElement<HTMLDivElement>(store, showLayersOff);
  onRender();
  return <div data-testid="scope" ref={ref} className={base + layersOffClasses(store.get())} />;
}

describe('useLayersOnElement', () => {
  it('shows each switch on the element without a render, and a render keeps what the store says', () => {
    const store = createLayerStore(ALL_ON);
    const onRender = vi.fn();
    const view = render(<Scope store={store} base="columns columns-5" onRender={onRender} />);
    const scope = screen.getByTestId('scope');
    expect(scope.className).toBe('columns columns-5');
    act(() => store.set((l) => ({ ...l, number: false })));
    expect(scope.className).toBe('columns columns-5 layers-off-number');
    expect(onRender).toHaveBeenCalledTimes(1);
    // A render for another reason (another column count) draws its own classes and the layers'.
    view.rerender(<Scope store={store} base="columns columns-4" onRender={onRender} />);
    expect(scope.className).toBe('columns columns-4 layers-off-number');
    act(() => store.set((l) => ({ ...l, number: true, framing: false })));
    expect(scope.className).toBe('columns columns-4 layers-off-framing');
  });

  it('stops listening when the element goes', () => {
    const store = createLayerStore(ALL_ON);
    const view = render(<Scope store={store} base="columns" onRender={() => {}} />);
    const scope = screen.getByTestId('scope');
    view.unmount();
    act(() => store.set((l) => ({ ...l, framing: false })));
    expect(scope.className).toBe('columns');
  });
});

function Switches({ store, onRender }: { store: LayerStore; onRender: () => void }) {
  return (
    <Profiler id="switches" onRender={onRender}>
      <LayerControls layers={store} counts={counts} />
    </Profiler>
  );
}

describe('LayerControls', () => {
  it('are checkboxes named by their layer and count, checked as the layers are on', () => {
    render(<Switches store={createLayerStore(DEFAULT_LAYERS)} onRender={() => {}} />);
    expect(screen.getByRole('group', { name: 'Highlights' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /^Attribution \(12\)/u }).checked).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /^Numbers \(3\)/u }).checked).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /^Framing \(0\)/u }).checked).toBe(false);
  });

  it('switch a layer by mouse and by keyboard, without a render', async () => {
    const user = userEvent.setup();
    const store = createLayerStore(DEFAULT_LAYERS);
    const onRender = vi.fn();
    render(<Switches store={store} onRender={onRender} />);
    expect(onRender).toHaveBeenCalledTimes(1);
    const numbers = screen.getByRole<HTMLInputElement>('checkbox', { name: /^Numbers/u });
    await user.click(numbers);
    expect(store.get()).toEqual({ attribution: true, number: true, framing: false });
    expect(numbers.checked).toBe(true);
    await user.click(screen.getByText('Attribution'));
    expect(store.get()).toEqual({ attribution: false, number: true, framing: false });
    numbers.focus();
    await user.keyboard(' ');
    expect(store.get()).toEqual({ attribution: false, number: false, framing: false });
    expect(numbers.checked).toBe(false);
    expect(onRender).toHaveBeenCalledTimes(1);
  });

  it('follow a layer switched on from elsewhere (a jump to a figure from the numbers table)', () => {
    const store = createLayerStore(DEFAULT_LAYERS);
    render(<Switches store={store} onRender={() => {}} />);
    act(() => store.set((l) => ({ ...l, number: true })));
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /^Numbers/u }).checked).toBe(true);
  });

  it('show the store as it is when drawn again, also after a change while they were away', () => {
    const store = createLayerStore(DEFAULT_LAYERS);
    function Toggled() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setShown((s) => !s)}>
            Show or hide
          </button>
          {shown && <LayerControls layers={store} counts={counts} />}
        </>
      );
    }
    render(<Toggled />);
    act(() => screen.getByRole('button', { name: 'Show or hide' }).click());
    act(() => store.set((l) => ({ ...l, framing: true })));
    act(() => screen.getByRole('button', { name: 'Show or hide' }).click());
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /^Framing/u }).checked).toBe(true);
  });
});
