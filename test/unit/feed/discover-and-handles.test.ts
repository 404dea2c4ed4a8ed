import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../electron/core/feed/discover-feeds.js';
import { mastodonFeedUrl, parseMastodonHandle } from '../../../electron/core/feed/mastodon-feed-url.js';

describe('discoverFeeds', () => {
  it('finds alternate feeds in page order, resolved, deduplicated, http(s) only', () => {
    const html = `<!doctype html><html><head>
      <LINK REL="Alternate" TYPE="application/rss+xml" TITLE="Posts &amp; notes" HREF="/feed.xml">
      <link rel="alternate" type="application/atom+xml" href='atom.xml'>
      <link rel=alternate type="application/feed+json; charset=utf-8" href=feed.json>
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="stylesheet" type="text/css" href="/style.css">
      <link rel="alternate" hreflang="de" href="/de/">
      <!-- <link rel="alternate" type="application/rss+xml" href="/old.xml"> -->
      </head></html>`;
    expect(discoverFeeds(html, 'https://site.example/blog/')).toEqual([
      { url: 'https://site.example/feed.xml', title: 'Posts & notes', type: 'application/rss+xml' },
      { url: 'https://site.example/blog/atom.xml', title: null, type: 'application/atom+xml' },
      { url: 'https://site.example/blog/feed.json', title: null, type: 'application/feed+json' },
    ]);
  });

  it('resolves against <base href> and finds nothing in a page without feeds', () => {
    const html =
      '<head><base href="https://cdn.example/x/"><link rel="alternate" type="application/rss+xml" href="rss"></head>';
    expect(discoverFeeds(html, 'https://site.example/')[0]!.url).toBe('https://cdn.example/x/rss');
    expect(discoverFeeds('<html><body>hello</body></html>', 'https://site.example/')).toEqual([]);
  });
});

describe('Mastodon handles', () => {
  it('turns @user@domain into the account’s public feed', () => {
    expect(mastodonFeedUrl('@ada@Social.Example')).toBe('https://social.example/@ada.rss');
    expect(mastodonFeedUrl(' grace_h@mastodon.social ')).toBe('https://mastodon.social/@grace_h.rss');
    expect(parseMastodonHandle('@ada@social.example')).toEqual({ user: 'ada', domain: 'social.example' });
  });

  it('refuses what is not a handle', () => {
    for (const input of [
      'ada',
      '@ada',
      '@ada@localhost',
      'https://social.example/@ada',
      '@a da@x.example',
      '@ada@x.example/evil',
      '',
    ]) {
      expect(mastodonFeedUrl(input), input).toBeNull();
    }
  });
});
