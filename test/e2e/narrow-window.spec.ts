import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { importCorpus, row } from './helpers.js';

/** The window's minimum size (issue 9): one line of filters, a pinned name column. */
test.use({ viewport: { width: 900, height: 600 } });

const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
const token = (page: Page, name: string) =>
  page.evaluate((variable) => {
    const probe = document.createElement('div');
    probe.style.backgroundColor = `var(${variable})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  }, name);

test('the filters fit one line at 900×600: the date range and company are under "More filters"', async ({
  page,
  host,
}) => {
  // The sample network: every source present, four-digit counts.
  await page.goto(host.url);
  await page.getByTestId('sample-button').click();
  await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click({ timeout: 30_000 });
  const count = page.getByTestId('shown-count');
  await expect(count).toHaveText(/^[\d,]+ contacts$/);
  const chips = page.getByTestId('filter-chips');
  const fits = () => chips.evaluate((element) => element.scrollWidth <= element.clientWidth);
  expect(await fits()).toBe(true);
  await expect(page.getByTestId('filter-connected-after')).toBeHidden();
  await page.getByTestId('more-filters').click();
  const panel = page.getByTestId('more-filters-panel');
  await expect(panel).toBeVisible();
  await panel.getByTestId('filter-company').selectOption({ index: 1 });
  await expect(count).toHaveText(/^[\d,]+ of [\d,]+ contacts$/);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('more-filters')).toHaveText(/More filters · 1/);
  await expect(page.getByTestId('more-filters')).toBeFocused();
  expect(await fits()).toBe(true);

  // Wide enough again: the filters come back inline, the company filter still set.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.getByTestId('more-filters')).toHaveCount(0);
  await expect(page.getByTestId('filter-connected-after')).toBeVisible();
  await expect(page.getByTestId('filter-company')).not.toHaveValue('');
  await page.getByTestId('clear-filters').click();
  await expect(count).toHaveText(/^[\d,]+ contacts$/);

  // A merge at 900×600: the comparison scrolls between its title and its buttons, which stay whole and clickable.
  await page.setViewportSize({ width: 900, height: 600 });
  await page.getByTestId('merge-button').click();
  const accept = page.getByTestId('merge-panel').getByTestId('merge-accept');
  await expect(accept).toBeVisible();
  const reachable = await accept.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return box.bottom <= window.innerHeight && (top === button || button.contains(top));
  });
  expect(reachable).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the name column stays pinned when the table scrolls sideways, in its row's colours (${theme})`, async ({
    page,
    host,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Grace Hopper').click();
    const body = page.getByTestId('contact-list').locator('.table-body');
    await body.evaluate((element) => element.scrollBy(500, 0));
    expect(await body.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);

    const bodyLeft = (await body.boundingBox())!.x;
    const name = row(page, 'Grace Hopper').locator('.cell-name');
    expect(Math.abs((await name.boundingBox())!.x - bodyLeft)).toBeLessThan(1);
    expect(Math.abs((await page.locator('.table-header > .cell').first().boundingBox())!.x - bodyLeft)).toBeLessThan(1);
    await expect(name).toBeVisible();

    // The pinned cell paints its row's state: selected, hovered and plain rows.
    const selected = '[data-testid="contact-row"].selected > .cell:first-child';
    expect(await background(page, selected)).toBe(await token(page, '--selected'));
    await row(page, 'Alan Turing').hover();
    expect(
      await row(page, 'Alan Turing')
        .locator('.cell-name')
        .evaluate((e) => getComputedStyle(e).backgroundColor),
    ).toBe(await token(page, '--selected-muted'));
    expect(
      await row(page, 'Linus Torvalds')
        .locator('.cell-name')
        .evaluate((e) => getComputedStyle(e).backgroundColor),
    ).toBe(await token(page, '--surface'));
    expect(await background(page, '.table-header > .cell:first-child')).toBe(await token(page, '--surface-2'));

    // The list's focus ring is drawn above the pinned column and the sticky header, not under them.
    await page.getByTestId('skip-link').focus();
    await page.keyboard.press('Enter');
    const ring = await page.getByTestId('contact-list').evaluate((grid) => {
      const after = getComputedStyle(grid, '::after');
      return { focused: document.activeElement === grid, colour: after.borderTopColor, layer: after.zIndex };
    });
    expect(ring).toEqual({ focused: true, colour: await token(page, '--focus-ring'), layer: '3' });
  });
}

test('the detail pane shows addresses and profile links whole, wrapping only between their parts', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await importCorpus(page);
  await row(page, 'Ada Lovelace').click();
  const detail = page.getByTestId('detail-pane');
  const link = detail.locator('a[href^="https://"]').first();
  await expect(link).toHaveText(/^linkedin\.com\/in\//);
  await expect(link).toHaveAttribute('title', /^https:\/\/www\.linkedin\.com\/in\//);
});

test('an empty view says so in the middle of what is visible, not of the wider table', async ({ page, host }) => {
  await page.goto(host.url);
  await importCorpus(page);
  await page.getByTestId('view-trash').click();
  const message = page.getByTestId('empty-list');
  await expect(message).toContainText('The Trash is empty');
  const body = (await page.getByTestId('contact-list').locator('.table-body').boundingBox())!;
  const box = (await message.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(body.x);
  expect(box.x + box.width).toBeLessThanOrEqual(body.x + body.width + 1);
  expect(Math.abs(box.x + box.width / 2 - (body.x + body.width / 2))).toBeLessThan(16);
});

test('Removed offers no company or date filters: tombstones keep neither', async ({ page, host }) => {
  await page.goto(host.url);
  await importCorpus(page);
  await page.getByTestId('view-removed').click();
  await expect(page.getByTestId('filter-chips')).toBeVisible();
  await expect(page.getByTestId('more-filters')).toHaveCount(0);
  await expect(page.getByTestId('filter-company')).toHaveCount(0);
});

test.describe('at 1440×900 beside the detail pane', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('every default column fits without scrolling sideways, and every header reads whole', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await expect(page.getByTestId('detail-pane')).toBeVisible();
    const body = await page.locator('.table-body').evaluate((element) => [element.scrollWidth, element.clientWidth]);
    expect(body[0]).toBeLessThanOrEqual(body[1]!);
    const headers = await page.locator('.header-cell').evaluateAll((cells) =>
      cells.map((cell) => {
        const label = cell.querySelector<HTMLElement>('.sort-label')!;
        return {
          text: label.textContent,
          clippedLeft: label.getBoundingClientRect().left < cell.getBoundingClientRect().left,
          truncated: label.scrollWidth > label.clientWidth,
        };
      }),
    );
    expect(headers.map((header) => header.text)).toEqual([
      'Name',
      'Company',
      'Position',
      'Email',
      'Connected on',
      'Last interaction',
      'Sources',
    ]);
    for (const header of headers)
      expect(header, header.text ?? '').toMatchObject({ clippedLeft: false, truncated: false });
  });
});
