import { describe, expect, it } from 'vitest';
import { ParsedFeed } from '../../../shared/feed.js';
import { parseFeed } from '../../../electron/core/feed/parse-feed.js';
import { feedCorpusBytes, feedCorpusFiles } from '../../helpers/feed-corpus.js';

describe('real-world feeds', () => {
  const files = feedCorpusFiles('real');

  it('parses at least 29 of the 31 and every result matches the schema', () => {
    expect(files).toHaveLength(31);
    const outcomes = files.map((file) => ({
      file,
      result: parseFeed(feedCorpusBytes('real', file), { url: 'https://feeds.example/feed' }),
    }));
    const failing = outcomes
      .filter(({ result }) => !result.ok)
      .map(({ file, result }) => `${file}: ${result.ok ? '' : result.failure.message}`);
    console.log(
      `real feeds: ${files.length - failing.length}/${files.length} parse. Failing:\n  ${failing.join('\n  ')}`,
    );
    expect(files.length - failing.length).toBeGreaterThanOrEqual(29);
    for (const { result } of outcomes) if (result.ok) ParsedFeed.parse(result.feed);
  });

  it('reads a podcast feed’s 730 episodes with dates, and a page that moved as HTML', () => {
    const podcast = parseFeed(feedCorpusBytes('real', 'giantbomb-podcast.rss'));
    expect(podcast.ok && podcast.feed.posts.length).toBe(730);
    expect(podcast.ok && podcast.feed.posts.every((post) => post.published !== null)).toBe(true);
    expect(parseFeed(feedCorpusBytes('real', 'unrecognized.rss'))).toMatchObject({ ok: false, isHtml: true });
  });

  it('decodes a Portuguese feed’s accents', () => {
    const feed = parseFeed(feedCorpusBytes('real', 'encoding.rss'));
    expect(feed.ok && feed.feed.title).toBe('Jornal de Notícias - Últimas Notícias');
  });
});
