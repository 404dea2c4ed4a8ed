import { mailtoHref } from './email-address.js';
import { normalizeHandleShape } from './mastodon-handle.js';

/**
 * A mailto: link with a subject and body. The address goes through `mailtoHref` (which refuses
 * anything carrying its own query); subject and body are percent-encoded (RFC 6068: line
 * breaks as %0D%0A), so nothing in them can add headers or recipients.
 */
export function mailtoWithMessage(address: string, subject: string, body: string): string | null {
  const base = mailtoHref(address);
  if (!base) return null;
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `${base}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** Mastodon's own export header: an import of this file "merge"s one follow into your list. */
export const MASTODON_FOLLOWING_HEADER = 'Account address,Show boosts,Notify on new posts,Languages';

/** A one-line following_accounts.csv for a handle, or null when it is not one. */
export function mastodonFollowCsv(handle: string): string | null {
  const address = normalizeHandleShape(handle);
  return address ? `${MASTODON_FOLLOWING_HEADER}\r\n${address},true,false,\r\n` : null;
}
