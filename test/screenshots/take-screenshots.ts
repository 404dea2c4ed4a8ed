/**
 * `npm run screenshots`: the main views over the sample roster at 900×600 and 1440×900,
 * light and dark, into docs/screenshots/. Uses the system Chromium, like the e2e tests.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, type Page } from '@playwright/test';
import { fillSampleRoster, startSampleHost } from '../helpers/sample-host.js';
import { addSampleHideRules } from './sample-hide-rules.js';
import { fillReconnectAttempts, trashOnlyPerson } from './reconnect-sample.js';
import { START_OVER_SHOTS } from './start-over-shots.js';

const out = path.resolve(import.meta.dirname, '../../docs/screenshots');
const SIZES = [
  { width: 900, height: 600 },
  { width: 1440, height: 900 },
];
const THEMES = ['light', 'dark'] as const;

type Shot = { name: string; prepare(page: Page): Promise<void> };

const openView = (view: string) => async (page: Page) => {
  await page.getByTestId(`view-${view}`).click();
};

/** The Removed view, the person the sample gave the most addresses, Reconnect…. */
async function openFeatured(page: Page) {
  await openView('removed')(page);
  await page.getByTestId('search-input').fill(featured);
  await page.getByTestId('contact-row').filter({ hasText: featured }).click();
  await page.getByTestId('reconnect-open').click();
  await page.getByTestId('reconnect-addresses').waitFor();
}

