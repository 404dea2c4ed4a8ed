import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mastodonRss, PNG_BYTES } from '../helpers/mastodon-shapes.js';
import { rssOfPosts } from '../helpers/feed-server.js';
import { corpus } from './fixtures.js';
import { expect, test } from './feed-host.js';
import { importCorpus, row } from './helpers.js';

/** OPML, Mastodon suggestions and avatars, a failing feed and Retry, times that tick (issue 11). */

const subscriptions = (page: Page) => page.getByTestId('subscription');

async function openSubscriptions(page: Page) {
  await page.getByTestId('view-feed').click();
  await page.getByTestId('feed-section-subscriptions').click();
  await expect(page.getByTestId('subscriptions-view')).toBeVisible();
}

async function addFeed(page: Page, person: string, url: string) {
  await page.getByTestId('view-roster').click();
  await row(page, person).click();
  await page.getByTestId('add-feed').click();
  await page.getByTestId('add-feed-address').fill(url);
  await page.getByTestId('add-feed-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Subscribed to');
}

function opml(outlines: [title: string, xmlUrl: string][]): Buffer {
  const body = outlines.map(([title, url]) => `<outline type="rss" text="${title}" title="${title}" xmlUrl="${url}"/>`);
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head><title>Reader</title></head><body>${body.join('')}</body></opml>`,
  );
}

async function importOpmlFile(page: Page, name: string, bytes: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('opml-import').click();
  await (await chooser).setFiles({ name, mimeType: 'text/x-opml', buffer: bytes });
}

test('OPML: export downloads the subscriptions; import matches, offers the rest, and is undoable', async ({
  page,
  host,
  feeds,
}) => {
  for (const name of ['ada', 'grace', 'hedy', 'emmy', 'lise'])
    feeds.routes[`/${name}.xml`] = (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssOfPosts(name, 2));
  await page.goto(host.url);
  await importCorpus(page);
  await addFeed(page, 'Ada Lovelace', `${feeds.origin}/ada.xml`);

  // Export: the downloaded file holds the subscription.
  await openSubscriptions(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('opml-export').click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  expect(file).toContain(`xmlUrl="${feeds.origin}/ada.xml"`);
  expect(file).toContain('Ada Lovelace');
  await expect(page.getByTestId('toast')).toContainText('Exported 1 feed as OPML');

  // Import: Grace matches by name; one left-over is skipped.
  await importOpmlFile(
    page,
    'first.opml',
    opml([
      ['Grace Hopper', `${feeds.origin}/grace.xml`],
      ['Lise Meitner', `${feeds.origin}/lise.xml`],
    ]),
  );
  await expect(page.getByTestId('toast')).toContainText('Import Grace Hopper’s subscription from first.opml');
  const leftOver = page.getByTestId('opml-leftover');
  await expect(leftOver).toContainText('Lise Meitner');
  await leftOver.getByRole('button', { name: 'Skip them' }).click();
  await expect(subscriptions(page)).toHaveCount(2);
  await expect(subscriptions(page).filter({ hasText: 'Grace Hopper' })).toHaveCount(1);

  // Import: the left-overs become new people, in one entry of the undo history.
  await importOpmlFile(
    page,
    'second.opml',
    opml([
      ['Hedy Lamarr', `${feeds.origin}/hedy.xml`],
      ['Emmy Noether', `${feeds.origin}/emmy.xml`],
    ]),
  );
  await expect(page.getByTestId('opml-leftover')).toContainText('2 feeds matched no one');
  await page.getByTestId('opml-create-people').click();
  await expect(page.getByTestId('toast')).toContainText('Import 2 subscriptions: 2 new people');
  await expect(subscriptions(page)).toHaveCount(4);
  await expect(page.getByTestId('toolbar-undo')).toHaveAttribute('aria-label', 'Undo Import 2 subscriptions');
  await page.getByTestId('view-roster').click();
  await expect(page.getByTestId('shown-count')).toHaveText('8 contacts');

  // Undo takes the subscriptions and the people away; Redo brings them back.
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('toast')).toContainText('Undone: Import 2 subscriptions');
  await expect(page.getByTestId('shown-count')).toHaveText('6 contacts');
  await expect(row(page, 'Hedy Lamarr')).toHaveCount(0);
  await openSubscriptions(page);
  await expect(subscriptions(page)).toHaveCount(2);
  await page.getByTestId('redo-button').click();
  await expect(subscriptions(page)).toHaveCount(4);
  await page.getByTestId('view-roster').click();
  await expect(page.getByTestId('shown-count')).toHaveText('8 contacts');
});

test('Follow all imported Mastodon accounts: their feeds name them and their avatars become their pictures', async ({
  page,
  host,
  feeds,
}) => {
  const accounts: Record<string, [name: string, avatar: string]> = {
    'example.com': ['Hedy Lamarr', 'hedy.png'],
    'test.com': ['Emmy Noether', 'emmy.png'],
  };
  for (const [domain, [name, avatar]] of Object.entries(accounts))
    feeds.routes[`/mastodon/${domain}/user.rss`] = (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(
        mastodonRss({
          name,
          handle: 'user',
          host: domain,
          avatarUrl: `https://files.social.example/avatars/${avatar}`,
        }),
      );
  feeds.routes['/files/avatars/hedy.png'] = (_request, response) =>
    response.writeHead(200, { 'content-type': 'image/png' }).end(PNG_BYTES);
  // Emmy's server says PNG but sends a page: no picture, and the reason is shown.
  feeds.routes['/files/avatars/emmy.png'] = (_request, response) =>
    response.writeHead(200, { 'content-type': 'image/png' }).end('<html>not an image</html>');

  await page.goto(host.url);
  await page.getByTestId('import-input').setInputFiles([corpus('mastodon', 'following_accounts.csv')]);
  await page.getByTestId('import-summary').getByRole('button', { name: 'Done' }).click();
  await expect(page.getByTestId('shown-count')).toHaveText('2 contacts');

  await openSubscriptions(page);
  await page.getByTestId('follow-mastodon').click();
  await expect(page.getByTestId('toast')).toContainText('Following the public posts of 2 Mastodon accounts');
  await expect(subscriptions(page)).toHaveCount(2);
  await expect(subscriptions(page).filter({ hasText: 'https://example.com/@user.rss' })).toHaveCount(1);
  await expect(subscriptions(page).filter({ hasText: 'https://test.com/@user.rss' })).toHaveCount(1);

  await page.getByTestId('feed-refresh').click();
  await expect(page.getByTestId('toast')).toContainText('2 new updates');
  await expect(subscriptions(page).filter({ hasText: 'Emmy Noether' })).toContainText(
    'Picture not used: The avatar is not an image, although the server says image/png',
  );

  // The roster row carries the account's name; the detail pane its picture.
  await page.getByTestId('view-roster').click();
  await expect(row(page, 'Hedy Lamarr')).toHaveCount(1);
  await row(page, 'Hedy Lamarr').click();
  await expect(page.locator('.detail-header img.avatar')).toHaveAttribute(
    'src',
    `data:image/png;base64,${PNG_BYTES.toString('base64')}`,
  );
  await row(page, 'Emmy Noether').click();
  await expect(page.locator('.detail-header .avatar-initials')).toHaveText('E');

  // The feed card shows the picture too (no remote image needed: it is stored).
  await page.getByTestId('view-feed').click();
  await page.getByTestId('feed-section-updates').click();
  const hedyCard = page.getByTestId('feed-card').filter({ hasText: 'Hedy Lamarr' });
  await expect(hedyCard.locator('img.feed-avatar')).toHaveAttribute('src', /^data:image\/png;base64,/);

  // The Source filter offers the kinds first: Mastodon shows both, Blogs and sites none.
  const source = page.getByTestId('feed-source-filter');
  await expect(source.locator('optgroup[label="Kinds"] option')).toHaveText(['Mastodon']);
  await source.selectOption({ label: 'Mastodon' });
  await expect(page.getByTestId('feed-card')).toHaveCount(2);
});

