import { describe, expect, it } from 'vitest';
import type { OpmlFeed } from '../../../shared/feed.js';
import { parseOpml, writeOpml } from '../../../electron/core/feed/opml.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('OPML', () => {
  it('reads feeds with title, xmlUrl, htmlUrl and nested categories', () => {
    const opml = `<?xml version="1.0"?><opml version="1.0"><head><title>My feeds</title></head><body>
      <outline text="Friends"><outline text="Close">
        <outline text="Ada" title="Ada Lovelace" type="rss" xmlUrl="https://ada.example/feed" htmlUrl="https://ada.example/"/>
      </outline></outline>
      <outline text="Grace" type="rss" xmlUrl="https://grace.example/rss"/>
      <outline text="Bad" type="rss" xmlUrl="javascript:alert(1)"/>
    </body></opml>`;
    expect(parseOpml(utf8(opml))).toEqual({
      ok: true,
      title: 'My feeds',
      skipped: 1,
      feeds: [
        {
          title: 'Ada Lovelace',
          xmlUrl: 'https://ada.example/feed',
          htmlUrl: 'https://ada.example/',
          categories: ['Friends', 'Close'],
        },
        { title: 'Grace', xmlUrl: 'https://grace.example/rss', htmlUrl: null, categories: [] },
      ],
    });
  });

  it('writes OPML 2.0 that reads back to the same feeds, escaping what needs it', () => {
    const feeds: OpmlFeed[] = [
      {
        title: 'Ada & "co" <3',
        xmlUrl: 'https://ada.example/feed?a=1&b=2',
        htmlUrl: 'https://ada.example/',
        categories: ['Friends', 'Math'],
      },
      { title: 'Carl', xmlUrl: 'https://carl.example/rss', htmlUrl: null, categories: ['Friends'] },
      { title: 'Bea', xmlUrl: 'https://bea.example/rss', htmlUrl: null, categories: [] },
    ];
    const text = writeOpml(feeds, { title: 'Prune', now: new Date('2026-11-23T00:00:00Z') });
    expect(text).toContain('<opml version="2.0">');
    expect(text).toContain('xmlUrl="https://ada.example/feed?a=1&amp;b=2"');
    const back = parseOpml(utf8(text));
    expect(back).toMatchObject({ ok: true, title: 'Prune', skipped: 0 });
    expect(back.ok && back.feeds).toEqual([feeds[0], feeds[1], feeds[2]]);
  });

  it('refuses a file that is not OPML, and one with a DTD', () => {
    expect(parseOpml(utf8('hello'))).toMatchObject({ ok: false });
    expect(parseOpml(utf8('<!DOCTYPE x [<!ENTITY a "b">]><opml><body/></opml>'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('Refused'),
    });
  });
});
