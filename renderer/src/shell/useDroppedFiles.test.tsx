/**
 * An assignment file dropped on the window: the desktop app opens it through the contract (by the
 * token main gives for the file) and goes to it; the web build, which has no token to give, says
 * what to do instead.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { expect, it } from 'vitest';
import { installFakeLenses } from '../../../tests/support/fake-lenses';
import { fixtureAssignment } from '../../../tests/support/renderer-fixtures';
import { useDroppedFiles } from './useDroppedFiles';

const TOKEN = '0123456789abcdef0123456789abcdef';

function DropTarget() {
  const [message, setMessage] = useState<string | null>(null);
  useDroppedFiles(setMessage);
  return message ? <p role="alert">{message}</p> : null;
}

const dropped = () => new File(['{}'], 'Flood reports.lensesassignment');
const drop = (files: File[]) => fireEvent.drop(window, { dataTransfer: { files, types: ['Files'] } });

it('opens a dropped assignment file through main and goes to the assignment', async () => {
  const assignment = await fixtureAssignment();
  const lenses = installFakeLenses({ openAssignmentFromPath: async () => ({ assignment, alreadyHad: false }) });
  const file = dropped();
  lenses.fileToken = async (f) => (f === file ? TOKEN : null);
  render(<DropTarget />);

  // Taken by the app: the browser does not open the file in place of Lenses.
  expect(fireEvent.dragOver(window, { dataTransfer: { files: [file], types: ['Files'] } })).toBe(false);
  expect(drop([file])).toBe(false);

  await waitFor(() => expect(window.location.hash).toBe(`#/assignment/${assignment.id}`));
  expect(lenses.openAssignmentFromPath).toHaveBeenCalledWith({ file: TOKEN });
  expect(screen.queryByRole('alert')).toBeNull();
});

it('says where a dropped file can be opened when this host cannot open it', async () => {
  const lenses = installFakeLenses({});
  render(<DropTarget />);
  drop([dropped()]);

  expect((await screen.findByRole('alert')).textContent).toBe('Dropped files can only be opened in the Lenses desktop app. Use “Open an assignment file…” instead.');
  expect(lenses.openAssignmentFromPath).not.toHaveBeenCalled();
  expect(window.location.hash).toBe('');
});

it('shows why a dropped file could not be opened', async () => {
  const lenses = installFakeLenses({
    openAssignmentFromPath: async () => {
      throw new Error('This file is not a Lenses assignment.');
    },
  });
  lenses.fileToken = async () => TOKEN;
  render(<DropTarget />);
  drop([dropped()]);

  expect((await screen.findByRole('alert')).textContent).toBe('This file is not a Lenses assignment.');
  expect(window.location.hash).toBe('');
});
