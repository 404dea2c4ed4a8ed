import { expect, test } from './fixtures.js';
import { importCorpus, row, rows } from './helpers.js';

test.describe('views, states and layout (issue 9)', () => {
  test('at 900×600 the header scrolls with the body, rows span the columns, nothing wraps', async ({ page, host }) => {
    await page.setViewportSize({ width: 900, height: 600 });
    await page.goto(host.url);
    await importCorpus(page);
    const header = page.locator('.table-header');
    const first = rows(page).first();
    for (const tab of await page.getByRole('tab').all())
      expect((await tab.boundingBox())!.height).toBeLessThanOrEqual(32);
    const nameBox = (await page.getByRole('columnheader', { name: 'Name' }).boundingBox())!;
    expect(nameBox.width).toBeGreaterThanOrEqual(200);
    await expect(row(page, 'Иван Петров').locator('.name-text')).toHaveJSProperty(
      'scrollWidth',
      await row(page, 'Иван Петров')
        .locator('.name-text')
        .evaluate((e) => e.clientWidth),
    );

    const before = { header: (await header.boundingBox())!.x, row: (await first.boundingBox())!.x };
    await page.locator('.table-body').evaluate((element) => element.scrollTo({ left: 200 }));
    await expect.poll(async () => (await header.boundingBox())!.x).toBeLessThan(before.header - 100);
    expect((await first.boundingBox())!.x - before.row).toBeCloseTo((await header.boundingBox())!.x - before.header, 0);
    const lastCell = (await first.locator('[role="gridcell"]').last().boundingBox())!;
    const rowBox = (await first.boundingBox())!;
    expect(rowBox.x + rowBox.width).toBeGreaterThanOrEqual(lastCell.x + lastCell.width);

    const connected = (await page.getByRole('columnheader', { name: /Connected on/ }).boundingBox())!;
    const last = (await page.getByRole('columnheader', { name: /Last interaction/ }).boundingBox())!;
    expect(connected.x + connected.width).toBeLessThanOrEqual(last.x + 0.5);
  });

  test('columns are resized and hidden per view, and remembered', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    const company = page.getByRole('columnheader', { name: 'Company' });
    const width = (await company.boundingBox())!.width;
    await page.getByTestId('resize-company').focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await company.boundingBox())!.width).toBeGreaterThan(width + 40);
    await page.getByTestId('columns-menu').click();
    await page.getByTestId('menu-column-position').click();
    await expect(page.getByRole('columnheader', { name: 'Position' })).toHaveCount(0);
    await page.reload();
    await expect(rows(page)).toHaveCount(6);
    await expect(page.getByRole('columnheader', { name: 'Position' })).toHaveCount(0);
    expect((await company.boundingBox())!.width).toBeGreaterThan(width + 40);
    await page.getByTestId('view-trash').click();
    await expect(page.getByRole('columnheader', { name: 'Position' })).toHaveCount(1);
  });

  test('each view has its own empty state; the checklist never says "0 of 0"', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await page.getByTestId('view-trash').click();
    await expect(page.getByTestId('empty-list')).toContainText('The Trash is empty');
    await expect(page.getByTestId('empty-list')).not.toContainText('No contacts match');
    await page.getByTestId('view-removed').click();
    await expect(page.getByTestId('empty-list')).toContainText('Nobody removed for good');
    await page.getByTestId('view-checklist').click();
    await expect(page.getByTestId('checklist-empty')).toBeVisible();
    await expect(page.getByTestId('checklist-view')).not.toContainText('0 of 0');
    await page.getByTestId('view-log').click();
    await expect(page.getByTestId('audit-empty')).toContainText('Nothing removed or restored yet');
    await page.getByTestId('view-roster').click();
    await page.getByTestId('search-input').fill('zzzz');
    await expect(page.getByTestId('empty-list')).toContainText('No one matches “zzzz”');
    await page.getByTestId('empty-list').getByRole('button', { name: 'Clear search' }).click();
    await expect(rows(page)).toHaveCount(6);
  });

  test('the detail pane lets go of people who leave the view', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Grace Hopper').click();
    await expect(page.getByTestId('detail-name')).toHaveText('Grace Hopper');
    await page.getByTestId('detail-remove').click();
    await page.getByTestId('confirm-remove').click();
    await expect(page.getByTestId('detail-empty')).toBeVisible();
    await page.getByTestId('view-trash').click();
    await row(page, 'Grace Hopper').click();
    await expect(page.getByTestId('detail-trash-days')).toContainText('30 days left');
    await expect(row(page, 'Grace Hopper').getByTestId('days-left')).toHaveText('30 days left');
    await page.getByTestId('detail-restore').click();
    await expect(page.getByTestId('detail-empty')).toBeVisible();
  });

  test('red only inside the confirmation', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Ada Lovelace').click();
    const isRed = (testId: string) =>
      page.getByTestId(testId).evaluate((element) => {
        const [r, g, b] = getComputedStyle(element).backgroundColor.match(/\d+/g)!.map(Number) as [
          number,
          number,
          number,
        ];
        return r > 150 && g < 90 && b < 90;
      });
    expect(await isRed('remove-button')).toBe(false);
    expect(await isRed('detail-remove')).toBe(false);
    await page.getByTestId('remove-button').click();
    expect(await isRed('confirm-remove')).toBe(true);
  });

  test('a file Prune cannot read is named in the title, with no line number', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByTestId('import-input').setInputFiles([
      {
        name: 'photo.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe]),
      },
    ]);
    const summary = page.getByTestId('import-summary');
    await expect(summary.getByRole('heading')).toHaveText('Nothing imported from photo.csv: not a file Prune can read');
    await expect(summary).not.toContainText('line');
    await expect(summary.getByTestId('summary-added')).toHaveCount(0);
    await expect(summary.getByTestId('import-error')).toContainText('Nothing from this file was stored');
  });

  test('date filters read and show dates the way the table does', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    const after = page.getByTestId('filter-connected-after');
    await after.fill('Jan 1, 2016');
    await after.press('Enter');
    await expect(page.getByTestId('shown-count')).toHaveText(/^\d of 6 contacts$/);
    await page.getByTestId('search-input').focus();
    await expect(after).toHaveValue('Jan 1, 2016');
    await after.fill('31/31/2016');
    await expect(after).toHaveAttribute('aria-invalid', 'true');
  });

  test('the checklist searches and opens the next unticked profile', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Ada Lovelace').click();
    await row(page, 'Linus Torvalds').click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('remove-button').click();
    await page.getByTestId('confirm-remove').click();
    await page.getByTestId('view-checklist').click();
    await page.getByTestId('checklist-item').first().getByRole('checkbox').check();
    await page.context().route('https://www.linkedin.com/**', (route) => route.fulfill({ body: 'profile' }));
    const popup = page.waitForEvent('popup');
    await page.getByTestId('checklist-open-next').click();
    expect((await popup).url()).toContain('linkedin.com/in/');
    await expect(page.getByTestId('checklist-open-next')).toContainText('Linus Torvalds');
    await page.getByTestId('checklist-search').fill('ada');
    await expect(page.getByTestId('checklist-item')).toHaveCount(1);
    await expect(page.getByTestId('checklist-open-next')).toHaveText('All done');
  });

  test('Settings overrides the system theme and remembers it', async ({ page, host }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(host.url);
    await importCorpus(page);
    await page.getByTestId('settings-button').click();
    await expect(page.getByTestId('settings-trash-days')).toContainText('30 days');
    await expect(page.getByTestId('settings-data-dir')).toHaveText(host.dataDir);
    await page.getByTestId('theme-dark').check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.locator('html').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(23, 24, 26)');
  });
});
