import type { LensesApi } from '../../../main/ipc/contract';
import { contentGeneration } from './contentCache';
import { parseRoute } from './routes';

type FirstChannel = 'getCurrentProfile' | 'listArticleSets';
type Answer<C extends FirstChannel> = ReturnType<LensesApi[C]>;

const early = new Map<FirstChannel, { answer: Promise<unknown>; generation: number }>();

/**
 * The first screen's questions, asked together as the shell first draws: who is studying and, when
 * the page opens on the Library, its list of sets. The Library's list no longer waits for the profile
 * and its resume state to arrive first. (Not asked earlier, while the page loads: in the web build the
 * worker's storage work then ran beside the loading of the page's own files, and the first screen
 * showed later.) Each answer is taken once (`takeFirst`), by the code that would otherwise ask; every
 * later question goes to main as before.
 */
export function askFirstQuestions(): void {
  const api = window.lenses;
  if (!api) return; // getLenses says why when the app asks
  const ask = (channel: FirstChannel, answer: Promise<unknown>) => {
    answer.catch(() => {}); // a failure reaches whoever takes it
    early.set(channel, { answer, generation: contentGeneration.get() });
  };
  ask('getCurrentProfile', api.getCurrentProfile({}));
  if (parseRoute(window.location.hash).screen === 'library') ask('listArticleSets', api.listArticleSets({}));
}

/**
 * The answer asked for at start, the first time it is wanted; otherwise `ask()`. An answer is not
 * used once the content cache was dropped since it was asked (another profile signed in, a set
 * saved): what it says may no longer be what this profile sees.
 */
export function takeFirst<C extends FirstChannel>(channel: C, ask: () => Answer<C>): Answer<C> {
  const first = early.get(channel);
  early.delete(channel);
  if (first && first.generation === contentGeneration.get()) return first.answer as Answer<C>;
  return ask();
}
