import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FeedPost, ParsedFeed } from '../../../shared/feed.js';
import { parseFeed, type ParseFeedResult } from '../../../electron/core/feed/parse-feed.js';
import { feedCorpusBytes } from '../../helpers/feed-corpus.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function parsed(result: ParseFeedResult): ParsedFeed {
  if (!result.ok) throw new Error(`expected a feed, got: ${result.failure.message}`);
  return ParsedFeed.parse(result.feed);
}

describe('parseFeed on the sample feeds', () => {
  it('reads Atom: relative links against the feed URL, HTML content as given, an excerpt', () => {
    const feed = parsed(parseFeed(feedCorpusBytes('atom.xml'), { url: 'https://ada.example/feed.atom' }));
    expect(feed).toMatchObject({ format: 'atom', title: "Ada's notes", siteUrl: 'https://ada.example/' });
    expect(feed.posts[0]).toMatchObject({
      dedupeKey: 'id:tag:ada.example,2026:1',
      link: 'https://ada.example/posts/engine',
      published: null,
      updated: '2026-11-01T10:00:00.000Z',
      contentHtml: expect.stringContaining('<script>alert(1)</script>'),
    });
    expect(feed.posts[0]!.excerpt).toBe('Hello world');
    expect(feed.posts[1]).toMatchObject({ summaryHtml: 'Short summary', excerpt: 'Short summary' });
  });

  it('reads RSS 2.0: CDATA, dates, and a missing date as null for the caller to fill', () => {
    const feed = parsed(parseFeed(feedCorpusBytes('rss.xml'), { url: 'https://grace.example/rss' }));
    expect(feed.posts.map((post) => [post.dedupeKey, post.published])).toEqual([
      ['id:w1', '2026-11-22T09:00:00.000Z'],
      ['id:w2', '2026-11-21T09:00:00.000Z'],
      ['link:https://grace.example/w3', null],
    ]);
    expect(feed.posts[0]!.summaryHtml).toBe('<p>Join my <a href="javascript:alert(1)">webinar</a></p>');
    expect(feed.posts[0]!.excerpt).toBe('Join my webinar');
  });

  it('reads JSON Feed 1.1, with content_text escaped to HTML', () => {
    const feed = parsed(parseFeed(feedCorpusBytes('feed.json'), { url: 'https://alan.example/feed.json' }));
    expect(feed).toMatchObject({ format: 'json', title: 'Alan', siteUrl: 'https://alan.example/' });
    expect(feed.posts[0]).toMatchObject({ link: 'https://alan.example/1', published: '2026-11-10T11:00:00.000Z' });
    expect(feed.posts[1]).toMatchObject({ title: null, link: null, contentHtml: 'A post with no title' });
  });
});

describe('parseFeed refuses what is unsafe', () => {
  it('refuses the billion-laughs entity bomb before parsing, quickly and without expanding', () => {
    const result = parseFeed(feedCorpusBytes('entity-bomb.xml'));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'unsafe-xml' } });
  });

  it('refuses an external entity (XXE) and never reads the file it names', () => {
    const result = parseFeed(feedCorpusBytes('xxe.xml'));
    expect(result).toMatchObject({ ok: false, failure: { kind: 'unsafe-xml' } });
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('removes a bare DOCTYPE (old RSS 0.91) and parses the feed', () => {
    const text =
      '<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>A</title><link>https://old.example/a</link></item></channel></rss>';
    expect(parsed(parseFeed(utf8(text))).posts[0]!.link).toBe('https://old.example/a');
  });

  it('leaves a post about XML alone: DOCTYPE and ENTITY inside CDATA are content', () => {
    const code = '<!DOCTYPE html><!ENTITY x "y">';
    const text = `<rss><channel><title>x</title><item><guid>1</guid><description><![CDATA[<pre>${code}</pre>]]></description></item></channel></rss>`;
    expect(parsed(parseFeed(utf8(text))).posts[0]!.summaryHtml).toBe(`<pre>${code}</pre>`);
  });

  it('drops links that are not http(s)', () => {
    const text =
      '<rss version="2.0"><channel><title>x</title><link>javascript:alert(1)</link><item><title>a</title><link>javascript:alert(1)</link></item><item><title>b</title><link>data:text/html,x</link><guid isPermaLink="false">b</guid></item></channel></rss>';
    const feed = parsed(parseFeed(utf8(text), { url: 'https://x.example/feed' }));
    expect(feed.siteUrl).toBeNull();
    expect(feed.posts.map((post) => post.link)).toEqual([null, null]);
  });
});

