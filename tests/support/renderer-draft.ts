/**
 * A teacher's draft for the renderer's tests: no articles or exercises unless the test gives them.
 * Parsed as main reads a draft, so a fixture that drifts from the format fails loudly.
 */
import { Draft } from '../../content/authoring/draft';

export function fixtureDraft(more: Record<string, unknown> = {}): Draft {
  return Draft.parse({
    format: 1,
    id: 'd1',
    title: 'Flood reports',
    description: 'Two reports.',
    topic: 'Testing',
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    savedVersion: 0,
    nextId: 1,
    articles: [],
    exercises: [],
    ...more,
  });
}
