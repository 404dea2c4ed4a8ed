import { STOP_WORDS } from './stop-words.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|#[\p{L}\p{N}_]+/gu;

/** Lower case without accents, so "Café" and "cafe" count as one word (as muting matches them). */
const keyOf = (word: string): string => word.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/**
 * Words in more than `share` of these posts (each post counted once), as keys: too common across
 * the feed to be what someone mutes. Judged only over enough posts to mean something.
 */
export function wordsCommonAcross(posts: readonly string[], share = 0.08, minPosts = 20): Set<string> {
  if (posts.length < minPosts) return new Set();
  const postsWith = new Map<string, number>();
  for (const post of posts)
    for (const key of new Set(wordsOf(post).map(keyOf))) postsWith.set(key, (postsWith.get(key) ?? 0) + 1);
  const limit = posts.length * share;
  return new Set([...postsWith].filter(([, count]) => count > limit).map(([key]) => key));
}

/**
 * Words from a post worth offering as "Mute a word": topics, names and hashtags, not stop words
 * nor words common across the feed (`common`, from wordsCommonAcross). The more repeated and
 * the longer first, each once (case- and accent-insensitively), in the post's own spelling.
 */
export function wordsToOffer(text: string, common: ReadonlySet<string> = new Set(), limit = 8): string[] {
  const seen = new Map<string, { word: string; count: number; first: number }>();
  wordsOf(text).forEach((word, index) => {
    const key = keyOf(word);
    const bare = key.replace(/^#/, '');
    if (bare.length < 2 || /^\d+$/.test(bare) || STOP_WORDS.has(bare) || common.has(key)) return;
    // Short words only as hashtags or acronyms ("#ai", "AI", "NFT"): short lower-case ones are filler.
    if (!word.startsWith('#') && bare.length < 4 && word !== word.toLocaleUpperCase()) return;
    const entry = seen.get(key);
    if (entry) entry.count += 1;
    else seen.set(key, { word, count: 1, first: index });
  });
  return [...seen.values()]
    .sort((a, b) => b.count - a.count || b.word.length - a.word.length || a.first - b.first)
    .slice(0, limit)
    .map((entry) => entry.word);
}
