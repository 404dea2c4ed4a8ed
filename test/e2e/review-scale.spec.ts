import type { Page } from '@playwright/test';
import type { Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc.js';
import { textFile } from '../helpers/corpus-files.js';
import { expect, test } from './fixtures.js';

type ImportFile = ChannelInput<'importFiles'>['files'][number];
const PEOPLE = 3000;
const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

async function call<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(core, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ChannelOutput<C>;
}

/** `rows` LinkedIn connections made in 2012 (numbered so name order is number order), then one starter rule run. */
async function proposeFor(core: Core, csv: string, ruleName: string) {
  await call(core, 'importFiles', { files: [textFile('Connections.csv', CONNECTIONS + csv) as ImportFile] });
  const rule = (await call(core, 'rulesList', {})).find((r) => r.name === ruleName)!;
  await call(core, 'rulesSetEnabled', { id: rule.id, enabled: true });
  await call(core, 'rulesRun', { ruleId: null });
}

const items = (page: Page) => page.getByTestId('review-item');
const focusedRow = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest('[data-review-row]')?.querySelector('.review-person')?.textContent,
  );

test('Review keeps only a window of thousands of proposals in the page; a whole group is accepted and undone as one', async ({
  page,
  host,
}) => {
  const numbered = (i: number) => String(i).padStart(4, '0');
  const rows = Array.from(
    { length: PEOPLE },
    (_, i) => `Person${numbered(i + 1)},Sample,https://www.linkedin.com/in/p${i + 1},,Acme,Engineer,04 Jul 2012`,
  );
  await proposeFor(host.core, rows.join('\n'), 'Stale connections');
  await page.goto(host.url);
  await page.getByTestId('view-rules').click();
  await page.getByTestId('view-review').click();

  const group = page.getByTestId('review-group');
  await expect(group.locator('h3')).toHaveText('Stale connections · 3,000');
  await expect(items(page).first()).toContainText('Person0001 Sample');
  // A window of rows, not 3,000; each says where it stands in the whole list.
  expect(await items(page).count()).toBeLessThan(60);
  await expect(items(page).first()).toHaveAttribute('aria-setsize', String(PEOPLE));

  // Keyboard: the rows are one Tab stop; the arrows move, End reaches the last (drawn on demand).
  await items(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedRow(page)).toBe('Person0003 Sample');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('review-accept-selected')).toHaveText('Remove selected (1)');
  await page.keyboard.press('End');
  await expect.poll(() => focusedRow(page)).toBe('Person3000 Sample');
  await expect(items(page).filter({ hasText: 'Person3000 Sample' })).toBeInViewport();
  expect(await items(page).count()).toBeLessThan(60);
  await expect(items(page).filter({ hasText: 'Person0001 Sample' })).toHaveCount(0);
  await page.keyboard.press('Home');
  await expect.poll(() => focusedRow(page)).toBe('Person0001 Sample');

  // The group header selects the whole group; accepting all is one action, undone by one Undo.
  await page.getByTestId('review-select-all').check();
  await expect(page.getByTestId('review-accept-selected')).toHaveText('Remove selected (3,000)');
  await page.getByTestId('review-accept-all').click();
  await expect(page.getByTestId('toast')).toContainText('Accepted 3,000 proposals.');
  await expect(page.getByTestId('review-empty')).toBeVisible();
  await expect(page.getByTestId('view-roster')).not.toContainText('3,000');
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByTestId('view-roster')).toContainText('3,000');
  await expect(group.locator('h3')).toHaveText('Stale connections · 3,000');
  expect(await items(page).count()).toBeLessThan(60);
});

test('a look-alike row opens both people in the roster, or proposes merging them', async ({ page, host }) => {
  await proposeFor(
    host.core,
    'Aarav,Example,https://www.linkedin.com/in/aarav-acme,,Acme,Engineer,04 Jul 2018\n' +
      'Aarav,Example,https://www.linkedin.com/in/aarav-globex,,Globex,Engineer,01 Mar 2020\n',
    'Look-alikes',
  );
  await page.goto(host.url);
  await page.getByTestId('view-rules').click();
  await page.getByTestId('view-review').click();
  const first = items(page).first();
  await expect(first.getByTestId('review-why')).toHaveText(
    /^same name as Aarav Example \((Globex, connected 1 Mar 2020|Acme, connected 4 Jul 2018)\); this one: /,
  );

  await first.getByTestId('review-propose-merge').click();
  await expect(page.getByTestId('merge-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(first.getByTestId('review-open-merge')).toBeVisible();

  await first.getByRole('button', { name: 'Open both named Aarav Example in the roster' }).click();
  await expect(page.getByTestId('search-input')).toHaveValue('Aarav Example');
  await expect(page.getByTestId('contact-row')).toHaveCount(2);
  await expect(page.getByTestId('contact-row').and(page.locator('[aria-selected="true"]'))).toHaveCount(2);
});
