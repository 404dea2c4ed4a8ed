import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const release = path.resolve(import.meta.dirname, '../../release');

/** Where electron-builder --dir puts the executable on each platform. */
function packagedExecutable(): string | null {
  const candidates = [
    path.join(release, 'linux-unpacked/prune'),
    path.join(release, 'linux-arm64-unpacked/prune'),
    path.join(release, 'mac/Prune.app/Contents/MacOS/Prune'),
    path.join(release, 'mac-arm64/Prune.app/Contents/MacOS/Prune'),
    path.join(release, 'win-unpacked/Prune.exe'),
  ];
  return candidates.find((file) => existsSync(file)) ?? null;
}

const executable = packagedExecutable();

test.describe('packaged app', () => {
  test.skip(
    !executable,
    'no packaged app in release/ (npm run package needs Electron, downloaded from outside the npm registry)',
  );

  test('starts on an empty roster, loads the sample network and keeps Node out of the page', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prune-smoke-'));
    const app = await electron.launch({
      executablePath: executable!,
      args: process.platform === 'linux' ? ['--no-sandbox'] : [],
      env: { ...process.env, PRUNE_DATA_DIR: dataDir },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('first-run')).toBeVisible();
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      await window.getByTestId('sample-button').click();
      await expect(window.getByTestId('contact-row').first()).toBeVisible();
      expect(existsSync(path.join(dataDir, 'roster.db'))).toBe(true);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