const SHOTS: Shot[] = [
  {
    name: 'roster',
    async prepare(page) {
      await page.getByTestId('contact-row').nth(2).click();
      await page.getByTestId('detail-name').waitFor();
    },
  },
  {
    // Keyboard only: Tab to the skip link, into the list, down two rows.
    name: 'keyboard',
    async prepare(page) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.getByTestId('detail-name').waitFor();
    },
  },
  {
    // The table scrolled sideways: the name column stays pinned, the selected row keeps its colour.
    name: 'roster-scrolled',
    async prepare(page) {
      await page.getByTestId('contact-row').nth(2).click();
      await page.getByTestId('contact-row').nth(4).hover();
      await page.locator('[data-testid="contact-list"] .table-body').evaluate((body) => body.scrollBy(400, 0));
    },
  },
  {
    // Where the filters do not fit on one line, the date range and company are in "More filters".
    name: 'more-filters',
    async prepare(page) {
      const more = page.getByTestId('more-filters');
      if ((await more.count()) === 0) return;
      await more.click();
      await page.getByTestId('more-filters-panel').waitFor();
    },
  },
  {
    name: 'remove-dialog',
    async prepare(page) {
      await page.getByTestId('contact-row').nth(2).click();
      await page
        .getByTestId('contact-row')
        .nth(4)
        .click({ modifiers: ['Shift'] });
      await page.getByTestId('remove-button').click();
      await page.getByTestId('confirm-removal').waitFor();
    },
  },
  {
    name: 'export-menu',
    async prepare(page) {
      await page.getByTestId('export-menu').click();
      await page.getByTestId('export-menu-list').waitFor();
    },
  },
  {
    name: 'merge-card',
    async prepare(page) {
      await page.getByTestId('merge-button').click();
      await page.getByTestId('merge-panel').waitFor();
    },
  },
  {
    name: 'trash',
    async prepare(page) {
      await openView('trash')(page);
      await page.getByTestId('contact-row').nth(1).click();
    },
  },
  { name: 'removed', prepare: openView('removed') },
  {
    name: 'checklist',
    async prepare(page) {
      await openView('checklist')(page);
      await page.getByTestId('checklist-item').first().waitFor();
    },
  },
  {
    name: 'log',
    async prepare(page) {
      await openView('log')(page);
      await page.getByTestId('audit-entry').first().waitFor();
    },
  },
  {
    name: 'feed',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('feed-card').first().waitFor();
    },
  },
  {
    name: 'feed-hide-menu',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('feed-card').nth(1).getByTestId('hide-menu').click();
      await page.getByTestId('hide-menu-list').waitFor();
    },
  },
  {
    name: 'feed-show-hidden',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('show-hidden').check();
      await page.getByTestId('hidden-reason').first().waitFor();
    },
  },
  {
    name: 'feed-hidden-card-menu',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('show-hidden').check();
      const hidden = page.getByTestId('feed-card').filter({ has: page.getByTestId('hidden-reason') });
      await hidden.first().getByTestId('hide-menu').click();
      await page.getByTestId('hide-menu-list').waitFor();
    },
  },
  {
    name: 'feed-person-combobox',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('feed-person-filter-input').click();
      await page.getByTestId('feed-person-filter-input').fill('an');
      await page.getByTestId('feed-person-filter-option').first().waitFor();
    },
  },
  {
    name: 'feed-hidden-muted',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('feed-section-hidden').click();
      await page.getByTestId('hide-rule').first().waitFor();
    },
  },
  {
    name: 'feed-noisy',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('feed-section-noisy').click();
      await page.getByTestId('noisy-row').first().waitFor();
    },
  },
  {
    name: 'feed-subscriptions',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('feed-section-subscriptions').click();
      await page.getByTestId('subscription').first().waitFor();
    },
  },
  {
    name: 'feed-source-kind',
    async prepare(page) {
      await openView('feed')(page);
      await page.getByTestId('feed-source-filter').selectOption({ label: 'Mastodon' });
      await page.getByTestId('feed-card').first().waitFor();
    },
  },
  {
    name: 'rules',
    async prepare(page) {
      await openView('rules')(page);
      await page.getByTestId('rule-item').first().waitFor();
    },
  },
  {
    name: 'rule-editor',
    async prepare(page) {
      await openView('rules')(page);
      await page.getByTestId('rule-edit').first().click();
      await expect(page.getByTestId('dry-run-count')).toHaveText(/match/);
    },
  },
  {
    // The dry run's list: a side panel when wide, opened from the bar under the form when narrow.
    name: 'rule-editor-list',
    async prepare(page) {
      await openView('rules')(page);
      await page.getByTestId('rule-edit').first().click();
      await expect(page.getByTestId('dry-run-count')).toHaveText(/match/);
      const toggle = page.getByTestId('dry-run-toggle');
      if (await toggle.isVisible()) await toggle.click();
      await page.getByTestId('dry-run-item').first().waitFor();
    },
  },
  {
    // A nested group: its rows indent one step, the × of every row in one column.
    name: 'rule-editor-nested',
    async prepare(page) {
      await openView('rules')(page);
      await page.getByTestId('rule-edit').nth(5).click();
      await expect(page.getByTestId('dry-run-count')).toHaveText(/match/);
    },
  },
  {
    // Esc after an edit asks before the changes go.
    name: 'rule-editor-discard',
    async prepare(page) {
      await openView('rules')(page);
      await page.getByTestId('rule-edit').first().click();
      await page.getByTestId('rule-name').fill('Stale connections (mine)');
      await page.keyboard.press('Escape');
      await page.getByTestId('rule-discard-dialog').waitFor();
    },
  },
  {
    name: 'review',
    async prepare(page) {
      await openView('rules')(page);
      const stale = page.getByTestId('rule-item').filter({ hasText: 'Look-alikes' });
      await stale.getByTestId('rule-enabled').check();
      await page.getByTestId('rules-run').click();
      await openView('review')(page);
      await page.getByTestId('review-item').first().waitFor();
      await page.getByTestId('toast').getByRole('button', { name: 'Dismiss' }).click();
    },
  },
  {
    name: 'settings',
    async prepare(page) {
      await page.getByTestId('settings-button').click();
      await page.getByTestId('settings').waitFor();
    },
  },
  {
    name: 'reconnect-view',
    async prepare(page) {
      await openView('reconnect')(page);
      await page.getByTestId('reconnect-row').first().waitFor();
    },
  },
  {
    name: 'reconnect-panel',
    async prepare(page) {
      await openFeatured(page);
    },
  },
  {
    name: 'reconnect-composer',
    async prepare(page) {
      await openFeatured(page);
      await page.getByTestId('reconnect-template').selectOption({ label: 'Re-introduction' });
      await page.getByTestId('reconnect-composer').evaluate((composer) => composer.scrollIntoView({ block: 'start' }));
      await page.getByTestId('reconnect-body').focus();
    },
  },
  {
    // Only in Prune's Trash, LinkedIn untouched: the dialog leads with Restore.
    name: 'reconnect-restore',
    async prepare(page) {
      await openView('trash')(page);
      await page.getByTestId('search-input').fill(trashOnly);
      await page.getByTestId('contact-row').filter({ hasText: trashOnly }).click();
      await page.getByTestId('reconnect-open').click();
      await page.getByTestId('reconnect-restore-lead').waitFor();
    },
  },
  ...START_OVER_SHOTS,
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.PRUNE_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--force-color-profile=srgb', '--font-render-hinting=none'],
});
let featured = '';
let trashOnly = '';
const host = await startSampleHost(async (core) => {
  await fillSampleRoster(core);
  await addSampleHideRules(core);
  featured = await fillReconnectAttempts(core);
  trashOnly = trashOnlyPerson(core);
});
/** `PRUNE_SHOTS=feed,reconnect npm run screenshots` retakes only the shots whose names start so (the others stay as committed). */
const only = process.env.PRUNE_SHOTS?.split(',');
const shots = only ? SHOTS.filter((shot) => only.some((prefix) => shot.name.startsWith(prefix))) : SHOTS;
const empty = await startSampleHost();
try {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      const context = await browser.newContext({ viewport: size, colorScheme: theme, locale: 'en-US' });
      const page = await context.newPage();
      const file = (name: string) => path.join(out, `${name}-${size.width}x${size.height}-${theme}.png`);
      for (const shot of shots) {
        await page.goto(host.url);
        await page.getByTestId('contact-row').first().waitFor();
        await shot.prepare(page);
        if (shot.name !== 'roster-scrolled') await page.mouse.move(0, size.height - 1);
        await page.screenshot({ path: file(shot.name) });
      }
      if (!only || only.includes('first-run')) {
        await page.goto(empty.url);
        await page.getByTestId('first-run').waitFor();
        await page.screenshot({ path: file('first-run') });
      }
      await context.close();
      console.log(`${size.width}×${size.height} ${theme}: ${shots.length} screenshots`);
    }
  }
} finally {
  await host.close();
  await empty.close();
  await browser.close();
}
