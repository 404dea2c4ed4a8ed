import { readdirSync } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/core/dispatch.js';
import { corpus, expect, test } from './fixtures.js';
import { rowNames } from './helpers.js';

test.describe('leaving the sample network', () => {
  test('importing real files while the sample is loaded asks first; Replace keeps only the imported people', async ({
    page,
    host,
  }) => {
    // A smaller sample, loaded by the core (the next test loads it from the first run's button).
    expect(await dispatch(host.core, 'sampleLoad', { size: 200 })).toMatchObject({ ok: true });
    await page.goto(host.url);
    const banner = page.getByTestId('sample-banner');
    await expect(banner).toContainText("You're exploring a sample network of made-up people.");

    // Cancel leaves everything as it was.
    await page.getByTestId('import-input').setInputFiles([corpus('linkedin', 'Connections.csv')]);
    const question = page.getByTestId('sample-import-dialog');
    await expect(question).toContainText('Replace the sample with your files?');
    await page.keyboard.press('Escape');
    await expect(question).toBeHidden();
    await expect(banner).toBeVisible();

    // Replace is the default: Enter takes it.
    await page.getByTestId('import-input').setInputFiles([corpus('linkedin', 'Connections.csv')]);
    await expect(page.getByTestId('sample-import-replace')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
    await expect(banner).toBeHidden();
    await expect(page.getByTestId('shown-count')).toHaveText('4 contacts');
    expect((await rowNames(page)).sort()).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'José Müller-Øster',
      'Linus Torvalds',
    ]);
    const origin = await dispatch(host.core, 'rosterOrigin', {});
    expect(origin).toMatchObject({ ok: true, value: { sampleLoaded: false, people: 4 } });
    expect(readdirSync(path.join(host.dataDir, 'backups')).some((name) => name.startsWith('before-start-over-'))).toBe(
      true,
    );
  });

  test('Settings › Start over asks, says what happens, and leaves the first run', async ({ page, host }) => {
    test.setTimeout(150_000);
    await page.goto(host.url);
    await page.getByTestId('sample-button').click();
    await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click({ timeout: 90_000 });
    await page.getByTestId('settings-button').click();
    await page.getByTestId('settings-start-over').click();
    const dialog = page.getByTestId('start-over-dialog');
    await expect(dialog).toContainText(/Everything in this roster — [\d,]+ people, their feeds, the rules you added/);
    await expect(dialog.getByTestId('start-over-backups')).toHaveText(path.join(host.dataDir, 'backups'));
    await expect(dialog).toContainText("Undo can't bring the roster back");
    // Esc cancels; the sample stays.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('sample-banner')).toBeVisible();

    // The banner's button opens the same question; Enter confirms.
    await page.getByTestId('sample-banner-start-over').click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('first-run')).toBeVisible();
    await expect(page.getByTestId('sample-banner')).toBeHidden();
    expect(await dispatch(host.core, 'rosterOrigin', {})).toMatchObject({ value: { sampleLoaded: false, people: 0 } });
  });
});
