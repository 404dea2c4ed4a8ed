import { isEmailAddress } from '../../../shared/email-address.js';
import { domainToASCII } from 'node:url';

/**
 * Normalized identity keys. Two records sharing any key are the same person;
 * the prefixes keep different kinds of identifier from colliding.
 */

/**
 * The last addresses normalized: an import normalizes each address twice in a row (for its
 * identity key, then to store it), and the strict check is the costly part.
 */
const recentEmails = new Map<string, string | null>();

export function normalizeEmail(raw: string): string | null {
  const recent = recentEmails.get(raw);
  if (recent !== undefined) return recent;
  if (recentEmails.size >= 64) recentEmails.clear();
  const normalized = strictlyNormalizedEmail(raw);
  recentEmails.set(raw, normalized);
  return normalized;
}

function strictlyNormalizedEmail(raw: string): string | null {
  const email = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return isEmailAddress(email) ? email : null;
}

/**
 * The common export shape, `https://www.linkedin.com/in/<slug>[/][?query][#fragment]`, read
 * without building a URL (30k-row imports call this per row). The slug's characters are limited
 * to those the URL parser leaves untouched, and `.`/`..` segments (`%2e` too) go to the slow path,
 * so whatever this captures is exactly what the URL-based path would capture.
 */
const PLAIN_PROFILE_URL =
  /^(?:https?:\/\/)?(?:www\.|[a-z]{2}\.)?linkedin\.com\/(?:[a-z]{2}\/)?in\/([\w%-]+)\/?(?:[?#].*)?$/i;
const DOT_SEGMENT = /^(?:%2e){1,2}$/i;

function plainProfileSlug(text: string): string | undefined {
  const segment = PLAIN_PROFILE_URL.exec(text)?.[1];
  return segment === undefined || DOT_SEGMENT.test(segment) ? undefined : segment;
}

/** The raw slug segment as the WHATWG URL parser sees it; the reference for the fast path. */
function urlProfileSlug(text: string): string | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
  return /^\/(?:[a-z]{2}\/)?in\/([^/]+)/i.exec(url.pathname)?.[1] ?? null;
}

function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/** `https://www.linkedin.com/in/Ada-Lovelace-1815/?trk=x` → `ada-lovelace-1815`. */
export function linkedInSlug(raw: string): string | null {
  const text = raw.trim();
  const segment = plainProfileSlug(text) ?? urlProfileSlug(text);
  return segment ? decodeSlug(segment) : null;
}

/** {@link linkedInSlug} without the fast path: tests check that both agree. */
export function linkedInSlugViaUrl(raw: string): string | null {
  const segment = urlProfileSlug(raw.trim());
  return segment ? decodeSlug(segment) : null;
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

/** ASCII words with single spaces between them: lower-casing is all their key needs. */
const PLAIN_ASCII_NAME = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Lower-cased, diacritics folded, spaces collapsed: for sorting and same-name matching. */
export function nameKey(name: string): string {
  // Most names are plain ASCII: skip Unicode normalization for them (30k imports call this per row).
  if (PLAIN_ASCII_NAME.test(name)) return name.toLowerCase();
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

export const profileSlugOf = (person: Pick<IdentityInput, 'profileUrl'>): string | null =>
  person.profileUrl ? linkedInSlug(person.profileUrl) : null;

/** `slug` may be passed in by callers that already computed {@link profileSlugOf} for the person. */
export function identityKeys(person: IdentityInput, slug = profileSlugOf(person)): string[] {
  const keys = new Set<string>();
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
