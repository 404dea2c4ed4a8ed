import { describe, expect, it } from 'vitest';
import { wordsCommonAcross, wordsToOffer } from '../../../renderer/src/features/feed/post-words.js';

describe('wordsToOffer', () => {
  it('drops stop words and social filler, keeps topics, names, acronyms and hashtags', () => {
    const post =
      'Thoughts on crypto. We are hiring, by the way: reach out if this sounds like you. ' +
      'Photos from the weekend are in the thread below. Nour Ito says AI and #SQLite again.';
    const offered = wordsToOffer(post);
    for (const filler of ['Thoughts', 'weekend', 'Photos', 'thread', 'sounds', 'below', 'reach', 'says', 'the'])
      expect(offered).not.toContain(filler);
    expect(offered).toEqual(expect.arrayContaining(['crypto', 'hiring', 'Nour', 'AI', '#SQLite']));
  });

  it('drops words common across the feed, case- and accent-insensitively', () => {
    const feed = Array.from({ length: 40 }, (_, index) =>
      index % 2 === 0 ? `Remote work notes ${index}` : `Café culture and remote teams ${index}`,
    );
    const common = wordsCommonAcross(feed);
    expect(common.has('remote')).toBe(true);
    expect(common.has('cafe')).toBe(true);
    expect(wordsToOffer('REMOTE crypto at the CAFÉ', common)).toEqual(['crypto']);
  });

  it('judges commonness only over enough posts', () => {
    expect(wordsCommonAcross(['crypto crypto', 'crypto'])).toEqual(new Set());
    const feed = [...Array.from({ length: 30 }, (_, i) => `post ${i}`), 'crypto', 'crypto again'];
    expect(wordsCommonAcross(feed).has('crypto')).toBe(false);
  });

  it('offers each word once, the repeated and longer first, up to the limit', () => {
    expect(wordsToOffer('Elections elections football Football gardening', new Set(), 2)).toEqual([
      'Elections',
      'football',
    ]);
  });
});
