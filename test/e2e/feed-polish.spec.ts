import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/** Issue 11 follow-ups, over the sample network (about 2,000 people with a year of posts) at 900×600. */
test.use({ viewport: { width: 900, height: 600 } });

const cards = (page: Page) => page.getByTestId('feed-card');

async function openSampleFeed(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('sample-button').click();
  await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click({ timeout: 60_000 });
  await page.getByTestId('view-feed').click();
  await expect(cards(page).first()).toBeVisible({ timeout: 30_000 });
}

/** Nothing in the page is wider than it: no horizontal scroll, every action button inside. */
async function expectNoHorizontalOverflow(page: Page) {
  const view = page.getByTestId('noisy-view');
  expect(await view.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const box = (await view.boundingBox())!;
  for (const button of await page.getByTestId('noisy-hide-menu').all()) {
    const buttonBox = (await button.boundingBox())!;
    expect(buttonBox.x + buttonBox.width).toBeLessThanOrEqual(box.x + box.width);
  }
}

test('Who is noisy fits 900×600 in both themes', async ({ page, host }) => {
  await openSampleFeed(page, host.url);
  await page.getByTestId('feed-section-noisy').click();
  await expect(page.getByTestId('noisy-row').first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoHorizontalOverflow(page);
});

test('the person filter is a searchable combobox; a name on a card filters to that person', async ({ page, host }) => {
  await openSampleFeed(page, host.url);
  const name = (await cards(page).first().getByTestId('feed-person').textContent())!;
  const input = page.getByTestId('feed-person-filter-input');
  await expect(input).toHaveAttribute('role', 'combobox');
  await input.click();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  // Thousands of people: the list shows a few and says how many more there are.
  expect(await page.getByTestId('feed-person-filter-option').count()).toBeLessThanOrEqual(51);
  await expect(page.getByTestId('feed-person-filter-more')).toContainText('more');
  await input.fill(name.toUpperCase());
  await expect(page.getByTestId('feed-person-filter-option').first()).toHaveText(name);
  await page.keyboard.press('Enter');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue(name);
  for (const person of await page.getByTestId('feed-person').allTextContents()) expect(person).toBe(name);
  // Esc closes without changing the choice; Everyone is the first option.
  await input.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(input).toHaveValue(name);
  await input.press('ArrowDown');
  await expect(page.getByTestId('feed-person-filter-option').first()).toHaveText('Everyone');
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue('Everyone');

  // A click on a card's name shows only that person.
  const other = cards(page)
    .filter({ hasNot: page.getByTestId('feed-person').filter({ hasText: name }) })
    .first();
  const otherName = (await other.getByTestId('feed-person').textContent())!;
  await other.getByTestId('feed-person').click();
  await expect(input).toHaveValue(otherName);
  for (const person of await page.getByTestId('feed-person').allTextContents()) expect(person).toBe(otherName);
});

test('a hidden update says so and its menu starts with the way back, named; keyboard alone; undoable', async ({
  page,
  host,
}) => {
  await openSampleFeed(page, host.url);
  const first = cards(page).first();
  const name = (await first.getByTestId('feed-person').textContent())!;
  await first.getByTestId('hide-menu').click();
  await page.getByTestId('menu-mute').click();
  await expect(page.getByTestId('toast')).toContainText(`Mute ${name}`);
  await page.getByTestId('show-hidden').check();
  const hidden = cards(page)
    .filter({ has: page.getByTestId('hidden-reason') })
    .first();
  await expect(hidden.getByTestId('hidden-reason')).toHaveText('Muted');
  await expect(hidden.getByTestId('hide-menu')).toContainText('Hidden');
  await expect(hidden.getByTestId('hide-menu')).not.toContainText('Hide');
  const postId = await hidden.getAttribute('data-post-id');
  const same = page.locator(`[data-testid="feed-card"][data-post-id="${postId}"]`);

  // From here, keys only: the card, H, the first item lifts the mute by name.
  await hidden.focus();
  await page.keyboard.press('h');
  await expect(page.getByTestId('menu-lift')).toBeFocused();
  await expect(page.getByTestId('menu-lift')).toHaveText(`Unmute ${name}`);
  await page.keyboard.press('Enter');
  await expect(same.getByTestId('hidden-reason')).toHaveCount(0);
  await expect(same.getByTestId('hide-menu')).toContainText('Hide');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(same.getByTestId('hidden-reason')).toHaveText('Muted');
  await expect(same.getByTestId('hide-menu')).toContainText('Hidden');
});