test('a feed paused after 5 failures says why in words, and Retry brings it back', async ({ page, host, feeds }) => {
  let failing = false;
  feeds.routes['/flaky.xml'] = (_request, response) => {
    if (failing) response.writeHead(500).end('oops');
    else response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssOfPosts('flaky', 3));
  };
  await page.goto(host.url);
  await importCorpus(page);
  await addFeed(page, 'Grace Hopper', `${feeds.origin}/flaky.xml`);
  await openSubscriptions(page);
  const feed = subscriptions(page);
  await expect(feed.getByTestId('subscription-status')).toHaveText('OK');

  failing = true;
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByTestId('feed-refresh').click();
    await expect(feed.getByTestId('subscription-status')).toHaveText(attempt < 5 ? `Failing (${attempt}×)` : 'Paused');
  }
  await expect(feed.getByTestId('subscription-error')).toHaveText(
    'The server had an error (500). Paused after 5 failures in a row',
  );
  await expect(feed).toContainText('waits for Retry');

  failing = false;
  await feed.getByTestId('subscription-retry').click();
  await expect(feed.getByTestId('subscription-status')).toHaveText('OK');
  await expect(feed.getByTestId('subscription-error')).toHaveCount(0);
  await expect(feed.getByTestId('subscription-retry')).toHaveCount(0);
  await expect(feed).toContainText('3 updates');
});

test('relative times move on while the view stays open, from one clock', async ({ page, host, feeds }) => {
  feeds.routes['/ada.xml'] = (_request, response) =>
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssOfPosts('ada', 1));
  await page.clock.install();
  await page.goto(host.url);
  await importCorpus(page);
  await addFeed(page, 'Ada Lovelace', `${feeds.origin}/ada.xml`);
  await openSubscriptions(page);
  const times = subscriptions(page).getByTestId('subscription-times');
  await expect(times).toContainText('Fetched now');
  await page.clock.fastForward('03:10');
  await expect(times).toContainText('Fetched 3 minutes ago');
  await page.clock.fastForward('01:00:00');
  await expect(times).toContainText('Fetched 1 hour ago');
});
