import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { importCorpus } from './helpers.js';

const count = (page: Page) => page.getByTestId('dry-run-count');

test.describe('rules', () => {
  test('write a rule with a live dry run, enable it, accept a group, dismiss one, undo the removals', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await importCorpus(page);

    await page.getByTestId('view-rules').click();
    const list = page.getByTestId('rule-item');
    await expect(list).toHaveCount(6);
    await expect(list.first()).toContainText('Stale connections');
    await expect(list.first()).toContainText('Propose removing everyone who connected more than 5 years ago');
    await expect(list.first().getByTestId('rule-enabled')).not.toBeChecked();

    // Write a rule; the dry run follows each edit.
    await page.getByTestId('rule-new').click();
    const editor = page.getByTestId('rule-editor');
    await editor.getByTestId('rule-name').fill('Connected before 2020');
    const row = editor.getByTestId('fact-row').first();
    await row.getByTestId('fact-op').selectOption('before');
    await row.getByTestId('fact-value').fill('2016-01-01');
    await expect(count(page)).toHaveText('2 people match');
    await row.getByTestId('fact-value').fill('2020-01-01');
    await expect(count(page)).toHaveText('3 people match');
    await expect(page.getByTestId('dry-run-item')).toHaveText([
      /Ada Lovelace\s*connected 10 Dec 2015/,
      /Grace Hopper\s*connected 9 Dec 2019/,
      /Linus Torvalds\s*connected 17 Sep 2011/,
    ]);
    // An unfinished condition says what is missing, by its path.
    await editor.getByTestId('add-condition').click();
    await editor.getByTestId('fact-row').nth(1).getByTestId('fact-field').selectOption('company');
    await expect(page.getByTestId('dry-run-problem')).toHaveText(
      'when.all[1].value: must be text of 1 to 200 characters',
    );
    await expect(editor.getByTestId('rule-save')).toBeDisabled();
    await editor.getByTestId('fact-row').nth(1).getByRole('button', { name: 'Remove condition: Company' }).click();
    await expect(count(page)).toHaveText('3 people match');
    await editor.getByTestId('rule-action').selectOption('remove');
    await expect(editor.getByTestId('rule-sentence')).toHaveText(
      'Propose removing everyone who connected before 1 Jan 2020.',
    );
    await editor.getByTestId('rule-save').click();

    // Enable it and run it.
    const mine = list.filter({ hasText: 'Connected before 2020' });
    await mine.getByTestId('rule-enabled').check();
    await expect(mine.getByTestId('rule-enabled')).toBeChecked();
    await page.getByTestId('rules-run').click();
    await expect(page.getByTestId('toast')).toContainText('3 proposals to review');
    await expect(page.getByTestId('view-review')).toContainText('3');

    // Review: dismiss one, accept the rest of the group as one action.
    await page.getByTestId('view-review').click();
    const items = page.getByTestId('review-item');
    await expect(items).toHaveCount(3);
    await expect(items.first()).toContainText('connected 10 Dec 2015');
    await items.filter({ hasText: 'Grace Hopper' }).getByTestId('review-dismiss').click();
    await expect(items).toHaveCount(2);
    await page.getByTestId('review-accept-all').click();
    await expect(page.getByTestId('toast')).toContainText('Accepted 2 proposals.');
    await expect(page.getByTestId('review-empty')).toBeVisible();
    await expect(page.getByTestId('view-roster')).toContainText('4');

    // Undo takes the whole group back: both people return, and so do their proposals.
    await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('view-roster')).toContainText('6');
    await expect(items).toHaveCount(2);
    await expect(items).toHaveText([/Ada Lovelace/, /Linus Torvalds/]);
  });
});

test('the rules flow by keyboard alone: open Rules, enable a rule, run it, accept from Review', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await importCorpus(page);
  // The sidebar's views are one Tab stop moved with the arrows; End is the last, Reconnect, and Rules is above it.
  await page.getByTestId('view-roster').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('rules-view')).toBeVisible();
  // Tab through the view to the first rule's switch; Space turns it on.
  const firstSwitch = page.getByTestId('rule-enabled').first();
  for (let i = 0; i < 12 && !(await firstSwitch.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(firstSwitch).toBeFocused();
  await page.keyboard.press('Space');
  await expect(firstSwitch).toBeChecked();
  // Back up to Run now (Shift+Tab past Export and Import…) and press Enter.
  const run = page.getByTestId('rules-run');
  for (let i = 0; i < 6 && !(await run.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toast')).toContainText('to review');
  const review = page.getByTestId('view-review');
  for (let i = 0; i < 6 && !(await review.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Shift+Tab');
  await expect(review).toBeFocused();
  await page.keyboard.press('Enter');
  const accept = page.getByTestId('review-accept').first();
  await expect(accept).toBeVisible();
  const before = await page.getByTestId('review-item').count();
  for (let i = 0; i < 12 && !(await accept.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(accept).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-item')).toHaveCount(before - 1);
  await expect(page.getByTestId('toast')).toContainText('Accepted 1 proposal.');
});
