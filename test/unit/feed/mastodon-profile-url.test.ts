import { describe, expect, it } from 'vitest';
import { mastodonHandleOfProfileUrl } from '../../../electron/core/feed/mastodon-profile-url.js';

describe('mastodonHandleOfProfileUrl', () => {
  it('reads a profile page as its handle', () => {
    expect(mastodonHandleOfProfileUrl('https://social.example/@ada')).toBe('ada@social.example');
    expect(mastodonHandleOfProfileUrl('https://Mastodon.Social/@Nour_Ito/')).toBe('Nour_Ito@mastodon.social');
  });

  it('leaves websites and non-Mastodon @ paths alone', () => {
    for (const url of [
      'https://ada.example/',
      'https://ada.example/blog/@ada/post',
      'https://social.example/@ada/1234',
      'https://social.example/@ada?x=1',
      'https://medium.com/@ada',
      'https://www.youtube.com/@ada',
      'https://www.threads.net/@ada',
      'ftp://social.example/@ada',
      'not a url',
    ])
      expect(mastodonHandleOfProfileUrl(url), url).toBeNull();
  });
});
