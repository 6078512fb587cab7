/**
 * Answering an exercise, through the screen a student uses (the player and its answer inputs),
 * with a fake of `window.lenses`: what the student chose or typed is the answer recorded, and the
 * feedback after checking names the words it is about without giving the answer away too early.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../main/ipc/contract';
import { attemptRecorded, installFakeLenses, signedInStudent, type FakeLenses } from '../../../tests/support/fake-lenses';
import { fixtureExercises, fixtureSet } from '../../../tests/support/renderer-fixtures';
import { forgetArticleSets } from '../shared/contentCache';
import { ProfileProvider } from '../progress/ProfileContext';
import { ExercisesScreen } from './ExercisesScreen';

function lensesFor(more: Parameters<typeof signedInStudent>[0] = {}): FakeLenses {
  return installFakeLenses(
    signedInStudent({
      getArticleSet: async () => ({ set: fixtureSet, exercises: fixtureExercises }),
      ...more,
    }),
  );
}

/** Opens one exercise of the fixture set and waits for its prompt. */
async function open(exerciseId: string) {
  const prompt = fixtureExercises.find((e) => e.id === exerciseId)?.prompt ?? '';
  render(
    <ProfileProvider>
      <ExercisesScreen route={{ screen: 'exercises', setId: 'flood', exerciseId }} />
    </ProfileProvider>,
  );
  await screen.findByRole('heading', { name: prompt });
  return userEvent.setup();
}

/** The answers recorded, oldest first, once `count` have been. */
async function recorded(lenses: FakeLenses, count: number): Promise<Array<ChannelInput<'recordAttempt'>>> {
  await waitFor(() => expect(lenses.recordAttempt).toHaveBeenCalledTimes(count));
  return lenses.recordAttempt.mock.calls.map(([attempt]) => attempt);
}

/** A name made of quoted words (a <q>: a browser reads its quotation marks, happy-dom does not). */
const quoted = (words: string) => new RegExp(`^“?${words}”?$`, 'u');

/** The feedback after checking (the player's one status region). */
const feedback = () => screen.getByRole('status');

beforeEach(() => forgetArticleSets());

