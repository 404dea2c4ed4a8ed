import { expect, test } from './fixtures.js';

test('a header-less Mastodon list the file name says nothing about: the summary asks, then imports it', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page.getByTestId('import-input').setInputFiles([
    {
      name: 'handles.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('ada@mastodon.example\ngrace@fedi.example\n'),
    },
  ]);
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('import-error')).toContainText('follows, blocks or mutes');
  await summary.getByTestId('list-kind-following').click();
  await expect(summary.getByTestId('summary-added')).toHaveText('2 added');
  await expect(summary).toContainText('Mastodon follows');
  const following = host.core.db
    .prepare("SELECT count(*) FROM contact_sources WHERE source = 'mastodon' AND relation = 'following'")
    .pluck()
    .get();
  expect(following).toBe(2);
});
