/**
 * Invented bytes in real shapes for avatar tests. The shared corpus holds no Mastodon feed, so
 * the feed here follows what a Mastodon server writes for `/@user.rss` (4.x): the account's
 * display name as the channel title, its avatar as the channel image, webfeeds and media
 * namespaces, posts as HTML descriptions with permalink guids.
 */

export function mastodonRss(options: { name: string; handle: string; host: string; avatarUrl: string }): string {
  const { name, handle, host, avatarUrl } = options;
  const profile = `https://${host}/@${handle}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:webfeeds="http://webfeeds.org/rss/1.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>${name}</title>
    <description>Public posts from @${handle}@${host}</description>
    <link>${profile}</link>
    <image>
      <url>${avatarUrl}</url>
      <title>${name}</title>
      <link>${profile}</link>
    </image>
    <lastBuildDate>Sun, 01 Nov 2026 10:00:00 +0000</lastBuildDate>
    <webfeeds:icon>${avatarUrl}</webfeeds:icon>
    <generator>Mastodon v4.3.0</generator>
    <item>
      <guid isPermaLink="true">${profile}/113400000000000001</guid>
      <link>${profile}/113400000000000001</link>
      <pubDate>Sun, 01 Nov 2026 10:00:00 +0000</pubDate>
      <description>&lt;p&gt;Notes on the analytical engine, part one.&lt;/p&gt;</description>
      <category>engines</category>
    </item>
  </channel>
</rss>`;
}

/** A real 1×1 PNG. */
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The start of a JFIF file: what the signature check reads (a viewer would need the rest). */
export const JPEG_BYTES = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
  0x00, 0xff, 0xd9,
]);
