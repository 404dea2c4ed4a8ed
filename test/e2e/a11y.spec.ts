import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { importCorpus, row } from './helpers.js';
import { rssOfPosts, startFeedServer } from '../helpers/feed-server.js';

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
    // Sixteen axe runs over every view and the reconnect panel: more than the default minute on a busy machine.
    test.setTimeout(180_000);
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
    for (const view of ['trash', 'removed', 'checklist', 'log', 'reconnect'] as const) {
      await page.getByTestId(`view-${view}`).click();
      await expect(page.getByTestId('loading-state')).toHaveCount(0);
      found[view] = await seriousViolations(page);
    }
    await page.getByTestId('view-trash').click();
    await row(page, 'Ada Lovelace').click();
    await page.getByTestId('reconnect-open').click();
    // Only in the Trash, her checklist item unticked: the dialog leads with Restore.
    await expect(page.getByTestId('reconnect-restore-lead')).toBeVisible();
    found['reconnect, restore first'] = await seriousViolations(page);
    await page.getByTestId('reconnect-write-anyway').click();
    await expect(page.getByTestId('reconnect-addresses')).toBeVisible();
    found['reconnect panel'] = await seriousViolations(page);
    await page.getByTestId('reconnect-mark-sent').click();
    await expect(page.getByTestId('reconnect-attempt-status')).toHaveText('Sent');
    found['reconnect panel, sent'] = await seriousViolations(page);
    await page.getByTestId('reconnect-edit-template').click();
    found['template editor'] = await seriousViolations(page);
    await page.keyboard.press('Escape');
    await page.getByTestId('view-reconnect').click();
    await expect(page.getByTestId('reconnect-row')).toHaveCount(1);
    found['reconnect list'] = await seriousViolations(page);
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

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious in the feed's views (${theme})`, async ({ page, host }) => {
    test.setTimeout(180_000); // eleven axe runs
    const server = await startFeedServer({
      '/grace.xml': (_request, response) => response.writeHead(200).end(rssOfPosts('grace', 12)),
    });
    try {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(host.url);
      await importCorpus(page);
      await page.getByTestId('view-feed').click();
      await expect(page.getByTestId('feed-empty')).toBeVisible();
      const found: Record<string, string[]> = { 'feed, no feeds': await seriousViolations(page) };
      await page.getByTestId('view-roster').click();
      await row(page, 'Grace Hopper').click();
      await page.getByTestId('add-feed').click();
      found['add feed'] = await seriousViolations(page);
      await page.getByTestId('add-feed-address').fill(`${server.origin}/grace.xml`);
      await page.getByTestId('add-feed-confirm').click();
      await expect(page.getByTestId('person-feeds').getByTestId('subscription')).toHaveCount(1);
      found['detail with feeds'] = await seriousViolations(page);
      await page.getByTestId('view-feed').click();
      await page.getByTestId('feed-card').first().waitFor();
      found.feed = await seriousViolations(page);
      await page.getByTestId('hide-menu').first().click();
      found['hide menu'] = await seriousViolations(page);
      await page.getByTestId('menu-cap').click();
      found['cap dialog'] = await seriousViolations(page);
      await page.getByTestId('cap-confirm').click();
      await page.getByTestId('show-hidden').check();
      await page.getByTestId('hidden-reason').first().waitFor();
      found['show hidden'] = await seriousViolations(page);
      await page.getByTestId('hide-menu').first().click();
      await page.getByTestId('menu-mute-word').click();
      found['mute word dialog'] = await seriousViolations(page);
      await page.keyboard.press('Escape');
      for (const section of ['noisy', 'hidden', 'subscriptions'] as const) {
        await page.getByTestId(`feed-section-${section}`).click();
        await expect(page.getByTestId('loading-state')).toHaveCount(0);
        found[section] = await seriousViolations(page);
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((view) => [view, []])));
    } finally {
      await server.close();
    }
  });
}
