import type { AddressSource, ReconnectAddress } from '../../../shared/reconnect.js';
import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { normalizeEmail, normalizeHandle } from '../roster/identity.js';
import { reindexContacts } from '../roster/search-index.js';

/**
 * Other emails first, in this order: one typed by hand was added for exactly this; address books
 * next; an address whose source is not known (stored before Prune kept it) last, since it may be
 * the LinkedIn one.
 */
const EMAIL_ORDER: readonly AddressSource[] = ['manual', 'vcard', 'google', 'outlook', 'mastodon', 'unknown'];

interface StoredEmail {
  address: string;
  source: AddressSource;
  rank: number;
}

export function contactExists(db: Db, contactId: number): void {
  if (prepared(db, 'SELECT 1 FROM contacts WHERE id = ?').get(contactId) === undefined)
    throw new CoreError('not_found', `No contact with id ${contactId}.`);
}

/**
 * Every way Prune knows to reach the person, best first: emails not from the LinkedIn connection,
 * then the profile page, then Mastodon handles, and last the LinkedIn connection's email, which a
 * new invitation is likely refused at. Tombstones keep all of these.
 */
export function reconnectAddresses(db: Db, contactId: number): ReconnectAddress[] {
  const emails = prepared(
    db,
    'SELECT address, source, rank FROM contact_emails WHERE contact_id = ? ORDER BY rank, normalized',
  ).all(contactId) as StoredEmail[];
  const open = emails
    .filter((email) => email.source !== 'linkedin')
    .sort((a, b) => EMAIL_ORDER.indexOf(a.source) - EMAIL_ORDER.indexOf(b.source) || a.rank - b.rank);
  const profile = prepared(db, 'SELECT profile_url FROM contacts WHERE id = ?').pluck().get(contactId) as string | null;
  const handles = prepared(db, 'SELECT handle FROM contact_handles WHERE contact_id = ? ORDER BY handle')
    .pluck()
    .all(contactId) as string[];
  const email = ({ address, source }: StoredEmail): ReconnectAddress => ({
    kind: 'email',
    value: address,
    source,
    blocked: source === 'linkedin',
  });
  return [
    ...open.map(email),
    ...(profile && /^https:\/\//i.test(profile)
      ? [{ kind: 'profile' as const, value: profile, source: null, blocked: false }]
      : []),
    ...handles.map((handle) => ({ kind: 'mastodon' as const, value: `@${handle}`, source: null, blocked: false })),
    ...emails.filter((stored) => stored.source === 'linkedin').map(email),
  ];
}

/**
 * Adds an email or a Mastodon handle (`@name@server`) typed by hand. Refused with the reason when
 * it is neither or already theirs; the identity key is added too, so a later import that brings
 * the same address finds this person.
 */
export function addAddressByHand(db: Db, contactId: number, raw: string): ReconnectAddress {
  contactExists(db, contactId);
  const typed = raw.trim();
  if (typed.startsWith('@')) {
    const handle = normalizeHandle(typed);
    if (!handle || !/\.[\p{L}]/u.test(handle.slice(handle.indexOf('@'))))
      throw new CoreError('invalid_input', `"${typed}" is not a Mastodon handle: write it as @name@server.social.`);
    return db.transaction(() => {
      if (
        prepared(db, 'INSERT OR IGNORE INTO contact_handles (contact_id, handle) VALUES (?, ?)').run(contactId, handle)
          .changes === 0
      )
        throw new CoreError('invalid_input', `@${handle} is already one of their addresses.`);
      prepared(db, 'INSERT OR IGNORE INTO identity_keys (key, contact_id) VALUES (?, ?)').run(
        `masto:${handle}`,
        contactId,
      );
      return { kind: 'mastodon' as const, value: `@${handle}`, source: null, blocked: false };
    })();
  }
  const normalized = normalizeEmail(typed);
  if (!normalized || /^mailto:/i.test(typed))
    throw new CoreError(
      'invalid_input',
      `"${typed}" is not an email address: write it as name@example.com (or a Mastodon handle as @name@server.social).`,
    );
  return db.transaction(() => {
    const added = prepared(
      db,
      `INSERT OR IGNORE INTO contact_emails (contact_id, normalized, address, rank, source)
       VALUES (?, ?, ?, (SELECT coalesce(max(rank), -1) + 1 FROM contact_emails WHERE contact_id = ?), 'manual')`,
    ).run(contactId, normalized, typed, contactId).changes;
    if (added === 0) throw new CoreError('invalid_input', `${typed} is already one of their addresses.`);
    prepared(db, 'INSERT OR IGNORE INTO identity_keys (key, contact_id) VALUES (?, ?)').run(
      `email:${normalized}`,
      contactId,
    );
    reindexContacts(db, [contactId]);
    return { kind: 'email' as const, value: typed, source: 'manual' as const, blocked: false };
  })();
}
