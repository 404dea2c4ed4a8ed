/**
 * A Mastodon profile page (`https://social.example/@ada`) as the handle it shows (`ada@social.example`),
 * so a card's "website" that is really an account is followed as one. Hosts that also use `/@name`
 * paths but are not Mastodon (Medium, YouTube, TikTok, Threads) stay websites.
 */

const PROFILE_PATH = /^\/@([A-Za-z0-9_][A-Za-z0-9_.-]*)\/?$/;
const NOT_MASTODON = new Set(['medium.com', 'youtube.com', 'tiktok.com', 'threads.net', 'threads.com']);

export function mastodonHandleOfProfileUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.search || parsed.hash || parsed.username || parsed.port) return null;
  const host = parsed.hostname.toLowerCase().replace(/^(www|m)\./, '');
  if (NOT_MASTODON.has(host)) return null;
  const match = PROFILE_PATH.exec(parsed.pathname);
  return match ? `${match[1]}@${parsed.hostname.toLowerCase()}` : null;
}
