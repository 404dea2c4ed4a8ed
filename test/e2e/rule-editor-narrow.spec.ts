import { expect, test } from './fixtures.js';
import { importCorpus } from './helpers.js';

test.use({ viewport: { width: 900, height: 600 } });

test('at the smallest window the dry run stays in view while editing; condition rows line up', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await importCorpus(page);
  await page.getByTestId('view-rules').click();
  await page.getByTestId('rule-new').click();
  const editor = page.getByTestId('rule-editor');
  const count = page.getByTestId('dry-run-count');

  // Three conditions, the last one scrolled to: the count is still on screen and follows each edit.
  await editor.getByTestId('add-condition').click();
  await editor.getByTestId('add-condition').click();
  const rows = editor.getByTestId('fact-row');
  await rows.nth(1).getByTestId('fact-field').selectOption('protected');
  await rows.nth(1).getByTestId('fact-value').selectOption('no');
  await rows.nth(2).getByTestId('fact-op').selectOption('lte');
  await rows.nth(2).getByTestId('fact-value').fill('1000');
  await rows.nth(0).getByTestId('fact-op').selectOption('before');
  await rows.nth(0).getByTestId('fact-value').fill('2016-01-01');
  await editor.getByTestId('rule-save').scrollIntoViewIfNeeded();
  await expect(count).toHaveText('2 people match');
  await expect(count).toBeInViewport({ ratio: 1 });
  await rows.nth(0).getByTestId('fact-value').fill('2020-01-01');
  await expect(count).toHaveText('3 people match');
  await expect(count).toBeInViewport({ ratio: 1 });

  // The list of matches opens from the bar, and closes again.
  const toggle = page.getByTestId('dry-run-toggle');
  await expect(page.getByTestId('dry-run-list')).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('dry-run-item').first()).toBeInViewport();
  await toggle.click();
  await expect(page.getByTestId('dry-run-list')).toBeHidden();

  // Every row's × stands in one column, whatever its value field, and says which condition it removes.
  const removes = editor.getByTestId('fact-remove');
  const lefts = await removes.evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().left)));
  expect(lefts).toHaveLength(3);
  expect(new Set(lefts).size).toBe(1);
  const names = ['Connected on', 'Protected', 'Messages you sent'];
  for (const [index, name] of names.entries())
    await expect(removes.nth(index)).toHaveAccessibleName(`Remove condition: ${name}`);
});

test('wide, the dry run is a side panel with its list always shown (no toggle)', async ({ page, host }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(host.url);
  await importCorpus(page);
  await page.getByTestId('view-rules').click();
  await page.getByTestId('rule-edit').first().click();
  await expect(page.getByTestId('dry-run-count')).toHaveText(/match/);
  await expect(page.getByTestId('dry-run-toggle')).toBeHidden();
  await expect(page.getByTestId('dry-run-list')).toBeVisible();
});

test('by keyboard alone at 900×600: write a rule, watch the dry run, save, run it, accept a group, undo', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await importCorpus(page);
  const tabTo = async (testId: string, key = 'Tab', limit = 30) => {
    const target = page.getByTestId(testId).first();
    for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press(key);
    await expect(target).toBeFocused();
  };
  // Sidebar: one Tab stop moved with the arrows; Rules is above Reconnect, the last.
  await page.getByTestId('view-roster').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await tabTo('rule-new');
  await page.keyboard.press('Enter');
  await tabTo('rule-name');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Old connections');
  // The first condition: "Connected on", "before", a date typed into the date field.
  await tabTo('fact-op');
  await page.keyboard.press('b'); // "before"
  await expect(page.getByTestId('fact-op')).toHaveValue('before');
  await page.keyboard.press('Tab');
  await page.keyboard.type('01012020');
  const count = page.getByTestId('dry-run-count');
  await expect(count).toHaveText('3 people match');
  await expect(count).toBeInViewport({ ratio: 1 });
  await tabTo('rule-action');
  await page.keyboard.press('ArrowUp'); // from "Flag for review" to "Propose removal"
  await expect(page.getByTestId('rule-action')).toHaveValue('remove');
  await tabTo('rule-save');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toast')).toContainText('Saved “Old connections”.');

  // Enable it (Space on its switch), run the rules, and go to Review.
  await tabTo('rule-enabled', 'Tab', 40);
  const mine = page.getByTestId('rule-item').filter({ hasText: 'Old connections' }).getByTestId('rule-enabled');
  for (let i = 0; i < 30 && !(await mine.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(mine).toBeFocused();
  await page.keyboard.press('Space');
  await expect(mine).toBeChecked();
  await tabTo('rules-run', 'Shift+Tab', 40);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toast')).toContainText('3 proposals to review');
  await tabTo('view-review', 'Shift+Tab', 20);
  await page.keyboard.press('Enter');

  // Accept the whole group from its header, then Ctrl+Z brings all three back.
  await tabTo('review-accept-all');
  await expect(page.getByTestId('review-accept-all')).toHaveText('Remove all 3');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('toast')).toContainText('Accepted 3 proposals.');
  await expect(page.getByTestId('view-roster')).toContainText('3');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('view-roster')).toContainText('6');
  await expect(page.getByTestId('review-item')).toHaveCount(3);
});
