/**
 * Main-process services: the handlers behind every contract call, over plain modules. Created
 * with the folders they work in, so tests run them under Node in a temporary folder and the
 * browser test harness serves the renderer with the very same handlers.
 */
import type { Handlers } from './ipc/dispatch';
import { UserFacingError } from './ipc/dispatch';
import { createContentRepository } from './content/content-repository';

export interface ServiceOptions {
  userDataDir: string;
  /** The folder of shipped article sets (content/sets). */
  contentDir: string;
  appVersion: string;
  host: 'electron' | 'test-harness';
}

export interface Services {
  handlers: Handlers;
  close(): Promise<void>;
}

export async function createServices(options: ServiceOptions): Promise<Services> {
  const content = createContentRepository(options.contentDir);

  const handlers: Handlers = {
    getAppInfo: () => ({ name: 'Lenses', version: options.appVersion, host: options.host }),
    listArticleSets: () => content.list(),
    getArticleSet: async ({ id }) => {
      const loaded = await content.get(id);
      if (!loaded) throw new UserFacingError('not-found', `There is no article set called "${id}".`);
      return loaded;
    },
  };

  return {
    handlers,
    async close() {},
  };
}
