import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { importCorpus } from './helpers.js';

/** Issue 12 follow-ups: Dismiss and Never suggest are undoable; rows tell people apart; the editor by keyboard. */

async function staleProposals(page: Page) {
  await page.getByTestId('view-rules').click();
  const stale = page.getByTestId('rule-item').filter({ hasText: 'Stale connections' });
  await stale.getByTestId('rule-enabled').check();
  await page.getByTestId('rules-run').click();
  await expect(page.getByTestId('toast')).toContainText('to review');
  await page.getByTestId('view-review').click();
}

const isFocused = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((element) => element === document.activeElement);

test('dismiss and never suggest are undone like accept: toast Undo, the Undo button, Ctrl+Z', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await importCorpus(page);
  await staleProposals(page);
  const items = page.getByTestId('review-item');
  await expect(items).toHaveText([/Grace Hopper/, /José Müller-Øster/, /Linus Torvalds/]);

  // Every row says where the person works, muted, beside the name.
  const linus = items.filter({ hasText: 'Linus Torvalds' });
  await expect(linus.getByTestId('review-role')).toHaveText('Fellow · Linux Foundation');

  // Accept Grace, then dismiss Linus: Ctrl+Z undoes the dismissal, not the accept.
  await items.filter({ hasText: 'Grace Hopper' }).getByTestId('review-accept').click();
  await expect(page.getByTestId('toast')).toContainText('Accepted 1 proposal.');
  await linus.getByTestId('review-dismiss').click();
  await expect(page.getByTestId('toast')).toContainText('Dismissed 1 proposal.');
  await expect(page.getByTestId('toast').getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(page.getByTestId('toolbar-undo')).toHaveAttribute('aria-label', 'Undo Dismiss Linus Torvalds');
  await expect(items).toHaveText([/José Müller-Øster/]);
  await page.locator('body').press('ControlOrMeta+z');
  await expect(page.getByTestId('toast')).toContainText('Undone: Dismiss Linus Torvalds.');
  await expect(items).toHaveText([/José Müller-Øster/, /Linus Torvalds/]);
  await expect(page.getByTestId('toolbar-undo')).toHaveAttribute('aria-label', 'Undo Remove Grace Hopper');

  // Never suggest: the toast's Undo brings the proposal back.
  await linus.getByTestId('review-protect').click();
  await expect(page.getByTestId('toast')).toContainText('No rule will suggest Linus Torvalds again.');
  await expect(page.getByTestId('toolbar-undo')).toHaveAttribute('aria-label', 'Undo Never suggest Linus Torvalds');
  await expect(items).toHaveText([/José Müller-Øster/]);
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveText([/José Müller-Øster/, /Linus Torvalds/]);

  // The name opens the person in the roster.
  await linus.getByTestId('review-person').click();
  await expect(page.getByTestId('detail-pane').getByTestId('detail-name')).toHaveText('Linus Torvalds');
});

test('the rule editor by keyboard: focus goes to Name, Esc leaves (asking after an edit), focus comes back', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await importCorpus(page);
  await page.getByTestId('view-rules').click();
  const edit = page.getByRole('button', { name: 'Edit Stale connections' });
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rule-name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rule-editor')).toHaveCount(0);
  await expect(edit).toBeFocused();

  // After an edit, Esc asks first; Esc in the question keeps editing.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rule-name')).toBeFocused();
  await page.keyboard.type(' (mine)');
  await page.keyboard.press('Escape');
  const ask = page.getByTestId('rule-discard-dialog');
  await expect(ask).toContainText('Discard your changes?');
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(page.getByTestId('rule-editor')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  // Tab to Discard and press it: nothing saved, focus back on the rule's Edit button.
  for (let i = 0; i < 4 && !(await isFocused(page, 'rule-discard')); i++) await page.keyboard.press('Tab');
  await expect(page.getByTestId('rule-discard')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rule-editor')).toHaveCount(0);
  await expect(page.getByTestId('rule-item').first()).toContainText('Stale connections');
  await expect(page.getByTestId('rule-item').first()).not.toContainText('(mine)');
  await expect(edit).toBeFocused();

  // New rule likewise; its date operators read naturally, the number's unit beside it.
  const newRule = page.getByTestId('rule-new');
  await newRule.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rule-name')).toBeFocused();
  const row = page.getByTestId('fact-row').first();
  await expect(row.getByTestId('fact-op').locator('option')).toContainText(['more than … years ago']);
  await row.getByTestId('fact-op').selectOption('olderThanYears');
  await expect(row.getByTestId('fact-unit')).toHaveText('years');
  await page.getByTestId('rule-name').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('rule-discard-dialog')).toContainText('Discard this new rule?');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rule-editor')).toHaveCount(0);
  await expect(newRule).toBeFocused();
});

test('the starter "Changed jobs" and a count of 1 read as plain English', async ({ page, host }) => {
  await page.goto(host.url);
  await importCorpus(page);
  await page.getByTestId('view-rules').click();
  await expect(page.getByTestId('rule-item').filter({ hasText: 'Changed jobs' })).toHaveCount(1);
  await expect(page.getByTestId('rule-list')).not.toContainText('Changed field');
  await expect(page.getByTestId('rule-item').filter({ hasText: 'Look-alikes' })).toContainText(
    'shares their name with at least 1 other person.',
  );
});
