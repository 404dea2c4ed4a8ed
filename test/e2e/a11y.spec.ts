import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { importCorpus, row } from './helpers.js';

/** Serious and critical findings, each as "rule: first target", so a failure says where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // axe really looked: contrast and names were checked on this page.
  expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
  const all = results.violations.map((violation) => `${violation.impact} ${violation.id}`);
  if (all.length > 0) console.log(all.join('\n'));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious in any main view (${theme})`, async ({ page, host }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(host.url);
    await expect(page.getByTestId('first-run')).toBeVisible();
    const found: Record<string, string[]> = { 'first run': await seriousViolations(page) };
    await importCorpus(page);
    await row(page, 'Ada Lovelace').click();
    found.roster = await seriousViolations(page);
    await page.getByTestId('remove-button').click();
    found['remove dialog'] = await seriousViolations(page);
    await page.getByTestId('confirm-remove').click();
    await expect(page.getByTestId('toast')).toBeVisible();
    found['roster with toast'] = await seriousViolations(page);
    await page.getByTestId('export-menu').click();
    found['export menu'] = await seriousViolations(page);
    await page.keyboard.press('Escape');
    for (const view of ['trash', 'removed', 'checklist', 'log'] as const) {
      await page.getByTestId(`view-${view}`).click();
      await expect(page.getByTestId('loading-state')).toHaveCount(0);
      found[view] = await seriousViolations(page);
    }
    await page.getByTestId('view-rules').click();
    await page.getByTestId('rule-item').first().waitFor();
    found.rules = await seriousViolations(page);
    await page.getByTestId('rule-edit').first().click();
    await expect(page.getByTestId('dry-run-count')).toHaveText(/match/);
    found['rule editor'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Back to rules' }).click();
    await page.getByTestId('rule-item').first().getByTestId('rule-enabled').check();
    await page.getByTestId('rules-run').click();
    await page.getByTestId('view-review').click();
    await page.getByTestId('review-item').first().waitFor();
    found.review = await seriousViolations(page);
    await page.getByTestId('settings-button').click();
    found.settings = await seriousViolations(page);
    await page.keyboard.press('Escape');
    await page.locator('body').press('?');
    found.shortcuts = await seriousViolations(page);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((view) => [view, []])));
  });
}
