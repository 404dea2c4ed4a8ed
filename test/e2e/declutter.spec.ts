import type { Page } from '@playwright/test';
import { corpus, expect, test } from './fixtures.js';

const rows = (page: Page) => page.getByTestId('contact-row');
const row = (page: Page, name: string) => rows(page).filter({ hasText: name });

async function importCorpus(page: Page) {
  await page
    .getByTestId('import-input')
    .setInputFiles([corpus('linkedin', 'Connections.csv'), corpus('vcard', 'contacts.vcf')]);
  await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
}

test.describe('declutter', () => {
  test('range selection, remove with confirmation, undo from the toast', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    // Sorted by name: Ada, Alan, Grace, José, Linus, Иван.
    await row(page, 'Alan Turing').click();
    await row(page, 'José Müller-Øster').click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('selected-count')).toHaveText('3 selected');
    await row(page, 'Grace Hopper').click({ modifiers: ['ControlOrMeta'] });
    await expect(page.getByTestId('selected-count')).toHaveText('2 selected');
    await expect(row(page, 'Grace Hopper')).toHaveAttribute('aria-selected', 'false');

    await page.getByTestId('remove-button').click();
    const dialog = page.getByTestId('confirm-removal');
    await expect(dialog).toContainText('Remove 2 people?');
    await expect(dialog.getByTestId('removal-names')).toHaveText('Alan Turing and José Müller-Øster');
    await expect(dialog).toContainText('Nobody is notified');
    await dialog.getByTestId('removal-reason').fill('never met');
    await dialog.getByTestId('confirm-remove').click();

    await expect(page.getByTestId('toast')).toContainText('Removed 2 people. Nobody was notified.');
    await expect(page.getByTestId('shown-count')).toHaveText('4 contacts');
    await expect(page.getByTestId('view-trash')).toContainText('2');
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
    await expect(page.getByTestId('toast')).toContainText('Undone: 2 people back as before.');
  });

  test('keyboard: select all shown, Delete, Ctrl+Z', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await page.getByTestId('search-input').fill('example');
    await expect(page.getByTestId('shown-count')).toHaveText(/^\d of 6 contacts$/);
    const shown = Number((await page.getByTestId('shown-count').textContent())!.split(' ')[0]);
    await rows(page).first().click();
    await page.getByTestId('contact-list').press('ControlOrMeta+a');
    await expect(page.getByTestId('selected-count')).toHaveText(`${shown} selected`);
    await page.getByTestId('contact-list').press('Delete');
    await page.getByTestId('confirm-removal').getByTestId('confirm-remove').click();
    await expect(page.getByTestId('shown-count')).toHaveText(`0 of ${6 - shown} contacts`);
    await page.locator('body').press('ControlOrMeta+z');
    await expect(page.getByTestId('shown-count')).toHaveText(`${shown} of 6 contacts`);
  });

  test('the trash lists removed people with their reason and restores them', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Grace Hopper').click();
    await page.getByTestId('detail-remove').click();
    await expect(page.getByTestId('confirm-removal')).toContainText('Remove Grace Hopper?');
    await page.getByTestId('removal-reason').fill('retired');
    await page.getByTestId('confirm-remove').click();
    await expect(page.getByTestId('shown-count')).toHaveText('5 contacts');

    await page.getByTestId('view-trash').click();
    await expect(rows(page)).toHaveCount(1);
    await row(page, 'Grace Hopper').click();
    await expect(page.getByTestId('detail-pane')).toContainText('retired');
    await page.getByTestId('restore-button').click();
    await expect(page.getByTestId('toast')).toContainText('Restored 1 person.');
    await expect(page.getByTestId('empty-list')).toBeVisible();
    await page.getByTestId('view-roster').click();
    await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
  });

  test('the LinkedIn checklist opens profiles and remembers what is done', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Ada Lovelace').click();
    await row(page, 'Linus Torvalds').click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('remove-button').click();
    await page.getByTestId('confirm-remove').click();
    await expect(page.getByTestId('shown-count')).toHaveText('4 contacts');

    await page.getByTestId('view-checklist').click();
    const items = page.getByTestId('checklist-item');
    await expect(items).toHaveCount(2);
    await expect(items.first().getByTestId('checklist-open')).toHaveAttribute(
      'href',
      'https://www.linkedin.com/in/ada-lovelace-1815',
    );
    await expect(items.first().getByTestId('checklist-open')).toHaveAttribute('target', '_blank');
    await items.first().getByRole('checkbox').check();
    await expect(page.getByTestId('checklist-progress')).toHaveText('1 of 2 done');

    await page.reload();
    await page.getByTestId('view-checklist').click();
    await expect(page.getByTestId('checklist-progress')).toHaveText('1 of 2 done');
    await expect(page.getByTestId('checklist-item').first().getByRole('checkbox')).toBeChecked();

    await page.getByTestId('view-log').click();
    await expect(page.getByTestId('audit-entry').first()).toContainText('Removed 2');
  });

  test('exports the kept Mastodon follows after showing who would be unfollowed', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByTestId('import-input').setInputFiles([corpus('mastodon', 'following_accounts.csv')]);
    await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
    await row(page, 'user@test.com').click();
    await page.getByTestId('detail-remove').click();
    await page.getByTestId('confirm-remove').click();
    await expect(page.getByTestId('shown-count')).toHaveText('1 contact');

    // The export <select> became a menu button (issue 9): open it, then pick.
    await page.getByTestId('export-menu').click();
    await page.getByTestId('menu-mastodon-following').click();
    await expect(page.getByTestId('unfollow-list')).toHaveText('@user@test.com');
    const download = page.waitForEvent('download');
    await page.getByTestId('mastodon-export').getByRole('button', { name: /Save/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('following_accounts.csv');
    const { readFile } = await import('node:fs/promises');
    expect(await readFile((await file.path())!, 'utf8')).toBe(
      'Account address,Show boosts,Notify on new posts,Languages\nuser@example.com,true,false,\n',
    );
  });

  test('select all on a long list names the right people even when they are scrolled away', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByTestId('sample-button').click();
    await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
    const firstName = await rows(page).first().locator('.cell-name').textContent();
    await page
      .getByTestId('contact-list')
      .locator('.table-body')
      .evaluate((element) => element.scrollTo(0, element.scrollHeight));
    // Any roster change drops the row cache; only the rows in view come back.
    const proposals = Number((await page.getByTestId('merge-button').textContent())!.replace(/\D/g, ''));
    await page.getByTestId('merge-button').click();
    await page.getByTestId('merge-dismiss').first().click();
    await expect(page.getByTestId('merge-button')).toHaveText(`${proposals - 1} possible duplicates`);
    await page.getByTestId('merge-panel').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('merge-panel')).toBeHidden();
    await rows(page).last().click();
    await page.getByTestId('select-all').click();
    const total = (await page.getByTestId('shown-count').textContent())!.split(' ')[0]!;
    await expect(page.getByTestId('selected-count')).toHaveText(`${total} selected`);
    await page.getByTestId('remove-button').click();
    await expect(page.getByTestId('removal-names')).toContainText(firstName!);
    await page.getByTestId('confirm-removal').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('confirm-removal')).toBeHidden();
    await expect(page.getByTestId('selected-count')).toHaveText(`${total} selected`);
  });
});
