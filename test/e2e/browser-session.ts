import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, startFixtureServer, type FixtureServer, type LaunchOptions } from './harness';

export interface BrowserSession {
  server: FixtureServer;
  context: BrowserContext;
}

/**
 * One fixture server and one Chromium for a test file: started before its tests, closed after them.
 * The fields are filled in by `beforeAll`, so read them inside tests and hooks, never at import time.
 */
export function useBrowserSession(options: Omit<LaunchOptions, 'server'> = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.context = await launchBrowser({ ...options, server: session.server });
  });
  afterAll(async () => {
    await session.context?.close();
    await session.server?.close();
  });
  return session;
}