describe('answering an exercise', () => {
  it('records the option chosen; after a wrong try says why beside it and keeps the answer back, then records the right one', async () => {
    const lenses = lensesFor();
    const user = await open('pick-source');
    const checkButton = () => screen.getByRole('button', { name: 'Check answer' });
    expect(checkButton()).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Show a hint' }));
    await user.click(screen.getByRole('radio', { name: 'The reporter' }));
    await user.click(checkButton());
    const [first] = await recorded(lenses, 1);
    expect(first).toMatchObject({ setId: 'flood', exerciseId: 'pick-source', contentVersion: 3, answer: { type: 'choice', selected: ['reporter'] }, score: 0, correct: false, hintsUsed: 1, revealed: false });
    expect(within(feedback()).getByText('✗ Not quite.')).toBeTruthy();
    const chosen = screen.getByRole('radio', { name: 'The reporter' }).closest('.option') as HTMLElement;
    expect(chosen.textContent).toContain('✗ Not right. The reporter passes on what “officials said”.');
    // Not yet: the right answer, its feedback and the explanation.
    expect(screen.queryByText('★ Right answer')).toBeNull();
    expect(screen.queryByText(/names no one/u)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Why' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Unnamed officials' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('radio', { name: 'Unnamed officials' }));
    await user.click(checkButton());
    const [, second] = await recorded(lenses, 2);
    expect(second).toMatchObject({ answer: { type: 'choice', selected: ['unnamed'] }, score: 1, correct: true });
    expect(within(feedback()).getByText('✓ Correct.')).toBeTruthy();
    expect(within(feedback()).getByText('The officials are not named.')).toBeTruthy();
  });

  it('records the words selected in the text, and the feedback quotes them', async () => {
    const lenses = lensesFor();
    const user = await open('find-source');
    screen.getByRole('group', { name: /^Article: Wire report/u }).focus();
    // "Monday": the fourth word.
    await user.keyboard('{ArrowRight}{ArrowRight>3/}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const [wrong] = await recorded(lenses, 1);
    expect(wrong).toMatchObject({ exerciseId: 'find-source', answer: { type: 'find', selections: [{ block: 'p1', start: 18, end: 24 }] }, correct: false });
    const said = screen.getByText('This is not one of the answers.', { exact: false }).closest('li') as HTMLElement;
    expect(said.querySelector('q')?.textContent).toBe('Monday');
    // The target is not named before the answer is shown.
    expect(screen.queryByText(/★ Answer/u)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Remove “Monday”' }));
    screen.getByRole('group', { name: /^Article: Wire report/u }).focus();
    // The caret is where it was, on "Monday": Home takes it to the paragraph's first word.
    await user.keyboard('{Home}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const [, right] = await recorded(lenses, 2);
    expect(right).toMatchObject({ answer: { type: 'find', selections: [{ block: 'p1', start: 0, end: 9 }] }, score: 1, correct: true });
    expect(screen.getByText('Found: “Officials”.', { exact: false })).toBeTruthy();
  });

  it('records the category chosen for each phrase, and says beside the phrase which one is not it', async () => {
    const lenses = lensesFor();
    const user = await open('sort-words');
    const category = (quote: string) => screen.getByRole('combobox', { name: `Category for “${quote}”` });
    await user.selectOptions(category('The ministry'), 'Reporting words');
    await user.selectOptions(category('according to'), 'Reporting words');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const [attempt] = await recorded(lenses, 1);
    expect(attempt).toMatchObject({ answer: { type: 'classify', placements: { ministry: 'cue', according: 'cue' } }, score: 0.5, correct: false });
    const source = category('The ministry').closest('li') as HTMLElement;
    expect(source.querySelector('q')?.textContent).toBe('The ministry');
    expect(source.textContent).toContain('✗ Not right. Not “Reporting words”: look at these words again.');
    expect(source.textContent).not.toContain('Belongs in');
    expect(category('according to').closest('li')?.textContent).toContain('✓ Right. “according to” reports the statement.');
  });

  it('records what each figure was matched with', async () => {
    const lenses = lensesFor();
    const user = await open('match-figures');
    await user.selectOptions(screen.getByRole('combobox', { name: quoted('at least 12') }), 'Unnamed officials');
    await user.selectOptions(screen.getByRole('combobox', { name: quoted('12') }), 'Unnamed officials');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const [attempt] = await recorded(lenses, 1);
    expect(attempt).toMatchObject({ answer: { type: 'match', pairs: { hedged: 'officials', toll: 'officials' } }, score: 0.5, correct: false });
    const toll = screen.getByRole('combobox', { name: quoted('12') }).closest('tr') as HTMLElement;
    expect(toll.textContent).toContain('✗ Not right. Not “Unnamed officials”: look at these words again.');
    expect(toll.textContent).not.toContain('The ministry.');
  });

  it('records the order the items were put in with the Move buttons', async () => {
    const lenses = lensesFor();
    const user = await open('order-claims');
    const labels = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.order-label')?.textContent).filter(Boolean);
    // Never the right order to begin with.
    expect(labels()).toEqual(['The ministry’s claim', 'The officials’ claim']);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const [first] = await recorded(lenses, 1);
    expect(first).toMatchObject({ answer: { type: 'order', order: ['ministry-claim', 'officials-claim'] }, correct: false });
    expect(screen.getByText('Belongs later (towards “last in the article”).', { exact: false })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('button', { name: 'Move up: The officials’ claim' }));
    expect(labels()).toEqual(['The officials’ claim', 'The ministry’s claim']);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    const [, second] = await recorded(lenses, 2);
    expect(second).toMatchObject({ answer: { type: 'order', order: ['officials-claim', 'ministry-claim'] }, correct: true });
  });

  it('records the written answer as typed and then shows the model answer to check it against', async () => {
    const lenses = lensesFor();
    const user = await open('explain-passive');
    expect(screen.getByRole('button', { name: 'Submit answer' })).toHaveProperty('disabled', true);
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'It does not say who killed them.');
    expect(screen.getByText('7 words')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    const [attempt] = await recorded(lenses, 1);
    expect(attempt).toMatchObject({ answer: { type: 'written', text: 'It does not say who killed them.', selfCheck: [false] }, correct: false });
    expect(within(feedback()).getByText('✎ Answer saved.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Model answer' })).toBeTruthy();
    expect(screen.getByText('It does not say who or what killed them.')).toBeTruthy();
  });

  it('says so when an answer could not be saved', async () => {
    const lenses = lensesFor({
      recordAttempt: async (input) => attemptRecorded(input, { ok: false, pending: 1, message: 'The disk is full: your answers are kept until there is room.' }),
    });
    const user = await open('pick-source');
    await user.click(screen.getByRole('radio', { name: 'Unnamed officials' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await recorded(lenses, 1);
    expect((await screen.findAllByRole('alert')).map((a) => a.textContent)).toContain('The disk is full: your answers are kept until there is room.');
  });

  it('checks an answer without a profile but tells the student it is not saved', async () => {
    const lenses = lensesFor({ getCurrentProfile: async () => null });
    const user = await open('pick-source');
    await user.click(screen.getByRole('radio', { name: 'Unnamed officials' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'You are not signed in, so this answer is not saved. Choose a profile to keep your progress.');
    expect(within(feedback()).getByText('✓ Correct.')).toBeTruthy();
    expect(lenses.recordAttempt).not.toHaveBeenCalled();
  });
});
