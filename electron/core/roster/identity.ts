import { domainToASCII } from 'node:url';

/**
 * Normalized identity keys. Two records sharing any key are the same person;
 * the prefixes keep different kinds of identifier from colliding.
 */

export function normalizeEmail(raw: string): string | null {
  const email = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1 || /\s/.test(email)) return null;
  return email;
}

/** `https://www.linkedin.com/in/Ada-Lovelace-1815/?trk=x` → `ada-lovelace-1815`. */
export function linkedInSlug(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(raw.trim()) ? raw.trim() : `https://${raw.trim()}`);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  const match = /^\/(?:[a-z]{2}\/)?in\/([^/]+)/i.exec(url.pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return match[1].toLowerCase();
  }
}

export const canonicalLinkedInUrl = (slug: string): string => `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;

/** `@Alice@Mastodon.Social` → `alice@mastodon.social`; internationalized domains to punycode. */
export function normalizeHandle(raw: string): string | null {
  const trimmed = raw.trim().replace(/^@/, '');
  const at = trimmed.indexOf('@');
  if (at <= 0 || at !== trimmed.lastIndexOf('@')) return null;
  const user = trimmed.slice(0, at).toLowerCase();
  const domain = domainToASCII(trimmed.slice(at + 1).toLowerCase());
  if (!domain || !/^[\p{L}\p{N}_.-]+$/u.test(user)) return null;
  return `${user}@${domain}`;
}

/** Lower-cased, diacritics folded, spaces collapsed: for sorting and same-name matching. */
export function nameKey(name: string): string {
  // Most names are plain ASCII: skip Unicode normalization for them (30k imports call this per row).
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/\s+/g, ' ').trim();
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export interface IdentityInput {
  emails: readonly string[];
  profileUrl: string | null;
  handles: readonly string[];
  sourceUid: string | null;
}

export function identityKeys(person: IdentityInput): string[] {
  const keys = new Set<string>();
  const slug = person.profileUrl ? linkedInSlug(person.profileUrl) : null;
  if (slug) keys.add(`li:${slug}`);
  for (const raw of person.emails) {
    const email = normalizeEmail(raw);
    if (email) keys.add(`email:${email}`);
  }
  for (const raw of person.handles) {
    const handle = normalizeHandle(raw);
    if (handle) keys.add(`masto:${handle}`);
  }
  if (person.sourceUid?.trim()) keys.add(`uid:${person.sourceUid.trim()}`);
  return [...keys];
}
