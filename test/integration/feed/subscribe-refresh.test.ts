import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCoreForDatabase, type Core } from '../../../electron/core/core.js';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { FetchLike } from '../../../electron/core/feed/fetch-limits.js';

import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc.js';
import { addPerson } from '../../helpers/feed-fixtures.js';
import { rssOfPosts, startFeedServer, type FeedServer } from '../../helpers/feed-server.js';

const NOW = '2026-11-02T00:00:00.000Z';
let server: FeedServer;
let slowResponses: { end(): void }[] = [];
let version = 1;

beforeAll(async () => {
  server = await startFeedServer({
    '/ada.xml': (request, response) => {
      if (request.headers['if-none-match'] === `"v${version}"`) response.writeHead(304).end();
      else response.writeHead(200, { ETag: `"v${version}"` }).end(rssOfPosts('ada', 3 + version));
    },
    '/site': (_request, response) =>
      response
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<html><head><link rel="alternate" type="application/rss+xml" href="/ada.xml"></head></html>'),
    '/social/@ada.rss': (_request, response) =>
      response
        .writeHead(200, { 'Content-Type': 'application/rss+xml' })
        .end(
          '<?xml version="1.0"?><rss version="2.0"><channel><title>Ada Lovelace</title><link>https://social.example/@ada</link>' +
            '<image><url>https://social.example/avatars/ada.png</url><title>Ada</title><link>https://social.example/@ada</link></image>' +
            '<item><guid>https://social.example/@ada/1</guid><description>Hello from the fediverse</description>' +
            '<pubDate>Sun, 01 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>',
        ),
    '/broken': (_request, response) => response.writeHead(500).end(),
    '/busy': (_request, response) => response.writeHead(429, { 'Retry-After': '7200' }).end(),
    '/slow': (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      response.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      slowResponses.push(response);
    },
  });
});
afterAll(() => server.close());

