import electronFuses from '@electron/fuses';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toLinkedInConnectionsCsv } from '../../electron/core/sample/export-formats.js';
import { generateNetwork } from '../../electron/core/sample/generate-network.js';
import { launchableCopy, packagedApp, readFuses } from './launchable-copy.js';

const { FuseV1Options } = electronFuses;
const ENABLE = 49;
const DISABLE = 48;
const APP_PAGE = 'app://prune/index.html';

const app = packagedApp();

/** A real export from ../shared/corpus when it is beside the repository, else one invented in LinkedIn's shape. */
function connectionsFile(dir: string): string {
  const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus/linkedin/Connections.csv');
  if (existsSync(corpus)) return corpus;
  const file = path.join(dir, 'Connections.csv');
  writeFileSync(file, toLinkedInConnectionsCsv(generateNetwork({ seed: 14, size: 12 })));
  return file;
}

test.describe('packaged app', () => {
  test.skip(
    !app,
    'no packaged app in release/ (npm run package needs Electron, downloaded from outside the npm registry)',
  );

  test('has the release fuses set', async () => {
    const wire = await readFuses(app!.executable);
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE);
  });

  test.describe('driven through Playwright', () => {
    test.describe.configure({ mode: 'serial' });
    let electronApp: ElectronApplication;
    let page: Page;
    let dataDir: string;
    let copy: { root: string; executable: string };

    test.beforeAll(async () => {
      copy = await launchableCopy(app!);
      const [release, launchable] = await Promise.all([readFuses(app!.executable), readFuses(copy.executable)]);
      expect({ ...launchable, [FuseV1Options.EnableNodeCliInspectArguments]: DISABLE }).toEqual(release);
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'prune-smoke-'));
      electronApp = await electron.launch({
        executablePath: copy.executable,
        args: process.platform === 'linux' ? ['--no-sandbox'] : [],
        env: { ...process.env, PRUNE_DATA_DIR: dataDir },
      });
      page = await electronApp.firstWindow();
    });

    test.afterAll(async () => {
      await electronApp?.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(copy.root, { recursive: true, force: true });
    });

    test('serves the renderer from app://prune with locked-down windows and no Node in the page', async () => {
      await expect(page.getByTestId('first-run')).toBeVisible();
      expect(page.url()).toBe(APP_PAGE);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      const preferences = await electronApp.evaluate(({ BrowserWindow }) =>
        // Undocumented but long-standing: the preferences the window's contents were created with.
        BrowserWindow.getAllWindows().map((w) =>
          (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences(),
        ),
      );
      expect(preferences.length).toBeGreaterThan(0);
      for (const prefs of preferences) {
        expect(prefs).toMatchObject({
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
        });
      }
    });

    test('refuses window.open and foreign navigation', async () => {
      await electronApp.evaluate(({ BrowserWindow }) => {
        const seen: { url: string; prevented: boolean }[] = [];
        (globalThis as { pruneNavigations?: typeof seen }).pruneNavigations = seen;
        // Registered after the app's own guard, so it sees whether the guard refused.
        BrowserWindow.getAllWindows()[0]!.webContents.on('will-frame-navigate', (details) => {
          seen.push({ url: details.url, prevented: details.defaultPrevented });
        });
      });
      // Neither URL is https or mailto, so nothing opens in a browser on the test machine either.
      expect(await page.evaluate(() => window.open('http://example.invalid/') === null)).toBe(true);
      expect(await page.evaluate(() => window.open('file:///etc/hosts') === null)).toBe(true);
      await page.evaluate(() => {
        window.location.href = 'http://example.invalid/elsewhere';
      });
      await expect
        .poll(() => electronApp.evaluate(() => (globalThis as { pruneNavigations?: unknown[] }).pruneNavigations ?? []))
        .toContainEqual({ url: 'http://example.invalid/elsewhere', prevented: true });
      expect(page.url()).toBe(APP_PAGE);
      expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    });

    test('imports an export, removes someone and restores them', async () => {
      await page.getByTestId('import-input').setInputFiles(connectionsFile(dataDir));
      await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
      const count = page.getByTestId('shown-count');
      await expect(count).toHaveText(/^\d+ contacts$/);
      const total = Number((await count.textContent())!.split(' ')[0]);
      await page.getByTestId('contact-row').first().click();
      await page.getByTestId('detail-remove').click();
      await page.getByTestId('confirm-remove').click();
      await expect(count).toHaveText(`${total - 1} contacts`);
      await page.getByTestId('view-trash').click();
      await page.getByTestId('contact-row').first().click();
      await page.getByTestId('restore-button').click();
      await expect(page.getByTestId('empty-list')).toBeVisible();
      await page.getByTestId('view-roster').click();
      await expect(count).toHaveText(`${total} contacts`);
      expect(existsSync(path.join(dataDir, 'roster.db'))).toBe(true);
    });
  });
});
