import { expect, test } from './fixtures.js';
import { focusedTestId, importCorpus, row, rowNames, rows } from './helpers.js';

test.describe('keyboard and dialogs (issue 9)', () => {
  test('keyboard only: skip to the list, pick someone, remove with Enter, undo', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    // Closing the summary put focus on the list; from a fresh window, the first Tab is the skip link.
    await expect.poll(() => focusedTestId(page)).toBe('contact-list');
    await page.reload();
    await expect(page.getByTestId('app-ready')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedTestId(page)).toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedTestId(page)).toBe('contact-list');
    await page.keyboard.press('End');
    await expect(row(page, 'Иван Петров')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await expect(row(page, 'Alan Turing')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('contact-list')).toHaveAttribute(
      'aria-activedescendant',
      (await row(page, 'Alan Turing').getAttribute('id'))!,
    );
    await page.keyboard.press('Delete');
    const dialog = page.getByTestId('confirm-removal');
    await expect(dialog).toContainText('Remove Alan Turing?');
    await expect.poll(() => focusedTestId(page)).toBe('removal-reason');
    await page.keyboard.type('never met');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('toast')).toContainText('Removed 1 person');
    await expect(page.getByTestId('shown-count')).toHaveText('5 contacts');
    await expect.poll(() => focusedTestId(page)).toBe('contact-list');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.getByTestId('toast')).toContainText('Undone: 1 person back as before.');
    await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
  });

  test('↓ from search picks the first result; a view opened from the keyboard takes focus', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await page.keyboard.press('ControlOrMeta+f');
    await page.keyboard.type('grace');
    await expect(page.getByTestId('shown-count')).toHaveText('1 of 6 contacts');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedTestId(page)).toBe('contact-list');
    await expect(row(page, 'Grace Hopper')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ControlOrMeta+7');
    await expect.poll(() => focusedTestId(page)).toBe('rules-view');
    await page.keyboard.press('ControlOrMeta+5');
    await expect.poll(() => focusedTestId(page)).toBe('audit-view');
    await page.keyboard.press('ControlOrMeta+1');
    await expect.poll(() => focusedTestId(page)).toBe('contact-list');
    // A search focus asked for in the roster must not replay when the feed's search mounts.
    await page.keyboard.press('ControlOrMeta+f');
    await expect.poll(() => focusedTestId(page)).toBe('search-input');
    await page.getByTestId('view-feed').click();
    await expect(page.getByTestId('feed-view')).toBeVisible();
    await expect.poll(() => focusedTestId(page)).not.toBe('feed-search');
  });

  test('Esc cancels the removal and focus returns to the list', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Grace Hopper').click();
    await page.getByTestId('contact-list').press('Delete');
    await expect(page.getByTestId('confirm-removal')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('confirm-removal')).toBeHidden();
    await expect.poll(() => focusedTestId(page)).toBe('contact-list');
    await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
  });

  test('Export is a menu button: arrows move without exporting, Enter picks, Esc closes', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByTestId('export-menu').focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByTestId('export-menu-list');
    await expect(menu).toBeVisible();
    await expect.poll(() => focusedTestId(page)).toBe('menu-vcard');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedTestId(page)).toBe('menu-mastodon-following');
    expect(downloads).toBe(0);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect.poll(() => focusedTestId(page)).toBe('export-menu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await expect(menu).toBeHidden();
  });

  test('the Mastodon export dialog is modal: focus moves in, Tab stays in, Esc closes', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await page.getByTestId('export-menu').click();
    await page.getByTestId('menu-mastodon-following').click();
    const dialog = page.getByTestId('mastodon-export');
    await expect(dialog).toBeVisible();
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('type-ahead, arrows across the view tabs, the shortcut sheet and the row menu', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await page.getByTestId('contact-list').focus();
    await page.keyboard.type('li');
    await expect(row(page, 'Linus Torvalds')).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Shift+F10');
    const menu = page.getByTestId('row-menu');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Copy email address' })).toBeVisible();
    await page.keyboard.press('Enter'); // the first item: Remove…
    await expect(page.getByTestId('confirm-removal')).toContainText('Remove Linus Torvalds?');
    await page.keyboard.press('Escape');

    await row(page, 'Ada Lovelace').click({ button: 'right' });
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    await page.getByTestId('view-roster').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('view-trash')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => focusedTestId(page)).toBe('view-trash');
    await page.keyboard.press('End');
    await expect(page.getByTestId('reconnect-view')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(rows(page)).toHaveCount(6);

    await page.locator('body').press('?');
    await expect(page.getByTestId('shortcuts')).toContainText('Select all shown');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('shortcuts')).toBeHidden();
    expect(await rowNames(page)).toHaveLength(6);
  });

  test('"Nothing to undo" is a toast, not an error banner', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await page.locator('body').press('ControlOrMeta+z');
    await expect(page.getByTestId('toast')).toHaveText(/Nothing to undo\./);
    await expect(page.getByTestId('error-banner')).toHaveCount(0);
  });

  test('the desktop menu’s commands reach the window', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    host.core.emit('menuCommand', { command: 'about' });
    await expect(page.getByTestId('about-version')).toHaveText('0.0.0-e2e');
    await page.keyboard.press('Escape');
    host.core.emit('menuCommand', { command: 'view-trash' });
    await expect(page.getByTestId('view-trash')).toHaveAttribute('aria-selected', 'true');
    host.core.emit('menuCommand', { command: 'find' });
    await expect.poll(() => focusedTestId(page)).toBe('search-input');
  });
});
