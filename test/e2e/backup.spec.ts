import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runStartupChecks } from '../../electron/core/backup/startup-checks.js';
import { createCore } from '../../electron/core/core.js';
import { startWebHost } from '../../electron/web/server.js';
import { damageRoster, makeRoster } from '../helpers/roster-files.js';

const root = path.resolve(import.meta.dirname, '../..');

base('a damaged roster shows the banner, and restoring the latest backup brings everyone back', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prune-e2e-backup-'));
  const roster = path.join(dataDir, 'roster.db');
  const people = await makeRoster(roster, 300);
  const first = await createCore({ dataDir, host: 'web', version: '0.0.0-e2e' });
  await runStartupChecks(first); // today's backup
  first.close();
  damageRoster(roster);

  const core = await createCore({ dataDir, host: 'web', version: '0.0.0-e2e' });
  const server = await startWebHost({
    core,
    staticDir: path.join(root, 'dist/renderer'),
    bridgeFile: path.join(root, 'dist/web/prune-bridge.js'),
  });
  try {
    await page.goto(server.url);
    // As the hosts do: the check runs once the page is up, and the banner hears about it.
    expect((await runStartupChecks(core)).status).toBe('damaged');
    const banner = page.getByTestId('roster-health-banner');
    await expect(banner).toContainText('Your roster is damaged');
    await expect(banner).toContainText('The latest good backup is from');
    await page.getByTestId('restore-backup-button').click();
    await expect(page.getByTestId('app-ready')).toBeVisible();
    await expect(page.getByTestId('roster-health-banner')).toBeHidden();
    await expect(page.getByTestId('shown-count')).toHaveText(`${people.toLocaleString('en-US')} contacts`);
  } finally {
    await server.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
