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

let profileDialog: HTMLDialogElement | null = null;

/**
 * Another tab switched the profile. The core has one current profile, so this tab's screens would
 * now save to someone else's progress: cover them (a modal dialog makes the page behind it inert)
 * until the tab reloads and shows who is studying now.
 */
export function showProfileChanged(): void {
  if (profileDialog) return;
  const dialog = document.createElement('dialog');
  dialog.className = 'dialog web-profile-dialog';
  dialog.setAttribute('aria-labelledby', 'web-profile-title');
  dialog.setAttribute('aria-describedby', 'web-profile-text');
  const title = document.createElement('h2');
  title.id = 'web-profile-title';
  title.textContent = 'The profile was switched in another tab';
  const text = document.createElement('p');
  text.id = 'web-profile-text';
  text.textContent = 'Lenses has one student signed in at a time in this browser. Reload this tab to see who is studying now.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'primary';
  reload.textContent = 'Reload this tab';
  reload.addEventListener('click', () => window.location.reload());
  dialog.append(title, text, reload);
  // Escape would only close the dialog and leave the stale screen usable: reload is the way out.
  dialog.addEventListener('cancel', (event) => event.preventDefault());
  document.body.append(dialog);
  dialog.showModal();
  profileDialog = dialog;
}
