import { expect, test } from './fixtures.js';
import { importCorpus, row, rows } from './helpers.js';

const connections = (slug: string, position: string) => ({
  name: `${slug}.csv`,
  mimeType: 'text/csv',
  buffer: Buffer.from(
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      `Lise,Meitner,https://www.linkedin.com/in/${slug},,Kaiser Wilhelm Institute,${position},01 Nov 2019\n`,
  ),
});

test.describe('the undo history, merges, the trash and exports of a selection (issue 9)', () => {
  test('keyboard only: remove, undo, redo (Ctrl+Shift+Z and Ctrl+Y), with the action named', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await page.getByTestId('contact-list').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('shown-count')).toHaveText('5 contacts');
    await expect(page.getByTestId('toolbar-undo')).toHaveAccessibleName('Undo Remove Ada Lovelace');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.getByTestId('toast')).toContainText('Undone: 1 person back as before.');
    await expect(page.getByTestId('toolbar-redo')).toHaveAccessibleName('Redo Remove Ada Lovelace');
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect(page.getByTestId('toast')).toContainText('Redone: Remove Ada Lovelace.');
    await expect(page.getByTestId('shown-count')).toHaveText('5 contacts');
    await page.keyboard.press('ControlOrMeta+z');
    await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
    await page.keyboard.press('ControlOrMeta+y');
    await expect(page.getByTestId('shown-count')).toHaveText('5 contacts');
  });

  test('a merge shows both sides field by field, keeps what the user picks, and can be undone', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await page.getByTestId('import-input').setInputFiles([connections('lise-meitner-1878', 'Physicist')]);
    await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('import-input').setInputFiles([connections('lise-meitner-kwi', 'Head of Physics')]);
    await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('merge-button').click();
    const card = page.getByTestId('merge-panel');
    await expect(card.getByTestId('merge-field-profileUrl')).toContainText('lise-meitner-1878');
    await expect(card.getByTestId('merge-field-profileUrl')).toContainText('lise-meitner-kwi');
    const heads = card.getByTestId('merge-field-position');
    await expect(heads.getByTestId('merge-pick-position-a')).toBeChecked();
    const picked = (await heads.locator('td').nth(1).textContent())!.trim();
    await heads.getByTestId('merge-pick-position-b').check();
    await card.getByTestId('merge-accept').click();
    await expect(page.getByTestId('toast')).toContainText('Merged Lise Meitner.');
    await expect(rows(page)).toHaveCount(1);
    await expect(row(page, 'Lise Meitner')).toContainText(picked);
    await expect(page.getByTestId('toolbar-undo')).toHaveAccessibleName('Undo Merge Lise Meitner');
    await page.getByTestId('undo-button').click();
    await expect(page.getByTestId('toast')).toContainText('Undone: Merge Lise Meitner.');
    await expect(rows(page)).toHaveCount(2);
  });

  test('the trash counts days, deletes now and empties after confirming; Removed restores', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Ada Lovelace').click();
    await row(page, 'Grace Hopper').click({ modifiers: ['Shift'] });
    await page.getByTestId('remove-button').click();
    await page.getByTestId('confirm-remove').click();
    await page.getByTestId('view-trash').click();
    await expect(rows(page)).toHaveCount(3);
    await expect(rows(page).first().getByTestId('days-left')).toHaveText('30 days left');
    await row(page, 'Alan Turing').click();
    await page.getByTestId('delete-now-button').click();
    await expect(page.getByTestId('confirm-deletion')).toContainText('cannot be undone');
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(2);
    await page.getByTestId('empty-trash-button').click();
    await expect(page.getByTestId('confirm-deletion')).toContainText('Empty the Trash?');
    await page.getByTestId('confirm-delete').click();
    await expect(page.getByTestId('empty-list')).toContainText('The Trash is empty');

    await page.getByTestId('view-removed').click();
    await expect(rows(page)).toHaveCount(3);
    await row(page, 'Grace Hopper').click();
    await page.getByTestId('detail-restore').click();
    await expect(page.getByTestId('toast')).toContainText('Restored 1 person.');
    await expect(rows(page)).toHaveCount(2);
    await page.getByTestId('view-roster').click();
    await expect(row(page, 'Grace Hopper')).toHaveCount(1);
  });

  test('Export can carry only the selected people', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await row(page, 'Ada Lovelace').click();
    await row(page, 'Alan Turing').click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('export-menu').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('menu-csv-selection').click();
    const { readFile } = await import('node:fs/promises');
    const text = await readFile((await (await download).path())!, 'utf8');
    expect(text).toContain('Ada');
    expect(text).toContain('Alan');
    expect(text).not.toContain('Grace');
  });
});
