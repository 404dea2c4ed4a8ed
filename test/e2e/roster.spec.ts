import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { corpus, expect, test } from './fixtures.js';
import { focusedTestId } from './helpers.js';

const rows = (page: Page) => page.getByTestId('contact-row');
const rowNames = (page: Page) => page.locator('[data-testid="contact-row"] .cell-name').allTextContents();

async function importCorpus(page: Page, ...files: string[][]) {
  await page.getByTestId('import-input').setInputFiles(files.map((parts) => corpus(...parts)));
  await expect(page.getByTestId('import-summary')).toBeVisible();
}

async function closeSummary(page: Page) {
  await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('import-summary')).toBeHidden();
}

test.describe('roster', () => {
  test('imports real exports through the UI and shows a summary with skipped rows', async ({ page, host }) => {
    await page.goto(host.url);
    await expect(page.getByTestId('first-run')).toBeVisible();
    await importCorpus(page, ['linkedin', 'Connections.csv'], ['vcard', 'contacts.vcf']);
    const summary = page.getByTestId('import-summary');
    await expect(summary.getByTestId('summary-added')).toHaveText('6 added');
    await expect(summary).toContainText('1 merged');
    await expect(summary).toContainText('Connections.csv (LinkedIn connections): 4 added, 1 skipped');
    await summary.getByText('Skipped rows').click();
    await expect(summary).toContainText('Line 8: Hidden profile');
    await closeSummary(page);
    await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
    await expect(rows(page)).toHaveCount(6);
  });

  test('searches as you type, sorts by column and opens a contact', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page, ['linkedin', 'Connections.csv'], ['vcard', 'contacts.vcf']);
    await closeSummary(page);

    await page.getByTestId('search-input').fill('lov');
    await expect(page.getByTestId('shown-count')).toHaveText('1 of 6 contacts');
    await expect(rows(page)).toHaveCount(1);
    await page.getByTestId('search-input').fill('jose');
    await expect.poll(() => rowNames(page)).toEqual(['José Müller-Øster']);
    await page.getByTestId('search-input').press('Escape');
    await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');

    // A date column's first click sorts newest first (issue 9), the second oldest first.
    await page.getByTestId('sort-connectedOn').click();
    await expect(page.getByRole('columnheader', { name: /Connected on/ })).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(async () => (await rowNames(page))[0]).toBe('José Müller-Øster');
    await page.getByTestId('sort-connectedOn').click();
    await expect
      .poll(async () => (await rowNames(page)).slice(0, 4))
      .toEqual(['Linus Torvalds', 'Ada Lovelace', 'Grace Hopper', 'José Müller-Øster']);
    // People with no connection date (address-book only) come last either way.
    await expect.poll(async () => (await rowNames(page)).slice(4)).toEqual(['Alan Turing', 'Иван Петров']);
    await expect(page.getByRole('columnheader', { name: /Connected on/ })).toHaveAttribute('aria-sort', 'ascending');

    await page.getByTestId('search-input').fill('ada');
    await rows(page).filter({ hasText: 'Ada Lovelace' }).click();
    const detail = page.getByTestId('detail-pane');
    await expect(detail.getByTestId('detail-name')).toHaveText('Ada Lovelace');
    await expect(detail.getByTestId('detail-emails')).toContainText('ada@analytical.example');
    await expect(detail.getByTestId('detail-emails')).toContainText('ada.home@example.net');
    await expect(detail.getByTestId('detail-sources')).toContainText('LinkedIn');
    await expect(detail.getByTestId('detail-sources')).toContainText('vCard');
    await expect(detail).toContainText('Met at the 1843 conference');
  });

  test('a malformed file is reported with its line and nothing from it is stored', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByTestId('import-input').setInputFiles([
      {
        name: 'Connections.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,"B,,,,,\n'),
      },
    ]);
    const error = page.getByTestId('import-error');
    await expect(error).toContainText('line 2');
    await expect(error).toContainText('never closed');
    await expect(error).toContainText('Nothing from this file was stored');
    await closeSummary(page);
    await expect(page.getByTestId('first-run')).toBeVisible();
  });

  test('files dropped on the window are imported', async ({ page, host }) => {
    await page.goto(host.url);
    const text = readFileSync(corpus('linkedin', 'Connections.csv'));
    const dataTransfer = await page.evaluateHandle(
      (bytes) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'Connections.csv', { type: 'text/csv' }));
        return transfer;
      },
      [...text],
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(page.getByTestId('drop-overlay')).toBeVisible();
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(page.getByTestId('import-summary').getByTestId('summary-added')).toHaveText('4 added');
  });

  test('each list view keeps its own search and filters', async ({ page, host }) => {
    await page.goto(host.url);
    await page
      .getByTestId('import-input')
      .setInputFiles([corpus('linkedin', 'Connections.csv'), corpus('vcard', 'contacts.vcf')]);
    await closeSummary(page);
    await page.getByTestId('chip-source-vcard').click();
    await page.getByTestId('search-input').fill('a');
    await expect(page.getByTestId('chip-source-vcard')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('view-trash').click();
    await expect(page.getByTestId('empty-list')).toBeVisible();
    await expect(page.locator('[data-testid="chip-source-vcard"][aria-pressed="true"]')).toHaveCount(0);
    await expect(page.getByTestId('search-input')).toHaveValue('');
    await expect(page.getByTestId('empty-list')).toContainText('The Trash is empty');
    await page.getByTestId('view-roster').click();
    await expect(page.getByTestId('chip-source-vcard')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('search-input')).toHaveValue('a');
    await expect(page.getByTestId('shown-count')).toHaveText(/ of 6 contacts$/);
  });

  test('the sample network loads, virtualizes, filters and proposes merges', async ({ page, host }) => {
    await page.goto(host.url);
    // From the keyboard: the button goes away while the import runs, Cancel takes focus, and
    // closing the summary puts focus on the list (not on the page).
    await page.getByTestId('sample-button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('import-progress').getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expect(page.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('import-summary').getByRole('button', { name: 'Done' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('import-summary')).toBeHidden();
    await expect.poll(() => focusedTestId(page)).toBe('contact-list');
    const count = page.getByTestId('shown-count');
    await expect(count).toHaveText(/^[\d,]+ contacts$/);
    const total = Number((await count.textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(2000);
    // Virtualized: only a window of rows is in the DOM, however long the list.
    expect(await rows(page).count()).toBeLessThan(100);
    await page
      .getByTestId('contact-list')
      .locator('.table-body')
      .evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect(page.locator(`[data-testid="contact-row"][aria-rowindex="${total + 1}"]`)).toBeVisible();

    await page.getByTestId('chip-source-mastodon').click();
    await expect(count).toHaveText(new RegExp(`^[\\d,]+ of ${total.toLocaleString('en-US')} contacts$`));
    await page.getByTestId('clear-filters').click();
    await expect(count).toHaveText(`${total.toLocaleString('en-US')} contacts`);

    await page.getByTestId('merge-button').click();
    const panel = page.getByTestId('merge-panel');
    const before = await panel.getByTestId('merge-item').count();
    expect(before).toBeGreaterThan(0);
    await panel.getByTestId('merge-accept').first().click();
    await expect(count).toHaveText(`${(total - 1).toLocaleString('en-US')} contacts`);
  });
});
