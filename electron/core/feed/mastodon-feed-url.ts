/** A Mastodon account, as `@user@domain` names it. */
export interface MastodonHandle {
  user: string;
  domain: string;
}

const HANDLE = /^@?([A-Za-z0-9_][A-Za-z0-9_.-]*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})$/;

/** `@user@domain` or `user@domain` (trimmed, domain lower-cased); null for anything else. */
export function parseMastodonHandle(input: string): MastodonHandle | null {
  const match = HANDLE.exec(input.trim());
  if (!match) return null;
  const domain = match[2]!.toLowerCase();
  try {
    if (new URL(`https://${domain}/`).host !== domain) return null;
  } catch {
    return null;
  }
  return { user: match[1]!, domain };
}

/** The public feed of a Mastodon account: `@ada@social.example` → `https://social.example/@ada.rss`. */
export function mastodonFeedUrl(handle: string): string | null {
  const parsed = parseMastodonHandle(handle);
  return parsed ? `https://${parsed.domain}/@${parsed.user}.rss` : null;
}
