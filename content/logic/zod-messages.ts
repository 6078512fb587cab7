/**
 * Turn zod issues into sentences a person can act on: where ("exercise 4, hints") and what is wrong
 * ("should be text", "is missing"), never schema paths like `exercises[3].hints: Invalid input`.
 * Messages the schemas word themselves ("an id uses lower-case letters…") are kept as they are.
 * Pure.
 */
import type { z } from 'zod';

/** A list's name → what one entry of it is called. */
const ENTRY: Record<string, string> = {
  exercises: 'exercise',
  articles: 'article',
  annotations: 'annotation',
  blocks: 'paragraph',
  hints: 'hint',
  answers: 'answer',
  links: 'link',
  members: 'member',
  attempts: 'attempt',
  entries: 'entry',
  profiles: 'profile',
  items: 'item',
  options: 'option',
  choices: 'choice',
  proposals: 'proposal',
  highlights: 'highlight',
  sources: 'source',
  categories: 'category',
  exerciseIds: 'exercise',
  articleIds: 'article',
};

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty',
};

/** "shortTitle" → "short title". */
const spaced = (key: string) => key.replace(/([a-z0-9])([A-Z])/gu, '$1 $2').replace(/[_-]+/gu, ' ').toLowerCase();

/**
 * Where in a file an issue is, in words: "exercise 4, hints"; "the file" for the whole of it.
 * With `asWritten`, field names stay as the program spells them (refused calls, for developers).
 */
function describePath(path: ReadonlyArray<PropertyKey>, asWritten = false): string {
  if (path.length === 0) return asWritten ? 'the arguments' : 'the file';
  const words = (key: string) => (asWritten ? key : spaced(key));
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i];
    const next = path[i + 1];
    if (typeof part === 'string' && typeof next === 'number') {
      parts.push(`${ENTRY[part] ?? `${words(part)} entry`} ${next + 1}`);
      i += 1;
    } else if (typeof part === 'number') parts.push(`entry ${part + 1}`);
    else parts.push(words(String(part)));
  }
  return parts.join(', ');
}

/** zod's own messages start like this; the schemas' own wording does not. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized key)/u;

function bound(issue: z.core.$ZodIssue, more: boolean): string {
  const { origin } = issue as { origin?: string };
  const limit = Number((issue as { minimum?: unknown; maximum?: unknown })[more ? 'minimum' : 'maximum']);
  const atLeast = more ? 'at least' : 'at most';
  if (origin === 'string') return more && limit === 1 ? 'is empty' : `is too ${more ? 'short' : 'long'} (${atLeast} ${limit} characters)`;
  if (origin === 'array' || origin === 'set') return `has too ${more ? 'few' : 'many'} entries (${atLeast} ${limit})`;
  return `is too ${more ? 'small' : 'large'} (${atLeast} ${limit})`;
}

/** What is wrong, for a person. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/u.test(issue.message) ? 'is missing' : `should be ${KIND[issue.expected] ?? 'something else'}`;
    case 'too_small':
      return bound(issue, true);
    case 'too_big':
      return bound(issue, false);
    case 'invalid_value':
      return 'is not one of the values Lenses knows';
    case 'invalid_format': {
      const { format } = issue as { format?: string };
      if (format === 'datetime' || format === 'date') return 'is not a date Lenses can read';
      if (format === 'uuid' || format === 'guid') return 'is not an id Lenses made';
      return 'is not written the way Lenses expects';
    }
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} Lenses does not know (${issue.keys.join(', ')})`;
    default:
      return 'is not in a form Lenses knows';
  }
}

export function describeZodError(error: z.ZodError, limit = 8, options: { namesAsWritten?: boolean } = {}): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => `${describePath(issue.path, options.namesAsWritten)}: ${describeIssue(issue)}`);
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more problem(s)`);
  return lines;
}
