import type { Page } from '@playwright/test';
import { corpus, expect } from './fixtures.js';

export const rows = (page: Page) => page.getByTestId('contact-row');
export const row = (page: Page, name: string) => rows(page).filter({ hasText: name });
export const rowNames = (page: Page) =>
  page.locator('[data-testid="contact-row"] .cell-name .name-text').allTextContents();

/** The six people of the LinkedIn and vCard corpus files, sorted by name: Ada, Alan, Grace, José, Linus, Иван. */
export async function importCorpus(page: Page): Promise<void> {
  await page
    .getByTestId('import-input')
    .setInputFiles([corpus('linkedin', 'Connections.csv'), corpus('vcard', 'contacts.vcf')]);
  await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
}

/** The test id of whatever has keyboard focus (or of its closest ancestor with one). */
export const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null);
