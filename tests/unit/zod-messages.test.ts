/** Reasons a file or a call is refused are worded for a person, never as schema paths. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeZodError } from '../../content/logic/zod-messages';
import { describeBadJson } from '../../content/logic/json-text';
import { readAssignmentText } from '../../content/assignments/read';

const Schema = z
  .object({
    exercises: z.array(
      z
        .object({
          hints: z.array(z.string()),
          tries: z.number().min(1),
          kind: z.enum(['find', 'choice']),
          prompt: z.string().min(1),
          due: z.iso.datetime(),
          id: z.string().regex(/^[a-z]+$/u, 'an id uses lower-case letters'),
          shortTitle: z.string().max(3),
        })
        .strict(),
    ),
  })
  .strict();

describe('describeZodError', () => {
  it('names the place in words and says what is wrong', () => {
    const r = Schema.safeParse({ exercises: [{ hints: [1], tries: 0, kind: 'essay', prompt: '', due: 'soon', id: 'B', shortTitle: 'long', extra: 1 }, {}], more: 2 });
    const lines = describeZodError(r.error!, 20);
    expect(lines).toEqual([
      'exercise 1, hint 1: should be text',
      'exercise 1, tries: is too small (at least 1)',
      'exercise 1, kind: is not one of the values Lenses knows',
      'exercise 1, prompt: is empty',
      'exercise 1, due: is not a date Lenses can read',
      'exercise 1, id: an id uses lower-case letters',
      'exercise 1, short title: is too long (at most 3 characters)',
      'exercise 1: has a field Lenses does not know (extra)',
      'exercise 2, hints: is missing',
      'exercise 2, tries: is missing',
      'exercise 2, kind: is not one of the values Lenses knows',
      'exercise 2, prompt: is missing',
      'exercise 2, due: is missing',
      'exercise 2, id: is missing',
      'exercise 2, short title: is missing',
      'the file: has a field Lenses does not know (more)',
    ]);
    for (const line of lines) expect(line).not.toMatch(/\[\d+\]|Invalid input|Too small|Unrecognized/u);
  });

  it('a damaged assignment file says where, in words', async () => {
    const r = await readAssignmentText('week.lensesassignment', JSON.stringify({ kind: 'lenses-assignment', format: 1, exercises: [{ hints: 3 }] }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.message).toMatch(/^“week\.lensesassignment” is damaged or incomplete: /u);
      expect(r.problem.message).not.toMatch(/\[\d+\]|Invalid input/u);
    }
  });
});

describe('describeBadJson', () => {
  it('tells a file cut off from a file damaged in the middle', () => {
    expect(describeBadJson('profiles.json', '{"format":1,"profiles":[{"id":"a"')).toBe('profiles.json ends too early: it was not saved or copied completely');
    expect(describeBadJson('profiles.json', '{"format":1,,"profiles":[]}')).toBe('profiles.json is damaged: part of its text was changed or lost');
    expect(describeBadJson('profiles.json', '  ')).toBe('profiles.json is empty: it was not saved or copied completely');
  });
});
