/**
 * Files opened from the app menu or by double-click: an assignment opens through the contract and
 * the app goes to it; a results file is imported and the teacher is told whose results came in,
 * or why a file was turned away.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { expect, it } from 'vitest';
import { installFakeLenses, sendMenuCommand, sendOpenFile } from '../../../tests/support/fake-lenses';
import { fixtureAssignment } from '../../../tests/support/renderer-fixtures';
import { useOpenedFiles } from './useOpenedFiles';

const TOKEN = '0123456789abcdef0123456789abcdef';

function Opener() {
  const [message, setMessage] = useState<string | null>(null);
  useOpenedFiles(setMessage);
  return message ? <p role="alert">{message}</p> : null;
}

it('opens the assignment picked with “Open an assignment file…” and goes to it', async () => {
  const assignment = await fixtureAssignment();
  const lenses = installFakeLenses({ openAssignmentFile: async () => ({ assignment, alreadyHad: false }) });
  render(<Opener />);

  act(() => sendMenuCommand('open-assignment'));
  await waitFor(() => expect(window.location.hash).toBe(`#/assignment/${assignment.id}`));
  expect(lenses.openAssignmentFile).toHaveBeenCalledTimes(1);
});

it('stays put when the open dialog is cancelled', async () => {
  const lenses = installFakeLenses({ openAssignmentFile: async () => ({ assignment: null, alreadyHad: false }) });
  render(<Opener />);

  act(() => sendMenuCommand('open-assignment'));
  await waitFor(() => expect(lenses.openAssignmentFile).toHaveBeenCalledTimes(1));
  expect(window.location.hash).toBe('');
  expect(screen.queryByRole('alert')).toBeNull();
});

it('opens an assignment file the operating system hands over', async () => {
  const assignment = await fixtureAssignment();
  const lenses = installFakeLenses({ openAssignmentFromPath: async () => ({ assignment, alreadyHad: true }) });
  render(<Opener />);

  act(() => sendOpenFile({ file: TOKEN, name: 'Flood reports.lensesassignment', kind: 'assignment' }));
  await waitFor(() => expect(window.location.hash).toBe(`#/assignment/${assignment.id}`));
  expect(lenses.openAssignmentFromPath).toHaveBeenCalledWith({ file: TOKEN });
});

it('imports a results file the operating system hands over, and says whose results came in', async () => {
  const lenses = installFakeLenses({
    importResultsFromPaths: async () => ({ imported: [{ file: 'ana.lensesresults', student: 'Ana', assignmentId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' }], rejected: [] }),
  });
  render(<Opener />);

  act(() => sendOpenFile({ file: TOKEN, name: 'ana.lensesresults', kind: 'results' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Imported results from Ana.');
  expect(lenses.importResultsFromPaths).toHaveBeenCalledWith({ files: [TOKEN] });
});

it('says why a results file was turned away', async () => {
  installFakeLenses({
    importResultsFromPaths: async () => ({ imported: [], rejected: [{ file: 'ana.lensesresults', reason: 'It answers an assignment this computer does not have.', code: 'other-assignment' }] }),
  });
  render(<Opener />);

  act(() => sendOpenFile({ file: TOKEN, name: 'ana.lensesresults', kind: 'results' }));
  expect((await screen.findByRole('alert')).textContent).toBe('ana.lensesresults: It answers an assignment this computer does not have.');
});
