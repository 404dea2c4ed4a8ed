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
