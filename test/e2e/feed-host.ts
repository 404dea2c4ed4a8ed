import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core/core.js';
import { startWebHost } from '../../electron/web/server.js';
import { startFeedServer, type FeedServer, type Route } from '../helpers/feed-server.js';
import type { HostFixture } from './fixtures.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * A browser host whose feeds come from a loopback server: https addresses (a Mastodon account's
 * `https://host/@user.rss`, its avatar on `https://files.social.example/`) are answered by the
 * test's routes through the core's injected fetch, the way the desktop app's net.fetch would.
 * Routes are set per test (`feeds.routes`); `/mastodon/<host>/<user>.rss` and `/files/…`.
 */
export interface FeedHostServer extends FeedServer {
  routes: Record<string, Route>;
}

const MASTODON = /^https:\/\/([^/]+)\/@([^/]+)\.rss$/;

export const test = base.extend<{ feeds: FeedHostServer; host: HostFixture }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  feeds: async ({}, use) => {
    const routes: Record<string, Route> = {};
    // The server reads the table on each request: a test fills it after the fixture starts.
    const server = await startFeedServer(routes);
    await use(Object.assign(server, { routes }));
    await server.close();
  },
  host: async ({ feeds }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prune-e2e-feed-'));
    const core = await createCore({
      dataDir,
      host: 'web',
      version: '0.0.0-e2e',
      fetch: (url, init) => {
        const account = MASTODON.exec(url);
        const local = account
          ? `${feeds.origin}/mastodon/${account[1]}/${account[2]}.rss`
          : url.replace('https://files.social.example/', `${feeds.origin}/files/`);
        return globalThis.fetch(local, init);
      },
    });
    const server = await startWebHost({
      core,
      staticDir: path.join(root, 'dist/renderer'),
      bridgeFile: path.join(root, 'dist/web/prune-bridge.js'),
    });
    await use({ url: server.url, dataDir, core });
    await server.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
