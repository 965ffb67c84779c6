import { afterAll, afterEach, beforeAll } from 'vitest';
import { type Session, launch } from './chromium';

/**
 * One Chromium with the extension for a test file. Each test starts with no tab open and no
 * request routes, whatever the previous test left behind.
 */
export function sharedSession(options?: Parameters<typeof launch>[0]): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch(options);
  });
  afterAll(() => session?.close());
  afterEach(async () => {
    if (!session) return;
    await session.context.unrouteAll();
    for (const page of session.context.pages()) await page.close();
  });
  return () => {
    if (!session) throw new Error('The browser session is not started yet (use it inside a test).');
    return session;
  };
}
