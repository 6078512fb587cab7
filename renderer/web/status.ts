/**
 * A plain message over the app while the core cannot serve this tab: another tab holds it (no
 * SharedWorker here), or it could not start. Plain DOM, outside React, so it shows even when the
 * app cannot start at all.
 */
import type { CoreState } from '../../main/web/worker-protocol';

let box: HTMLElement | null = null;

export function showStatus(state: CoreState, message?: string): void {
  if (state === 'ready' || state === 'starting' || !message) {
    box?.remove();
    box = null;
    return;
  }
  if (!box) {
    box = document.createElement('div');
    box.className = 'web-status';
    box.setAttribute('role', 'alert');
    document.body.prepend(box);
  }
  box.dataset.state = state;
  box.replaceChildren();
  const title = document.createElement('p');
  title.className = 'web-status-title';
  title.textContent = state === 'waiting-for-other-tab' ? 'Lenses is open in another tab' : 'Lenses cannot start';
  const text = document.createElement('p');
  text.textContent = message;
  box.append(title, text);
  if (state === 'failed') {
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = 'Try again';
    reload.addEventListener('click', () => window.location.reload());
    box.append(reload);
  }
}
