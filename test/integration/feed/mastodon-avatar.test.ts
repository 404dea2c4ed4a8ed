import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCoreForDatabase, type Core } from '../../../electron/core/core.js';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import type { FetchLike } from '../../../electron/core/feed/fetch-limits.js';
import { runImport } from '../../../electron/core/import/run-import.js';
import { contactDetail } from '../../../electron/core/roster/contact-reads.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc.js';
import { textFile } from '../../helpers/corpus-files.js';
import { addFeed, addPerson } from '../../helpers/feed-fixtures.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { JPEG_BYTES, mastodonRss, PNG_BYTES } from '../../helpers/mastodon-shapes.js';

const NOW = '2026-11-02T00:00:00.000Z';
const FEED = 'https://social.example/@ada.rss';
let server: FeedServer;
/** The avatar the account's feed names now (a path under https://files.social.example/). */
let avatar = 'ada.png';

beforeAll(async () => {
  server = await startFeedServer({
    '/social/@ada.rss': (_request, response) =>
      response.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(
        mastodonRss({
          name: 'Ada Lovelace',
          handle: 'ada',
          host: 'social.example',
          avatarUrl: `https://files.social.example/avatars/${avatar}`,
        }),
      ),
    '/files/avatars/ada.png': (_request, response) =>
      response.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG_BYTES),
    '/files/avatars/ada.jpg': (_request, response) =>
      response.writeHead(200, { 'Content-Type': 'image/jpeg' }).end(JPEG_BYTES),
    '/files/avatars/lying.png': (_request, response) =>
      response.writeHead(200, { 'Content-Type': 'image/png' }).end('<html><body>Not an image</body></html>'),
    '/files/avatars/page.html': (_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(PNG_BYTES),
    '/files/avatars/huge.png': (_request, response) =>
      response
        .writeHead(200, { 'Content-Type': 'image/png' })
        .end(Buffer.concat([PNG_BYTES, Buffer.alloc(2 * 1024 * 1024)])),
  });
});
afterAll(() => server.close());

