/**
 * The calls about the app and its article sets: what the app is, the sets it can show, one set,
 * and one set's Compare view. While an assessment is open on the profile, its exercises' keys and
 * its articles' highlights are withheld (main/assignments/withhold.ts). Named functions over
 * `ContentDeps`, in the map `contentHandlers`.
 */
import type { AppInfo, ChannelInput } from '../ipc/contract';
import type { FeatureHandlers } from '../ipc/handler-map';
import { UserFacingError } from '../ipc/user-facing-error';
import type { ContentRepository } from './content-repository';
import type { CompareViews } from './compare-views';
import { withholdForAssessments } from '../assignments/withhold';
import type { OpenAssessment } from '../assignments/student-handlers';
import { compareViewText } from '../../content/logic/compare-view';

export interface ContentDeps {
  content: ContentRepository;
  /** Compare's views, prepared once per content version (at build time, or when a teacher saved the set). */
  compareViews: CompareViews;
  appVersion: string;
  host: AppInfo['host'];
  /** The student's side: what the open profile's assessments use. */
  student: { openAssessments(): Promise<OpenAssessment[]> };
}

function getAppInfo({ appVersion, host }: ContentDeps) {
  return { name: 'Lenses', version: appVersion, host };
}

async function listArticleSets({ content, compareViews }: ContentDeps) {
  const listed = await content.list();
  // The Library is being shown: the shipped sets' Compare views are worked out behind it.
  const loaded = await Promise.all(listed.sets.map((s) => content.get(s.id)));
  compareViews.prepareAhead(loaded.filter((l) => l !== null));
  return listed;
}

async function getArticleSet({ content, student }: ContentDeps, { id }: ChannelInput<'getArticleSet'>) {
  const loaded = await content.get(id);
  if (!loaded) throw new UserFacingError('not-found', `There is no article set called "${id}".`);
  // While an assessment is open on this profile, its exercises' keys and its articles' highlights stay out.
  return withholdForAssessments(loaded, await student.openAssessments());
}

async function getCompareView({ content, compareViews, student }: ContentDeps, { id }: ChannelInput<'getCompareView'>) {
  const loaded = await content.get(id);
  if (!loaded) throw new UserFacingError('not-found', `There is no article set called "${id}".`);
  // The same rule as getArticleSet; a copy with highlights withheld is a new set, with its own
  // view, never the one prepared for the set (at build time, or when a teacher saved it).
  const { set, withheld } = withholdForAssessments(loaded, await student.openAssessments());
  return withheld ? { view: compareViewText(set), withheld } : { view: await compareViews.textOf(loaded) };
}

export const contentHandlers = {
  getAppInfo,
  listArticleSets,
  getArticleSet,
  getCompareView,
} satisfies FeatureHandlers<ContentDeps, 'getAppInfo' | 'listArticleSets' | 'getArticleSet' | 'getCompareView'>;