describe('subscriptions and refresh, stored, against a real server', () => {
  let core: Core;
  let events: { event: string; payload: unknown }[];
  let ada: number;

  /** Node's fetch; https://social.example is served by the test server (a Mastodon stand-in). */
  const fetch: FetchLike = (url, init) =>
    globalThis.fetch(url.replace('https://social.example/', `${server.origin}/social/`), init);

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  }

  beforeEach(() => {
    version = 1;
    slowResponses = [];
    core = createCoreForDatabase(openDatabase(':memory:'), {
      dataDir: ':memory:',
      host: 'cli',
      version: '1.2.3',
      now: () => new Date(NOW),
      fetch,
    });
    events = [];
    core.subscribe((event, payload) => events.push({ event, payload }));
    ada = addPerson(core.db, 'Ada Lovelace');
  });
  afterEach(() => {
    for (const response of slowResponses) response.end();
    core.close();
  });

  it('subscribes by feed URL or website, stores the posts once, and sends Prune’s User-Agent', async () => {
    const first = await call('feedSubscribe', { contactId: ada, address: `${server.origin}/ada.xml` });
    expect(first).toMatchObject({ url: `${server.origin}/ada.xml`, title: 'ada', created: true, newPosts: 4 });
    const again = await call('feedSubscribe', { contactId: ada, address: `${server.origin}/site` });
    expect(again).toMatchObject({ feedId: first.feedId, created: false, newPosts: 0 });
    expect(server.requests.at(-1)?.headers['user-agent']).toBe('Prune/1.2.3');
    const [subscription] = await call('feedSubscriptions', {});
    expect(subscription).toMatchObject({ status: 'ok', posts: 4, lastError: null, lastFetchedAt: NOW });
    expect(subscription!.nextDueAt).toBe('2026-11-02T01:00:00.000Z');
  });

  it('refreshes: new posts, then 304, failures in words, progress events', async () => {
    await call('feedSubscribe', { contactId: ada, address: `${server.origin}/ada.xml` });
    const grace = addPerson(core.db, 'Grace Hopper');
    for (const path of ['/broken', '/busy'])
      core.db
        .prepare('INSERT INTO feeds (contact_id, url, next_due_at, created_at) VALUES (?, ?, ?, ?)')
        .run(grace, `${server.origin}${path}`, NOW, NOW);
    version = 2;
    const first = await call('feedRefresh', {});
    expect(first).toMatchObject({ feeds: 3, fetched: 1, notModified: 0, newPosts: 1, cancelled: false });
    expect(first.failed.map((f) => f.error)).toEqual([
      'The server had an error (500)',
      'The server asked Prune to slow down (429 Too Many Requests)',
    ]);
    const second = await call('feedRefresh', {});
    expect(second).toMatchObject({ fetched: 0, notModified: 1, newPosts: 0 });
    const progress = events.filter((e) => e.event === 'feedRefreshProgress').map((e) => e.payload);
    expect(progress.at(-1)).toEqual({
      total: 3,
      done: 3,
      ok: 0,
      notModified: 1,
      failed: 2,
      newPosts: 0,
      finished: true,
    });
    const busy = (await call('feedSubscriptions', {})).find((s) => s.url.endsWith('/busy'));
    // Retry-After: 7200 s wins over the first backoff of 5 minutes.
    expect(busy).toMatchObject({ status: 'failing', nextDueAt: '2026-11-02T02:00:00.000Z' });
    expect(events.some((e) => e.event === 'feedChanged')).toBe(true);
  });

  it('cancels a refresh whose feed never finishes, keeping what was stored', async () => {
    await call('feedSubscribe', { contactId: ada, address: `${server.origin}/ada.xml` });
    core.db
      .prepare('INSERT INTO feeds (contact_id, url, next_due_at, created_at) VALUES (?, ?, ?, ?)')
      .run(ada, `${server.origin}/slow`, NOW, NOW);
    const refreshing = dispatch(core, 'feedRefresh', {});
    while (slowResponses.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await dispatch(core, 'feedRefresh', {})).ok).toBe(false);
    expect(await call('feedRefreshCancel', {})).toEqual({ cancelled: true });
    const result = await refreshing;
    expect(result).toMatchObject({ ok: true, value: { cancelled: true } });
    expect((await call('feedSubscriptions', {})).find((s) => s.url.endsWith('/slow'))).toMatchObject({
      status: 'new',
      lastError: null,
    });
  });

  it('does not fetch the feeds of removed people, and resumes on restore', async () => {
    const { feedId } = await call('feedSubscribe', { contactId: ada, address: `${server.origin}/ada.xml` });
    await call('contactsRemove', { ids: [ada] });
    expect(await call('feedRefresh', {})).toMatchObject({ feeds: 0 });
    expect((await dispatch(core, 'feedRefresh', { feedIds: [feedId] })).ok).toBe(false);
    await call('contactsRestore', { ids: [ada] });
    expect(await call('feedRefresh', {})).toMatchObject({ feeds: 1, notModified: 1 });
  });

  it('names a handle-only Mastodon contact from its feed and proposes the merge with the same-named person', async () => {
    const handleOnly = addPerson(core.db, 'ada@social.example');
    const { url } = await call('feedSubscribe', { contactId: handleOnly, address: '@ada@social.example' });
    expect(url).toBe('https://social.example/@ada.rss');
    expect((await call('rosterDetail', { id: handleOnly })).name).toBe('Ada Lovelace');
    expect(events).toContainEqual({ event: 'rosterChanged', payload: { reason: 'feed' } });
    const proposals = await call('mergeList', {});
    expect(proposals.map((p) => [p.a.id, p.b.id].sort())).toContainEqual([ada, handleOnly].sort());
    const [item] = (await call('feedPage', {})).items;
    expect(item).toMatchObject({ sourceKind: 'mastodon', imageUrl: 'https://social.example/avatars/ada.png' });
  });

  it('suggests imported Mastodon accounts and follows them all in one action', async () => {
    const handleOnly = addPerson(core.db, 'ada@social.example');
    core.db
      .prepare('INSERT INTO contact_handles (contact_id, handle) VALUES (?, ?)')
      .run(handleOnly, 'ada@social.example');
    core.db.prepare('INSERT INTO contact_urls (contact_id, url) VALUES (?, ?)').run(ada, 'https://ada.example/');
    const suggestions = await call('feedSuggestions', {});
    expect(suggestions.mastodon).toEqual([
      {
        contactId: handleOnly,
        name: 'ada@social.example',
        handle: '@ada@social.example',
        feedUrl: 'https://social.example/@ada.rss',
      },
    ]);
    expect(suggestions.websites).toEqual([{ contactId: ada, name: 'Ada Lovelace', url: 'https://ada.example/' }]);
    expect(await call('feedFollowMastodon', {})).toEqual({ subscribed: 1 });
    expect((await call('feedSuggestions', {})).mastodon).toEqual([]);
  });

  it('offers a card URL that is a Mastodon profile under Mastodon, not as a website', async () => {
    const nour = addPerson(core.db, 'Nour Ito');
    const insertUrl = core.db.prepare('INSERT INTO contact_urls (contact_id, url) VALUES (?, ?)');
    insertUrl.run(nour, 'https://social.example/@nour');
    insertUrl.run(nour, 'https://nour.example/');
    insertUrl.run(ada, 'https://medium.com/@ada');
    const suggestions = await call('feedSuggestions', {});
    expect(suggestions.mastodon).toEqual([
      {
        contactId: nour,
        name: 'Nour Ito',
        handle: '@nour@social.example',
        feedUrl: 'https://social.example/@nour.rss',
      },
    ]);
    expect(suggestions.websites).toEqual([
      { contactId: ada, name: 'Ada Lovelace', url: 'https://medium.com/@ada' },
      { contactId: nour, name: 'Nour Ito', url: 'https://nour.example/' },
    ]);
    expect(await call('feedFollowMastodon', {})).toEqual({ subscribed: 1 });
    const subscriptions = await call('feedSubscriptions', {});
    expect(subscriptions.find((feed) => feed.contactId === nour)?.url).toBe('https://social.example/@nour.rss');
  });

  it('imports OPML: matched by feed URL, site URL, then title; the rest offered; exports what it holds', async () => {
    core.db.prepare('INSERT INTO contact_urls (contact_id, url) VALUES (?, ?)').run(ada, 'https://ada.example/');
    addPerson(core.db, 'Grace Hopper');
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="Ada's blog" xmlUrl="https://ada.example/feed" htmlUrl="https://ada.example"/>
      <outline text="Grace Hopper" xmlUrl="https://grace.example/rss"/>
      <outline text="Someone new" xmlUrl="https://new.example/rss" htmlUrl="https://new.example/"/></body></opml>`;
    const result = await call('feedImportOpml', { text: opml });
    expect(result.subscribed.map((s) => s.url)).toEqual(['https://ada.example/feed', 'https://grace.example/rss']);
    expect(result.unmatched).toEqual([
      { title: 'Someone new', xmlUrl: 'https://new.example/rss', htmlUrl: 'https://new.example/' },
    ]);
    const withPeople = await call('feedImportOpml', { text: opml, createPeople: true });
    expect(withPeople.created).toBe(1);
    const exported = await call('feedExportOpml', {});
    expect(exported.count).toBe(3);
    expect(exported.text).toContain('xmlUrl="https://new.example/rss"');
    expect((await dispatch(core, 'feedImportOpml', { text: 'not xml' })).ok).toBe(false);
  });

  it('says why a subscription failed and stores nothing', async () => {
    const failed = await dispatch(core, 'feedSubscribe', { contactId: ada, address: `${server.origin}/broken` });
    expect(failed).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Could not subscribe: The server had an error (500)' },
    });
    expect(await dispatch(core, 'feedSubscribe', { contactId: 99, address: 'https://x.example' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call('feedSubscriptions', {})).toEqual([]);
  });
});
