import type { Page } from '@playwright/test';
import { CONNECTIONS, CONNECTIONS_AGAIN, VCARD } from '../helpers/reconnect-files.js';
import { expect, test } from './fixtures.js';
import { row } from './helpers.js';

const file = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

async function importTexts(page: Page, files: { name: string; text: string }[]) {
  await page.getByTestId('import-input').setInputFiles(files.map((f) => file(f.name, f.text)));
  await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
}

test.describe('reconnect', () => {
  test('from the Trash: pick an alternate, copy the message, mark sent, re-import, see it accepted', async ({
    page,
    host,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url });
    await page.goto(host.url);
    await importTexts(page, [
      { name: 'Connections.csv', text: CONNECTIONS },
      { name: 'mira.vcf', text: VCARD },
    ]);
    await expect(page.getByTestId('shown-count')).toHaveText('3 contacts');

    // Removed by mistake.
    await row(page, 'Mira Castell').click();
    await page.getByTestId('detail-remove').click();
    await page.getByTestId('confirm-remove').click();
    // …and removed on LinkedIn too, ticked off the checklist: now an apology is due.
    await page.getByTestId('view-checklist').click();
    await page.getByTestId('checklist-item').filter({ hasText: 'Mira Castell' }).getByRole('checkbox').check();
    await page.getByTestId('view-trash').click();
    await row(page, 'Mira Castell').click();
    await page.getByTestId('detail-pane').getByTestId('reconnect-open').click();

    const dialog = page.getByTestId('reconnect-dialog');
    await expect(dialog.getByRole('heading', { name: 'Reconnect with Mira Castell' })).toBeVisible();
    // The LinkedIn connection's email is marked and cannot be chosen; the vCard address is suggested.
    const blocked = dialog.getByRole('radio', { name: /mira@work\.example/ });
    await expect(blocked).toBeDisabled();
    await expect(dialog.getByTestId('reconnect-blocked')).toHaveText('Likely refused for re-invitations');
    await expect(dialog.getByRole('radio', { name: /mira\.castell@home\.example/ })).toBeChecked();

    // Pick an alternate: the profile page.
    await dialog.getByRole('radio', { name: /linkedin\.com\/in\/mira-castell/ }).check();
    await expect(dialog.getByTestId('reconnect-mailto')).toHaveCount(0);
    await expect(dialog.getByTestId('reconnect-profile')).toHaveAttribute(
      'href',
      'https://www.linkedin.com/in/mira-castell',
    );

    // An invalid address by hand is refused, with the reason, and the text stays.
    await dialog.getByTestId('reconnect-add-input').fill('mira at home');
    await dialog.getByTestId('reconnect-add').click();
    await expect(dialog.getByRole('alert')).toContainText('not an email address');
    await expect(dialog.getByTestId('reconnect-add-input')).toHaveValue('mira at home');

    // My name, asked once, signs the message; the tombstone-free template has no leftovers.
    await dialog.getByLabel('Your name, to sign messages with (asked once)').fill('Sam Example');
    await dialog.getByTestId('reconnect-my-name').getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByTestId('reconnect-my-name')).toHaveCount(0);
    const body = dialog.getByTestId('reconnect-body');
    await expect(body).toHaveValue(/^Hi Mira,\n/);
    await expect(body).toHaveValue(/Sam Example$/);
    await expect(body).not.toHaveValue(/[{}[\]]/);

    await dialog.getByTestId('reconnect-copy').click();
    await expect(page.getByTestId('toast')).toContainText('Copied the message');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Hi Mira,\n[\s\S]*Sam Example$/);

    await dialog.getByTestId('reconnect-mark-sent').click();
    await expect(dialog.getByTestId('reconnect-attempt-status')).toHaveText('Sent');
    await expect(dialog.getByTestId('reconnect-attempt')).toContainText('via https://www.linkedin.com/in/mira-castell');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByTestId('view-reconnect').click();
    await expect(page.getByTestId('reconnect-open-list').getByTestId('reconnect-row')).toHaveAttribute(
      'data-status',
      'sent',
    );

    // A later export lists her again: accepted, and she is back in the roster.
    await importTexts(page, [{ name: 'Connections.csv', text: CONNECTIONS_AGAIN }]);
    const closed = page.getByTestId('reconnect-closed-list').getByTestId('reconnect-row');
    await expect(closed).toHaveAttribute('data-status', 'accepted');
    await expect(closed).toContainText('Mira Castell');
    await expect(page.getByTestId('reconnect-open-list')).toHaveCount(0);
    await page.getByTestId('view-roster').click();
    await expect(row(page, 'Mira Castell')).toBeVisible();
    await row(page, 'Mira Castell').click();
    await expect(page.getByTestId('reappeared-notice')).toHaveCount(0);
  });

  test('with only the refused address it says so; an address added by hand becomes the suggestion', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await importTexts(page, [{ name: 'Connections.csv', text: CONNECTIONS }]);
    await row(page, 'Ines Okafor').click();
    await page.getByTestId('detail-remove').click();
    await page.getByTestId('confirm-remove').click();
    await page.getByTestId('view-trash').click();
    await row(page, 'Ines Okafor').click();
    await page.getByTestId('reconnect-open').click();
    const dialog = page.getByTestId('reconnect-dialog');
    await expect(dialog.getByTestId('reconnect-no-address')).toContainText(
      'Prune knows only the address of the LinkedIn connection',
    );
    await expect(dialog.getByTestId('reconnect-mark-sent')).toBeDisabled();
    // The keyboard alone: type, Enter adds (it does not close the dialog).
    await dialog.getByTestId('reconnect-add-input').fill('ines.okafor@home.example');
    await dialog.getByTestId('reconnect-add-input').press('Enter');
    await expect(dialog.getByRole('radio', { name: /ines\.okafor@home\.example/ })).toBeChecked();
    await expect(dialog.getByTestId('reconnect-no-address')).toHaveCount(0);
    await expect(dialog.getByTestId('reconnect-mailto')).toHaveAttribute(
      'href',
      /^mailto:ines\.okafor@home\.example\?subject=Sorry%2C%20I%20removed%20you%20by%20mistake&body=Hi%20Ines%2C/,
    );
    await dialog.getByTestId('reconnect-mark-sent').focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('reconnect-attempt-status')).toHaveText('Sent');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  test('only in the Trash, LinkedIn untouched: no apology, Restore leads and is undoable', async ({ page, host }) => {
    await page.goto(host.url);
    await importTexts(page, [{ name: 'Connections.csv', text: CONNECTIONS }]);
    await row(page, 'Tomas Reyes').click();
    await page.getByTestId('detail-remove').click();
    await page.getByTestId('confirm-remove').click();
    await page.getByTestId('view-trash').click();
    await row(page, 'Tomas Reyes').click();
    await page.getByTestId('reconnect-open').click();

    const dialog = page.getByTestId('reconnect-dialog');
    await expect(dialog.getByTestId('reconnect-restore-lead')).toContainText(
      'You haven’t removed them on LinkedIn; Restore is enough.',
    );
    await expect(dialog.getByTestId('reconnect-mark-sent')).toHaveCount(0);
    await expect(dialog.getByTestId('reconnect-composer')).toHaveCount(0);

    // Writing is still possible, but never the apology.
    await dialog.getByTestId('reconnect-write-anyway').click();
    await expect(dialog.getByTestId('reconnect-template')).toHaveValue(
      (await dialog
        .getByTestId('reconnect-template')
        .locator('option', { hasText: 'Re-introduction' })
        .getAttribute('value')) ?? '',
    );
    await expect(dialog.getByTestId('reconnect-body')).not.toHaveValue(/by mistake/);
    await expect(dialog.getByRole('radio', { name: /linkedin\.com\/in\/tomas-reyes/ })).toBeChecked();
    await expect(dialog.getByTestId('reconnect-still-connected')).toHaveText('Still connected');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // Again, by keyboard: Restore has the focus, Enter restores, Undo puts them back in the Trash.
    await page.getByTestId('reconnect-open').click();
    await expect(dialog.getByTestId('reconnect-restore')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('toast')).toContainText('Restored 1');
    await expect(row(page, 'Tomas Reyes')).toHaveCount(0);
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await expect(row(page, 'Tomas Reyes')).toBeVisible();
    await page.getByTestId('view-roster').click();
    await expect(row(page, 'Tomas Reyes')).toHaveCount(0);
  });

  test('the keyboard alone: Reconnect… from the Trash, pick an address, copy the message, mark it sent', async ({
    page,
    host,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url });
    await page.goto(host.url);
    await importTexts(page, [
      { name: 'Connections.csv', text: CONNECTIONS },
      { name: 'mira.vcf', text: VCARD },
    ]);
    await row(page, 'Mira Castell').click();
    await page.getByTestId('detail-remove').click();
    await page.getByTestId('confirm-remove').click();
    await page.getByTestId('view-checklist').click();
    await page.getByTestId('checklist-item').filter({ hasText: 'Mira Castell' }).getByRole('checkbox').check();
    await page.getByTestId('view-trash').click();
    await row(page, 'Mira Castell').click();

    /** Tab until the element has the focus; fails if it never comes. */
    const tabTo = async (target: ReturnType<Page['getByTestId']>) => {
      for (let i = 0; i < 40; i += 1) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error('Tab never reached the element');
    };
    await tabTo(page.getByTestId('detail-pane').getByTestId('reconnect-open'));
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('reconnect-dialog');
    await expect(dialog.getByTestId('reconnect-removals')).toContainText(
      'Removed on LinkedIn: ticked off the checklist',
    );
    const suggested = dialog.getByRole('radio', { name: /mira\.castell@home\.example/ });
    await tabTo(suggested);
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: /linkedin\.com\/in\/mira-castell/ })).toBeChecked();
    await expect(dialog.getByTestId('reconnect-count')).toContainText('for a LinkedIn invitation note');
    await expect(dialog.getByTestId('reconnect-count')).not.toContainText('too long');
    await tabTo(dialog.getByTestId('reconnect-copy'));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('toast')).toContainText('Copied the message');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/removed you by mistake/);
    await tabTo(dialog.getByTestId('reconnect-mark-sent'));
    await page.keyboard.press('Enter');
    await expect(dialog.getByTestId('reconnect-attempt-status')).toHaveText('Sent');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
});
