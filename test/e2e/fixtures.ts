import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core.js';
import { startWebHost, type WebHost } from '../../electron/web/server.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface HostFixture {
  url: string;
  dataDir: string;
  core: Core;
}

/**
 * Every test gets its own browser host: a fresh data directory, the real core and SQLite,
 * the built renderer (npm run build first), on a free port.
 */
export const test = base.extend<{ host: HostFixture }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prune-e2e-'));
    const core = await createCore({ dataDir, host: 'web', version: '0.0.0-e2e' });
    const server: WebHost = await startWebHost({
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
export const corpus = (...parts: string[]): string => path.resolve(root, '../shared/corpus', ...parts);