describe('parseFeed in the real world', () => {
  it('resolves links against xml:base on the feed and the entry', () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/blog/"><title>b</title>
      <entry xml:base="posts/"><id>1</id><title>t</title><link href="one.html"/><updated>2026-01-02T03:04:05+02:00</updated></entry>
      <entry><id>2</id><title>t</title><link rel="alternate" type="text/html" href="/two"/><link rel="enclosure" href="x.mp3"/></entry></feed>`;
    const feed = parsed(parseFeed(utf8(text), { url: 'https://elsewhere.example/feed' }));
    expect(feed.posts.map((post) => post.link)).toEqual([
      'https://base.example/blog/posts/one.html',
      'https://base.example/two',
    ]);
    expect(feed.posts[0]!.updated).toBe('2026-01-02T01:04:05.000Z');
  });

  it('decodes ISO-8859-1 from the XML declaration and Windows-1252 from the HTTP header', () => {
    const latin1 = iconv.encode(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café</title><item><title>Noël</title><guid>1</guid></item></channel></rss>',
      'latin1',
    );
    expect(parsed(parseFeed(new Uint8Array(latin1))).posts[0]!.title).toBe('Noël');
    const cp1252 = iconv.encode(
      '<rss><channel><title>x</title><item><title>“quoted” – €5</title><guid>1</guid></item></channel></rss>',
      'windows-1252',
    );
    const feed = parsed(
      parseFeed(new Uint8Array(cp1252), { contentType: 'application/rss+xml; charset=windows-1252' }),
    );
    expect(feed.posts[0]!.title).toBe('“quoted” – €5');
  });

  it('deduplicates entries by guid, then by link for entries without one', () => {
    const item = (guid: string, link: string): string =>
      `<item>${guid ? `<guid isPermaLink="false">${guid}</guid>` : ''}<title>t</title><link>${link}</link></item>`;
    const text = `<rss><channel><title>d</title>${item('a', 'https://d.example/1')}${item('a', 'https://d.example/2')}${item('', 'https://d.example/3')}${item('', 'https://d.example/3')}${item('b', 'https://d.example/3')}</channel></rss>`;
    const keys = parsed(parseFeed(utf8(text))).posts.map((post) => post.dedupeKey);
    expect(keys).toEqual(['id:a', 'link:https://d.example/3', 'id:b']);
  });

  it('takes a permalink guid as the link when there is no <link>, and the feed’s author for its entries', () => {
    const rss = `<rss><channel><title>g</title>
      <item><guid>https://g.example/1</guid></item><item><guid>2</guid></item>
      <item><guid isPermaLink="false">https://g.example/3</guid></item></channel></rss>`;
    const links = parsed(parseFeed(utf8(rss), { url: 'https://g.example/feed' })).posts.map((post) => post.link);
    expect(links).toEqual(['https://g.example/1', null, null]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title><author><name>Ada</name></author>
      <entry><id>1</id><title>t</title></entry></feed>`;
    expect(parsed(parseFeed(utf8(atom))).posts[0]!.author).toBe('Ada');
  });

  it('gives an entry with neither id nor link a key from its content that is stable across parses', () => {
    const text = '<rss><channel><title>h</title><item><title>Only a title</title></item></channel></rss>';
    const first = parsed(parseFeed(utf8(text))).posts[0]!;
    expect(first.dedupeKey).toMatch(/^hash:[0-9a-f]{32}$/);
    expect(parsed(parseFeed(utf8(text))).posts[0]!.dedupeKey).toBe(first.dedupeKey);
  });

  it('exposes a Mastodon account feed’s title, site and avatar', () => {
    const text = `<rss version="2.0"><channel><title>Ada Lovelace</title><link>https://social.example/@ada</link>
      <image><url>https://files.social.example/avatars/ada.png</url><title>Ada Lovelace</title><link>https://social.example/@ada</link></image>
      <item><guid isPermaLink="true">https://social.example/@ada/1</guid><link>https://social.example/@ada/1</link><pubDate>Mon, 23 Nov 2026 08:00:00 +0000</pubDate><description>&lt;p&gt;Hello&lt;/p&gt;</description></item></channel></rss>`;
    const feed = parsed(parseFeed(utf8(text), { url: 'https://social.example/@ada.rss' }));
    expect(feed).toMatchObject({
      title: 'Ada Lovelace',
      siteUrl: 'https://social.example/@ada',
      imageUrl: 'https://files.social.example/avatars/ada.png',
    });
    expect(feed.posts[0]).toMatchObject({ title: null, excerpt: 'Hello', summaryHtml: '<p>Hello</p>' });
  });

  it('says plainly when the document is HTML, JSON that is not a feed, or nothing', () => {
    expect(parseFeed(utf8('<!doctype html><html><head></head></html>'))).toMatchObject({
      ok: false,
      isHtml: true,
      failure: { kind: 'not-a-feed' },
    });
    expect(parseFeed(utf8('{"hello":1}'))).toMatchObject({
      ok: false,
      failure: { message: 'Not a feed: the JSON is not a JSON Feed' },
    });
    expect(parseFeed(utf8('<constructor><item/></constructor>'))).toMatchObject({
      ok: false,
      failure: { kind: 'not-a-feed', message: 'Not a feed: the document is neither RSS, Atom nor JSON Feed' },
    });
    expect(parseFeed(utf8('<rss><channel><item><title>a</item></channel></rss>'))).toMatchObject({
      ok: false,
      failure: { kind: 'malformed', message: 'The feed could not be read: it is not well-formed XML' },
    });
    expect(parsed(parseFeed(utf8('<?xml version="1.0"?><rss version="2.0"></rss>'))).posts).toEqual([]);
    expect(parseFeed(utf8('  '))).toMatchObject({
      ok: false,
      failure: { message: 'Not a feed: the document is empty' },
    });
  });

  it('cuts the excerpt near 300 characters at a word', () => {
    const long = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ');
    const text = `<rss><channel><title>l</title><item><guid>1</guid><description>&lt;p&gt;${long}&lt;/p&gt;</description></item></channel></rss>`;
    const excerpt = parsed(parseFeed(utf8(text))).posts[0]!.excerpt;
    expect(excerpt.length).toBeLessThanOrEqual(301);
    expect(excerpt).toMatch(/word\d+…$/);
    expect(FeedPost.parse(parsed(parseFeed(utf8(text))).posts[0])).toBeTruthy();
  });
});
