import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FeedPost } from '../../../shared/feed.js';
import { decodeFeedText } from '../../../electron/core/feed/decode-feed-text.js';
import { parseFeedDate } from '../../../electron/core/feed/feed-dates.js';
import { excerptOf, htmlToText } from '../../../electron/core/feed/feed-text.js';
import { resolveHttpUrl } from '../../../electron/core/feed/feed-url.js';
import { parseOpml } from '../../../electron/core/feed/opml.js';
import { parseFeed } from '../../../electron/core/feed/parse-feed.js';
import { DEFAULT_FETCH_LIMITS, describeDuration, describeSize } from '../../../electron/core/feed/fetch-limits.js';
import { retryAfterMs } from '../../../electron/core/feed/retry-after.js';
import { feedCorpusBytes } from '../../helpers/feed-corpus.js';

describe('feed dates', () => {
  it('reads RFC 822 and ISO 8601 as feeds write them, into UTC', () => {
    const cases: [string, string][] = [
      ['Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21.000Z'],
      ['Sun, 22 Nov 2026 09:00:00 +0000', '2026-11-22T09:00:00.000Z'],
      ['22 Nov 2026 09:00 EST', '2026-11-22T14:00:00.000Z'],
      ['Tue, 3 June 2008 11:05:30 -0230', '2008-06-03T13:35:30.000Z'],
      ['Mon, 05 Jan 09 10:00:00 PDT', '2009-01-05T17:00:00.000Z'],
      ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55.000Z'],
      ['2003-12-31T10:14:55.25-08:00', '2003-12-31T18:14:55.250Z'],
      ['2003-12-31', '2003-12-31T00:00:00.000Z'],
      ['2003-12', '2003-12-01T00:00:00.000Z'],
      ['20031231T101455Z', '2003-12-31T10:14:55.000Z'],
    ];
    for (const [raw, iso] of cases) expect(parseFeedDate(raw), raw).toBe(iso);
  });

  it('gives null for what it cannot read, so the caller uses “first seen”', () => {
    for (const raw of [null, undefined, '', 'yesterday', '2003-13-45', 'Thu, 45 Foo 2004', 'next Tuesday at noon']) {
      expect(parseFeedDate(raw), String(raw)).toBeNull();
    }
  });
});

describe('feed text and links', () => {
  it('turns HTML into plain text: no tags, scripts or comments, entities decoded, whitespace collapsed', () => {
    expect(htmlToText('<p>Tom &amp; Jerry&nbsp;&#8217;s\n\n <b>show</b></p><script>alert(1)</script><!-- x -->')).toBe(
      'Tom & Jerry ’s show',
    );
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(excerptOf(null)).toBe('');
  });

  it('keeps http(s) links only, resolving relative ones', () => {
    expect(resolveHttpUrl('/a b', 'https://x.example/dir/')).toBe('https://x.example/a%20b');
    expect(resolveHttpUrl('HTTP://Example.org/Path')).toBe('HTTP://Example.org/Path');
    for (const link of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'mailto:a@b.example',
      'ftp://x.example/',
      '/relative',
    ]) {
      expect(resolveHttpUrl(link), link).toBeNull();
    }
  });

  it('decodes by BOM, then the HTTP charset, then the XML declaration, then UTF-8, then Windows-1252', () => {
    const utf16 = new Uint8Array(iconv.encode('\uFEFF<rss>é</rss>', 'utf-16le'));
    expect(decodeFeedText(utf16)).toBe('<rss>é</rss>');
    const cp1252 = new Uint8Array(iconv.encode('<rss>’</rss>', 'windows-1252'));
    expect(decodeFeedText(cp1252)).toBe('<rss>’</rss>');
    expect(decodeFeedText(cp1252, 'text/xml; charset=utf-8')).toBe('<rss>’</rss>');
    const koi8 = new Uint8Array(iconv.encode('<?xml version="1.0" encoding="koi8-r"?><rss>Привет</rss>', 'koi8-r'));
    expect(decodeFeedText(koi8)).toContain('Привет');
  });
});

describe('the feed parser never throws', () => {
  const rss = new TextDecoder().decode(feedCorpusBytes('rss.xml'));
  const atom = new TextDecoder().decode(feedCorpusBytes('atom.xml'));
  const spliced = (base: string) =>
    fc
      .tuple(fc.nat({ max: base.length }), fc.string({ unit: 'binary', maxLength: 60 }))
      .map(([at, junk]) => base.slice(0, at) + junk + base.slice(at));

  it('on arbitrary bytes and on damaged feeds, and every post it returns is valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 1500 }),
          spliced(rss).map((text) => new TextEncoder().encode(text)),
          spliced(atom).map((text) => new TextEncoder().encode(text)),
        ),
        (bytes) => {
          const result = parseFeed(bytes, { url: 'https://x.example/feed' });
          if (result.ok) result.feed.posts.forEach((post) => FeedPost.parse(post));
          else expect(result.failure.message.length).toBeGreaterThan(0);
          expect(parseOpml(bytes)).toHaveProperty('ok');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('limits in words', () => {
  it('says durations and sizes the way the error sentences use them', () => {
    expect(describeDuration(DEFAULT_FETCH_LIMITS.totalTimeoutMs)).toBe('30 seconds');
    expect(describeDuration(1000)).toBe('1 second');
    expect(describeDuration(200)).toBe('200 ms');
    expect(describeSize(DEFAULT_FETCH_LIMITS.maxBytes)).toBe('5 MB');
    expect(describeSize(300)).toBe('300 bytes');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 23 Nov 2026 12:05:00 GMT', now)).toBe(300_000);
    expect(retryAfterMs('Mon, 23 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
