import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.js';
import { createStore, type Store } from '../../../renderer/src/store/create-store.js';
import { startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { quietDependencies, text } from './fixtures.js';
import { inProcessApi, type InProcessApi } from './in-process-api.js';

/** Posts of one feed as [title, text, ISO date]; the guid is the title. */
function rss(name: string, posts: [string, string, string][]): string {
  const items = posts
    .map(
      ([title, body, date]) =>
        `<item><title>${title}</title><guid>urn:${name}:${encodeURIComponent(title)}</guid>` +
        `<pubDate>${new Date(date).toUTCString()}</pubDate><description>&lt;p&gt;${body}&lt;/p&gt;</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>https://${name}.example/</link>${items}</channel></rss>`;
}

const ADA: [string, string, string][] = [
  ['Engines', 'On the analytical engine', '2026-10-31T10:00:00.000Z'],
  ['Crypto again', 'Why crypto is noise', '2026-10-31T09:00:00.000Z'],
  ['Looms', 'Jacquard cards', '2026-10-30T09:00:00.000Z'],
];
const GRACE: [string, string, string][] = [
  ['Nanoseconds', 'A length of wire', '2026-10-31T11:00:00.000Z'],
  ['First bug', 'A moth in the relay', '2026-10-29T11:00:00.000Z'],
];
/** Many posts from one busy poster, for keyset paging. */
const BUSY: [string, string, string][] = Array.from({ length: 120 }, (_, index) => [
  `Busy ${index}`,
  'more',
  new Date(Date.UTC(2026, 9, 1) + index * 3_600_000).toISOString(),
]);

describe('the feed store over the real core', () => {
  let core: Core;
  let bridge: InProcessApi;
  let store: ReturnType<typeof createStore>;
  let server: FeedServer;
  let graceStalls = false;
  const state = (): Store => store.getState();
  const titles = () => state().feedItems.map((item) => item.title);

  async function personId(name: string): Promise<number> {
    state().ensureRows(0, state().ids.length);
    await bridge.settled();
    const id = state().ids.find((candidate) => state().rowCache.get(candidate)?.name === name);
    expect(id, name).toBeDefined();
    return id!;
  }

  beforeEach(async () => {
    graceStalls = false;
    core = memoryCore();
    bridge = inProcessApi(core);
    store = createStore(quietDependencies(bridge.api));
    server = await startFeedServer({
      '/ada.xml': (_q, response) =>
        response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('ada', ADA)),
      '/grace.xml': (_q, response) => {
        // Once Grace's server stalls, a refresh waits on it until it is cancelled.
        if (graceStalls) response.writeHead(200).write('<?xml version="1.0"?><rss version="2.0"><channel>');
        else response.writeHead(200).end(rss('grace', GRACE));
      },
      '/busy.xml': (_q, response) => response.writeHead(200).end(rss('busy', BUSY)),
    });
    await state().init();
    await state().importFiles([
      text(
        'Connections.csv',
        'First Name,Last Name,Email Address,Company,Position,Connected On\n' +
          'Ada,Lovelace,ada@example.org,,,4-Apr-21\nGrace,Hopper,grace@example.org,,,4-Apr-21\nBusy,Bee,bee@example.org,,,4-Apr-21\n',
      ),
    ]);
    await bridge.settled();
    expect(await state().subscribe(await personId('Ada Lovelace'), `${server.origin}/ada.xml`)).toBe(true);
    expect(await state().subscribe(await personId('Grace Hopper'), `${server.origin}/grace.xml`)).toBe(true);
    state().setView('feed');
    await bridge.settled();
  });
  afterEach(async () => {
    core.close();
    await server.close();
  });

  it('shows every update newest first, with person and source, and filters by person and search', async () => {
    expect(titles()).toEqual(['Nanoseconds', 'Engines', 'Crypto again', 'Looms', 'First bug']);
    expect(state().feedItems[0]).toMatchObject({ contactName: 'Grace Hopper', hidden: null });
    expect(state().subscriptions.map((feed) => feed.status)).toEqual(['ok', 'ok']);
    state().setFeedFilters({ contactId: await personId('Ada Lovelace') });
    await bridge.settled();
    expect(titles()).toEqual(['Engines', 'Crypto again', 'Looms']);
    state().setFeedFilters({ contactId: null, search: 'moth' });
    await bridge.settled();
    expect(titles()).toEqual(['First bug']);
  });

  it('hides an update at once, names it for Undo, and Undo brings it back', async () => {
    const bug = state().feedItems.find((item) => item.title === 'First bug')!;
    expect(await state().hidePost(bug.id)).toBe(true);
    await bridge.settled();
    expect(titles()).not.toContain('First bug');
    expect(state().toast?.action).toBe('undo');
    expect(state().history.undo?.action).toBe('hide');
    await state().undo();
    await bridge.settled();
    expect(titles()).toContain('First bug');
    expect(state().toast?.message).toMatch(/^Undone: /);
  });

  it('mutes a person; Show hidden brings their updates back with the reason; lifting ends it', async () => {
    const ada = await personId('Ada Lovelace');
    await state().mutePerson(ada, null);
    await bridge.settled();
    expect(titles()).toEqual(['Nanoseconds', 'First bug']);
    state().setFeedFilters({ includeHidden: true });
    await bridge.settled();
    expect(titles()).toHaveLength(5);
    expect(state().feedItems.find((item) => item.title === 'Engines')?.hidden?.reason).toBe('Muted');
    await state().loadHideRules();
    expect(state().hideRules).toHaveLength(1);
    expect(state().hideRules[0]).toMatchObject({ kind: 'mute', contactName: 'Ada Lovelace', until: null });
    await state().liftRule(state().hideRules[0]!.id);
    await bridge.settled();
    await state().loadHideRules();
    expect(state().hideRules).toEqual([]);
    expect(state().feedItems.every((item) => item.hidden === null)).toBe(true);
  });

  it('snoozes, caps and mutes a word, each listed with when it ends', async () => {
    const grace = await personId('Grace Hopper');
    const ada = await personId('Ada Lovelace');
    await state().mutePerson(grace, 7);
    await state().capPerson(ada, 'week', 1);
    await state().muteWord('crypto', 30);
    await bridge.settled();
    expect(titles()).not.toContain('Crypto again');
    expect(titles()).not.toContain('Nanoseconds');
    await state().loadHideRules();
    const kinds = state()
      .hideRules.map((rule) => rule.kind)
      .sort();
    expect(kinds).toEqual(['cap', 'snooze', 'word']);
    expect(state().hideRules.find((rule) => rule.kind === 'snooze')?.until).not.toBeNull();
    const cap = state().hideRules.find((rule) => rule.kind === 'cap')!;
    await state().editHideRule({ ruleId: cap.id, max: 5 });
    await state().loadHideRules();
    expect(state().hideRules.find((rule) => rule.kind === 'cap')?.max).toBe(5);
  });

  it('pages with the keyset cursor as the list scrolls', async () => {
    expect(await state().subscribe(await personId('Busy Bee'), `${server.origin}/busy.xml`)).toBe(true);
    state().setFeedFilters({ contactId: await personId('Busy Bee') });
    await bridge.settled();
    expect(state().feedItems).toHaveLength(50);
    expect(state().feedItems[0]?.title).toBe('Busy 119');
    await state().loadMoreFeed();
    await state().loadMoreFeed();
    expect(state().feedItems).toHaveLength(120);
    expect(new Set(state().feedItems.map((item) => item.id)).size).toBe(120);
    expect(state().feedCursor).toBeNull();
  });

  it('says why an address could not be subscribed, in the dialog', async () => {
    const ada = await personId('Ada Lovelace');
    state().openAddFeed(ada, 'Ada Lovelace');
    expect(await state().subscribe(ada, `${server.origin}/missing.xml`)).toBe(false);
    expect(state().addFeedFor?.error).toBeTruthy();
    expect(state().error).toBeNull();
  });

  it('counts who is noisy and refreshes with progress', async () => {
    await state().loadNoisy();
    expect(state().noisy.map((poster) => poster.name)).toEqual(
      expect.arrayContaining(['Ada Lovelace', 'Grace Hopper']),
    );
    await state().refreshFeeds();
    await bridge.settled();
    expect(state().refreshing).toBe(false);
    expect(state().toast?.message).toMatch(/^Refreshed 2 feeds/);
  });

  it('exports OPML, imports it back, and offers the outlines that matched no one as new people', async () => {
    const saved: string[] = [];
    const exporting = createStore(
      quietDependencies(bridge.api, {
        saveFile: async (result) => {
          saved.push(result.text);
          return { kind: 'downloaded' };
        },
      }),
    );
    await exporting.getState().exportOpml();
    expect(saved[0]).toContain(`${server.origin}/ada.xml`);
    const opml =
      '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>' +
      `<outline type="rss" text="Busy Bee" title="Busy Bee" xmlUrl="${server.origin}/busy.xml"/>` +
      `<outline type="rss" text="Stranger" title="Stranger" xmlUrl="${server.origin}/stranger.xml"/>` +
      '</body></opml>';
    await state().importOpml(new File([opml], 'feeds.opml'));
    expect(state().opmlLeftOver?.result.unmatched.map((outline) => outline.title)).toEqual(['Stranger']);
    await state().resolveOpmlLeftOver(true);
    await bridge.settled();
    expect(state().toast).toMatchObject({ message: 'Import Stranger’s subscription: 1 new person.', action: 'undo' });
    expect(state().opmlLeftOver).toBeNull();
  });

  it('keeps the refresh interval and remote images in the core, and unsubscribes', async () => {
    await state().setFeedSettings({ refreshMinutes: 120, remoteImages: true });
    const other = createStore(quietDependencies(bridge.api));
    await other.getState().loadFeedSettings();
    expect(other.getState().feedSettings).toMatchObject({ refreshMinutes: 120, remoteImages: true });
    await state().loadSubscriptions();
    const grace = state().subscriptions.find((feed) => feed.contactName === 'Grace Hopper')!;
    await state().unsubscribe(grace.id);
    await bridge.settled();
    expect(state().subscriptions.map((feed) => feed.contactName)).toEqual(['Ada Lovelace']);
    expect(state().toast?.message).toMatch(/^Unsubscribed from /);
  });

  it('cancels a refresh that waits on a stalled server, and the window is answered meanwhile', async () => {
    graceStalls = true;
    const refreshing = state().refreshFeeds();
    expect(state().refreshing).toBe(true);
    // The host keeps answering while the refresh runs.
    await state().loadHideRules();
    expect(state().hideRulesLoaded).toBe(true);
    await state().cancelRefresh();
    await refreshing;
    expect(state().refreshing).toBe(false);
    expect(state().toast?.message).toMatch(/^Refresh cancelled/);
  });
});
