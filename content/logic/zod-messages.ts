/** Turn zod issues into sentences a person can act on. Pure. */
import type { z } from 'zod';

export function describePath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return 'the file';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

export function describeZodError(error: z.ZodError, limit = 8): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => `${describePath(issue.path)}: ${issue.message}`);
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more problem(s)`);
  return lines;
}
