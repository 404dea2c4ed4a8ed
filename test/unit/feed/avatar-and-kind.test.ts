import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { checkAvatar, sniffImageType } from '../../../electron/core/feed/avatar-image.js';
import { MASTODON_FEED } from '../../../electron/core/feed/mastodon-naming.js';
import { addFeed, addPerson } from '../../helpers/feed-fixtures.js';
import { JPEG_BYTES, PNG_BYTES } from '../../helpers/mastodon-shapes.js';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('avatar images', () => {
  it('knows the four types by their signatures, and nothing else', () => {
    expect(sniffImageType(PNG_BYTES)).toBe('image/png');
    expect(sniffImageType(JPEG_BYTES)).toBe('image/jpeg');
    expect(sniffImageType(ascii('GIF89a\x01\x00'))).toBe('image/gif');
    expect(sniffImageType(ascii('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniffImageType(ascii('RIFF\x10\x00\x00\x00WAVEfmt '))).toBeNull();
    expect(sniffImageType(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(new Uint8Array([0x89, 0x50]))).toBeNull();
  });

  it('needs both the content type and the bytes to agree it is an image; stores what the bytes are', () => {
    expect(checkAvatar(PNG_BYTES, 'image/png')).toEqual({ ok: true, type: 'image/png' });
    expect(checkAvatar(JPEG_BYTES, 'Image/PNG; charset=binary')).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkAvatar(PNG_BYTES, 'image/svg+xml')).toMatchObject({ ok: false, reason: /server says image\/svg\+xml/ });
    expect(checkAvatar(PNG_BYTES, null)).toMatchObject({ ok: false, reason: /without a content type/ });
    expect(checkAvatar(ascii('<html>'), 'image/png')).toMatchObject({ ok: false, reason: /not an image/ });
  });
});

describe('feed kinds', () => {
  it('the stored kind agrees with the shape Mastodon feed URLs have', () => {
    const db = openDatabase(':memory:');
    const person = addPerson(db, 'Someone');
    const urls = [
      'https://social.example/@ada.rss',
      'https://mastodon.social/@grace_h.rss',
      'https://xn--80ak6aa92e.example/@ada.rss',
      'http://social.example/@ada.rss',
      'https://social.example/@ada.rss?x=1',
      'https://social.example/users/@ada.rss',
      'https://social.example/@ada.atom',
      'https://social.example/@.rss',
      'https://social.example/@ada/feed.rss',
      'https://blog.example/feed.xml',
      'https:///@ada.rss',
    ];
    for (const url of urls) addFeed(db, person, url);
    const kinds = db.prepare('SELECT url, kind FROM feeds ORDER BY id').all() as { url: string; kind: string }[];
    expect(kinds.map(({ url, kind }) => [url, kind])).toEqual(
      urls.map((url) => [url, MASTODON_FEED.test(url) ? 'mastodon' : 'web']),
    );
    expect(kinds.filter((row) => row.kind === 'mastodon')).toHaveLength(3);
    db.close();
  });
});
