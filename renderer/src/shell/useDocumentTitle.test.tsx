/** The window's title names the screen shown, and follows the student from screen to screen. */
import { act, render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { navigate } from '../shared/routes';
import { screenLabel } from './screen-label';
import { useDocumentTitle } from './useDocumentTitle';
import { useRoute } from './useRoute';

function Titled() {
  useDocumentTitle(screenLabel(useRoute().screen));
  return null;
}

it('names the screen shown in the title, and changes it when the screen changes', () => {
  window.location.hash = '#/library';
  render(<Titled />);
  expect(document.title).toBe('Library – Lenses');

  act(() => navigate({ screen: 'progress' }));
  expect(document.title).toBe('Progress – Lenses');

  act(() => navigate({ screen: 'assignment', id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' }));
  expect(document.title).toBe('Assignment – Lenses');

  act(() => navigate({ screen: 'print', assignmentId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' }));
  expect(document.title).toBe('Class report – Lenses');
});