describe('a Mastodon account’s avatar becomes its contact’s picture', () => {
  let core: Core;
  let ada: number;
  const fetch: FetchLike = (url, init) =>
    globalThis.fetch(
      url
        .replace('https://social.example/', `${server.origin}/social/`)
        .replace('https://files.social.example/', `${server.origin}/files/`),
      init,
    );

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  }
  const refresh = () => call('feedRefresh', { feedIds: null, force: true });
  const photoOf = (id: number) =>
    core.db
      .prepare('SELECT photo, photo_type AS type, photo_avatar_url AS avatarUrl FROM contacts WHERE id = ?')
      .get(id) as {
      photo: Buffer | null;
      type: string | null;
      avatarUrl: string | null;
    };
  const avatarError = () =>
    core.db.prepare('SELECT avatar_error FROM feeds WHERE url = ?').pluck().get(FEED) as string | null;
  const avatarHits = () =>
    [...server.hits].filter(([path]) => path.startsWith('/files/')).reduce((sum, [, count]) => sum + count, 0);

  beforeEach(() => {
    avatar = 'ada.png';
    server.hits.clear();
    core = createCoreForDatabase(openDatabase(':memory:'), {
      dataDir: ':memory:',
      host: 'cli',
      version: '1.2.3',
      now: () => new Date(NOW),
      fetch,
    });
    ada = addPerson(core.db, '@ada@social.example');
    addFeed(core.db, ada, FEED);
  });
  afterEach(() => core.close());

  it('stores the avatar as the photo; the detail, the feed card and the subscription show it', async () => {
    const events: string[] = [];
    core.subscribe((event) => events.push(event));
    const result = await refresh();
    expect(result.failed).toEqual([]);
    expect(photoOf(ada)).toEqual({
      photo: PNG_BYTES,
      type: 'image/png',
      avatarUrl: 'https://files.social.example/avatars/ada.png',
    });
    const detail = contactDetail(core.db, ada)!;
    expect(detail.name).toBe('Ada Lovelace');
    expect(detail.photoDataUrl).toBe(`data:image/png;base64,${PNG_BYTES.toString('base64')}`);
    const page = await call('feedPage', {});
    expect(page.items[0]!.contactPhoto).toBe(detail.photoDataUrl);
    expect(events).toContain('rosterChanged');
    const [subscription] = await call('feedSubscriptions', {});
    expect(subscription).toMatchObject({ kind: 'mastodon', avatarError: null });
    expect(server.requests.find((r) => r.url === '/files/avatars/ada.png')?.headers['user-agent']).toBe('Prune/1.2.3');
  });

  it('fetches the avatar again only when its address changes', async () => {
    await refresh();
    await refresh();
    expect(avatarHits()).toBe(1);
    avatar = 'ada.jpg';
    await refresh();
    expect(avatarHits()).toBe(2);
    expect(photoOf(ada)).toMatchObject({ photo: JPEG_BYTES, type: 'image/jpeg' });
    await refresh();
    expect(avatarHits()).toBe(2);
  });

  it.each([
    ['lying.png', /not an image, although the server says image\/png/],
    ['page.html', /not a PNG, JPEG, GIF or WebP image \(the server says text\/html\)/],
    ['huge.png', /larger than 2 MB/],
    ['missing.png', /not found \(404\)/],
  ])('skips %s with the reason and keeps the picture it had; the feed’s refresh succeeds', async (bad, reason) => {
    await refresh();
    avatar = bad;
    const result = await refresh();
    expect(result).toMatchObject({ fetched: 1, failed: [] });
    expect(avatarError()).toMatch(reason);
    expect(photoOf(ada)).toMatchObject({ photo: PNG_BYTES, avatarUrl: 'https://files.social.example/avatars/ada.png' });
    const [subscription] = await call('feedSubscriptions', {});
    expect(subscription!.avatarError).toMatch(reason);
    // Not tried again on the next refresh: the address did not change.
    const hits = avatarHits();
    await refresh();
    expect(avatarHits()).toBe(hits);
  });

  it('a contact with no photo gets nothing from a bad avatar, and the feed still refreshes', async () => {
    avatar = 'lying.png';
    const result = await refresh();
    expect(result).toMatchObject({ fetched: 1, failed: [], newPosts: 1 });
    expect(photoOf(ada)).toEqual({ photo: null, type: null, avatarUrl: null });
  });

  it('never replaces an imported photo, and an imported photo replaces an avatar', async () => {
    const vcard = (photo: string | null) =>
      textFile(
        'ada.vcf',
        [
          'BEGIN:VCARD',
          'VERSION:4.0',
          'FN:Ada Byron',
          'EMAIL:ada@analytical.example',
          ...(photo ? [`PHOTO:data:image/jpeg;base64,${photo}`] : []),
          'END:VCARD',
        ].join('\r\n'),
      );
    await runImport(core.db, [vcard(null)], { now: () => new Date(NOW) });
    const byron = core.db.prepare("SELECT id FROM contacts WHERE display_name = 'Ada Byron'").pluck().get() as number;
    addFeed(core.db, byron, 'https://social.example/@ada.rss');
    await refresh();
    expect(photoOf(byron)).toMatchObject({
      type: 'image/png',
      avatarUrl: 'https://files.social.example/avatars/ada.png',
    });

    // The card's photo arrives later: it wins over the avatar.
    await runImport(core.db, [vcard(JPEG_BYTES.toString('base64'))], { now: () => new Date(NOW) });
    expect(photoOf(byron)).toEqual({ photo: JPEG_BYTES, type: 'image/jpeg', avatarUrl: null });

    // A changed avatar no longer touches it: downloaded once, for the handle-only contact alone.
    avatar = 'ada.jpg';
    server.hits.clear();
    await refresh();
    expect(photoOf(byron)).toEqual({ photo: JPEG_BYTES, type: 'image/jpeg', avatarUrl: null });
    expect(photoOf(ada)).toMatchObject({
      type: 'image/jpeg',
      avatarUrl: 'https://files.social.example/avatars/ada.jpg',
    });
    expect(server.hits.get('/files/avatars/ada.jpg')).toBe(1);
  });

  it('leaves websites alone: only a Mastodon account’s feed gives a picture', async () => {
    core.db.prepare("UPDATE feeds SET url = 'https://social.example/ada/feed.rss'").run();
    const kinds = core.db.prepare('SELECT kind FROM feeds').pluck().all();
    expect(kinds).toEqual(['web']);
    expect(await refresh()).toMatchObject({ failed: [{ error: expect.stringMatching(/404/) as string }] });
    expect(avatarHits()).toBe(0);
  });
});
