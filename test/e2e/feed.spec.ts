import type { Page } from '@playwright/test';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { expect, test } from './fixtures.js';
import { importCorpus, row } from './helpers.js';

/** Yesterday 08:00 UTC: every post falls on one day (and one week), so a cap of 1 per day leaves one. */
const DAY_START = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 86_400_000 + 8 * 3_600_000;

type Post = [title: string, html: string, hour: number];

/** An RSS feed of posts given as [title, html, hour of yesterday after 08:00] (the hour also names the post). */
function rss(name: string, posts: Post[], origin: string): string {
  const items = posts
    .map(
      ([title, html, hour]) =>
        `<item><title>${title}</title><link>${origin}/${name}/${hour}</link><guid>${origin}/${name}/${hour}</guid>` +
        `<pubDate>${new Date(DAY_START + hour * 3_600_000).toUTCString()}</pubDate>` +
        `<description><![CDATA[${html}]]></description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${name}'s notes</title><link>${origin}/${name}</link>${items}</channel></rss>`;
}

const ADA: Post[] = [
  ['Engines and looms', '<p>On the <b>analytical engine</b>.<script>window.pwned = 1</script></p>', 10],
  [
    'A note on crypto',
    '<p>Why crypto is mostly noise.<img src="https://tracker.example/p.gif" onerror="window.pwned = 2"></p>',
    7,
  ],
  [
    'Bernoulli numbers',
    '<p>Note G, <a href="https://example.org/g">the program</a>.<iframe src="https://evil.example"></iframe></p>',
    5,
  ],
];
const GRACE: Post[] = [
  ['Nanoseconds', '<p>A length of wire.<form action="https://evil.example"><input name="x"></form></p>', 8],
  ['The first bug', '<p style="color:red" onclick="window.pwned = 3">A moth in the relay.</p>', 6],
];

const cards = (page: Page) => page.getByTestId('feed-card');
const card = (page: Page, title: string) => cards(page).filter({ hasText: title });

async function addFeed(page: Page, person: string, url: string) {
  await page.getByTestId('view-roster').click();
  await row(page, person).click();
  await page.getByTestId('add-feed').click();
  await page.getByTestId('add-feed-address').fill(url);
  await page.getByTestId('add-feed-confirm').click();
  await expect(page.getByTestId('toast')).toContainText('Subscribed to');
  await expect(page.getByTestId('person-feeds').getByTestId('subscription')).toHaveCount(1);
}

async function hideAction(page: Page, title: string, action: string) {
  await card(page, title).getByTestId('hide-menu').click();
  await page.getByTestId(`menu-${action}`).click();
}

test.describe('the update feed and its hide control', () => {
  let server: FeedServer;
  let adaPosts: Post[];
  test.beforeEach(async () => {
    adaPosts = [...ADA];
    server = await startFeedServer({
      '/ada.xml': (_request, response) =>
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('ada', adaPosts, server.origin)),
      '/grace.xml': (_request, response) =>
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('grace', GRACE, server.origin)),
    });
  });
  test.afterEach(() => server.close());

  test('subscribe, refresh, sanitized posts, hide, mute, show hidden, lift, snooze, cap, word, undo', async ({
    page,
    host,
  }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await addFeed(page, 'Ada Lovelace', `${server.origin}/ada.xml`);
    await addFeed(page, 'Grace Hopper', `${server.origin}/grace.xml`);

    await page.getByTestId('view-feed').click();
    await expect(cards(page)).toHaveCount(5);
    // Newest first across people; the HTML is sanitized.
    await expect(cards(page).first()).toContainText('Engines and looms');
    const feedHtml = (
      await page.locator('.feed-html').evaluateAll((posts) => posts.map((post) => post.innerHTML))
    ).join('');
    expect(feedHtml).toContain('<b>analytical engine</b>');
    expect(feedHtml).not.toMatch(/<script|<iframe|<form|<input|onerror|onclick|style=/i);
    expect(feedHtml).not.toContain('tracker.example');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await expect(card(page, 'Bernoulli numbers').getByRole('link', { name: 'the program' })).toHaveAttribute(
      'target',
      '_blank',
    );
    await expect(card(page, 'A note on crypto')).toContainText('1 image not shown');

    // Leaving the feed marks it looked at; a refresh from the test server brings a new post above the divider.
    await expect(page.getByTestId('feed-new-divider')).toHaveCount(0);
    await page.getByTestId('view-roster').click();
    await page.getByTestId('view-feed').click();
    await expect(cards(page)).toHaveCount(5);
    adaPosts.unshift(['Fresh from the mill', '<p>New.</p>', 12]);
    await page.getByTestId('feed-refresh').click();
    await expect(page.getByTestId('toast')).toContainText('1 new update');
    await expect(cards(page).first()).toContainText('Fresh from the mill');
    await expect(cards(page)).toHaveCount(6);
    await expect(page.locator('.feed-row').filter({ has: page.getByTestId('feed-new-divider') })).toContainText(
      'Engines and looms',
    );

    // Hide one update, then undo from the toast.
    await hideAction(page, 'The first bug', 'hide-post');
    await expect(card(page, 'The first bug')).toHaveCount(0);
    await page.getByTestId('undo-button').click();
    await expect(card(page, 'The first bug')).toHaveCount(1);

    // Mute Ada: all her updates go; Show hidden brings them back, dimmed, with the reason.
    await hideAction(page, 'Engines and looms', 'mute');
    await expect(page.getByTestId('toast')).toContainText('Mute Ada Lovelace');
    await expect(cards(page)).toHaveCount(2);
    await page.getByTestId('show-hidden').check();
    await expect(cards(page)).toHaveCount(6);
    await expect(card(page, 'Engines and looms').getByTestId('hidden-reason')).toHaveText('Muted');
    await page.getByTestId('show-hidden').uncheck();

    // Lift the mute in Hidden & muted.
    await page.getByTestId('feed-section-hidden').click();
    await expect(page.getByTestId('hide-rule')).toHaveCount(1);
    await expect(page.getByTestId('hide-rule')).toContainText('Ada Lovelace');
    await page.getByTestId('rule-lift').click();
    await expect(page.getByTestId('hidden-empty')).toBeVisible();
    await page.getByTestId('feed-section-updates').click();
    await expect(cards(page)).toHaveCount(6);

    // Snooze Grace for 7 days.
    await hideAction(page, 'Nanoseconds', 'snooze-7');
    await expect(card(page, 'Nanoseconds')).toHaveCount(0);
    await page.getByTestId('show-hidden').check();
    await expect(card(page, 'Nanoseconds').getByTestId('hidden-reason')).toContainText('Snoozed until');
    await page.getByTestId('show-hidden').uncheck();
    await page.locator('body').press('ControlOrMeta+z');
    await expect(card(page, 'Nanoseconds')).toHaveCount(1);

    // Cap Ada at 1 per day: one of her four updates of that day stays.
    await hideAction(page, 'Engines and looms', 'cap');
    const cap = page.getByTestId('cap-dialog');
    await cap.getByTestId('cap-max').fill('1');
    await cap.getByTestId('cap-per-day').check();
    await cap.getByTestId('cap-confirm').click();
    await expect(page.getByTestId('toast')).toContainText('Ada Lovelace');
    await expect(cards(page)).toHaveCount(3);
    await page.getByTestId('undo-button').click();
    await expect(cards(page)).toHaveCount(6);

    // Mute a word offered from the post.
    await hideAction(page, 'A note on crypto', 'mute-word');
    const word = page.getByTestId('mute-word-dialog');
    await word
      .getByTestId('word-offer')
      .filter({ hasText: /^crypto$/ })
      .click();
    await expect(word.getByTestId('mute-word-input')).toHaveValue('crypto');
    await word.getByTestId('mute-word-days-30').check();
    await word.getByTestId('mute-word-confirm').click();
    await expect(card(page, 'A note on crypto')).toHaveCount(0);
    await page.getByTestId('feed-section-hidden').click();
    await expect(page.getByTestId('hide-rule')).toContainText('crypto');
  });

  test('keyboard alone: move to an update, H, hide it, Ctrl+Z brings it back', async ({ page, host }) => {
    await page.goto(host.url);
    await importCorpus(page);
    await addFeed(page, 'Grace Hopper', `${server.origin}/grace.xml`);
    // From a fresh window, keys only.
    await page.reload();
    await expect(page.getByTestId('app-ready')).toBeVisible();
    await page.keyboard.press('ControlOrMeta+6');
    await expect(cards(page)).toHaveCount(2);
    // A view opened from the keyboard takes focus: J, K and H work at once.
    await expect(cards(page).first()).toBeFocused();
    await page.keyboard.press('j');
    await expect(card(page, 'The first bug')).toBeFocused();
    await page.keyboard.press('h');
    await expect(page.getByTestId('hide-menu-list')).toBeVisible();
    await expect(page.getByTestId('menu-hide-post')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(card(page, 'The first bug')).toHaveCount(0);
    await expect(page.getByTestId('toast')).toContainText('Hide');
    // The card that took its place has the focus, so the keys go on working.
    await expect(card(page, 'Nanoseconds')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+z');
    await expect(card(page, 'The first bug')).toHaveCount(1);
    await expect(page.getByTestId('toast')).toContainText('Undone');
  });
});
