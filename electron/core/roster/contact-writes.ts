import type { SourceKind } from '../../../shared/domain.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import type { ImportedPerson } from '../import/types.js';
import { isConnectionKey, keepConnectionKeys } from './connection-keys.js';
import { matchRecord, type SharedIdentifier } from './contact-matching.js';
import {
  canonicalLinkedInUrl,
  identityKeys,
  nameKey,
  normalizeEmail,
  normalizeHandle,
  profileSlugOf,
} from './identity.js';
import { indexNewContact } from './search-index.js';
import { mergeContacts } from './merge-contacts.js';
import { displayNameOf, hasOwnName } from './display-names.js';
import { LazyRecordKeys, recordName, WEAK_KEY_PREFIX } from './weak-keys.js';
import { recordFieldChanges } from '../rules/field-history.js';

export type UpsertOutcome = 'added' | 'updated' | 'merged' | 'unchanged' | 'reappeared';

export interface UpsertResult {
  contactId: number;
  outcome: UpsertOutcome;
  /** Existing contacts folded into `contactId` because the record's keys joined them. */
  absorbed: number[];
  /** Identifiers shared with a differently named contact: a merge for the user to decide. */
  shared: SharedIdentifier[];
}

interface StoredContact {
  id: number;
  first_name: string;
  last_name: string;
  display_name: string;
  company: string | null;
  position: string | null;
  profile_url: string | null;
  connected_on: string | null;
  note: string | null;
  /** A photo of its own: one from a feed avatar does not count, an imported photo replaces it. */
  has_photo: number;
}

/** Sources whose employment and connection date describe the present; they overwrite, others only fill gaps. */
const AUTHORITATIVE_SOURCES: ReadonlySet<SourceKind> = new Set(['linkedin']);

/**
 * Inserts identifiers and values; returns whether anything new was stored. `unstoredKeys` are
 * the identity keys no contact has yet: the others would be ignored anyway.
 */
function attachIdentifiers(
  db: Db,
  id: number,
  person: ImportedPerson,
  unstoredKeys: readonly string[],
  weakKeys: readonly string[],
  newContact = false,
): boolean {
  let added = 0;
  const addKey = prepared(db, 'INSERT OR IGNORE INTO identity_keys (key, contact_id) VALUES (?, ?)');
  // Weak keys (after the strong ones in `unstoredKeys`) are not news: they never make a record "updated".
  for (const key of weakKeys) addKey.run(key, id);
  for (const key of unstoredKeys) {
    const changes = addKey.run(key, id).changes;
    if (!key.startsWith(WEAK_KEY_PREFIX)) added += changes;
  }

  const nextRank = prepared(db, 'SELECT coalesce(max(rank), -1) + 1 AS rank FROM contact_emails WHERE contact_id = ?');
  const addEmail = prepared(
    db,
    'INSERT OR IGNORE INTO contact_emails (contact_id, normalized, address, rank) VALUES (?, ?, ?, ?)',
  );
  let rank = person.emails.length > 0 && !newContact ? (nextRank.get(id) as { rank: number }).rank : 0;
  for (const address of person.emails) {
    const normalized = normalizeEmail(address);
    if (!normalized) continue;
    const changes = addEmail.run(id, normalized, address.trim().replace(/^mailto:/i, ''), rank).changes;
    added += changes;
    rank += changes;
  }
  const addPhone = prepared(db, 'INSERT OR IGNORE INTO contact_phones (contact_id, number) VALUES (?, ?)');
  for (const phone of person.phones) if (phone.trim()) added += addPhone.run(id, phone.trim()).changes;
  const addHandle = prepared(db, 'INSERT OR IGNORE INTO contact_handles (contact_id, handle) VALUES (?, ?)');
  for (const raw of person.handles) {
    const handle = normalizeHandle(raw);
    if (handle) added += addHandle.run(id, handle).changes;
  }
  const addUrl = prepared(db, 'INSERT OR IGNORE INTO contact_urls (contact_id, url) VALUES (?, ?)');
  for (const url of person.urls) if (url.trim()) added += addUrl.run(id, url.trim()).changes;
  return added > 0;
}

/** Records that this source lists the contact; returns whether the source is new for them. */
function touchSource(db: Db, id: number, person: ImportedPerson, now: string, newContact = false): boolean {
  // A contact created a moment ago has no sources yet: skip the look-up on the 30k-row path.
  const known = newContact
    ? undefined
    : prepared(db, 'SELECT 1 FROM contact_sources WHERE contact_id = ? AND source = ?').get(id, person.source);
  prepared(
    db,
    `INSERT INTO contact_sources (contact_id, source, relation, first_seen_at, last_seen_at, settings)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (contact_id, source) DO UPDATE SET last_seen_at = excluded.last_seen_at,
       relation = coalesce(excluded.relation, relation), settings = coalesce(excluded.settings, settings)`,
  ).run(id, person.source, person.relation, now, now, person.sourceSettings && JSON.stringify(person.sourceSettings));
  return known === undefined;
}

/** `name`: the display name and its key (the sort name), which the caller has already computed. */
function insertContact(
  db: Db,
  person: ImportedPerson,
  name: { display: string; key: string },
  profileUrl: string | null,
  now: string,
): number {
  const photo = person.photo?.kind === 'inline' ? person.photo : null;
  const result = prepared(
    db,
    `INSERT INTO contacts (first_name, last_name, display_name, sort_name, company, position, profile_url,
       connected_on, note, photo, photo_type, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    person.firstName,
    person.lastName,
    name.display,
    name.key,
    person.company,
    person.position,
    profileUrl,
    person.connectedOn,
    person.note,
    photo ? Buffer.from(photo.data) : null,
    photo?.mediaType ?? null,
    now,
    now,
  );
  return Number(result.lastInsertRowid);
}

/** Field-level merge rule: authoritative sources overwrite employment; everything else fills gaps. */
function updateFields(
  db: Db,
  stored: StoredContact,
  person: ImportedPerson,
  profileUrl: string | null,
  now: string,
): boolean {
  const authoritative = AUTHORITATIVE_SOURCES.has(person.source);
  const pick = (current: string | null, incoming: string | null, overwrite: boolean): string | null =>
    incoming && (overwrite || !current) ? incoming : current;
  const next = {
    first_name: stored.first_name || person.firstName,
    last_name: stored.last_name || person.lastName,
    // A contact named after an address or number takes the first real name a record gives.
    display_name: !hasOwnName(stored) && recordName(person) ? displayNameOf(person) : stored.display_name,
    company: pick(stored.company, person.company, authoritative),
    position: pick(stored.position, person.position, authoritative),
    profile_url: pick(stored.profile_url, profileUrl, false),
    connected_on: pick(stored.connected_on, person.connectedOn, authoritative),
    note: pick(stored.note, person.note, false),
  };
  const photo = !stored.has_photo && person.photo?.kind === 'inline' ? person.photo : null;
  const changed =
    photo !== null || (Object.keys(next) as (keyof typeof next)[]).some((field) => next[field] !== stored[field]);
  if (!changed) return false;
  if (stored.connected_on && next.connected_on !== stored.connected_on) keepConnectionKeys(db, [stored.id]);
  recordFieldChanges(db, stored.id, stored, next, now);
  prepared(
    db,
    `UPDATE contacts SET first_name = ?, last_name = ?, display_name = ?, sort_name = ?, company = ?, position = ?,
       profile_url = ?, connected_on = ?, note = ?, photo = coalesce(?, photo), photo_type = coalesce(?, photo_type),
       photo_avatar_url = CASE WHEN ? IS NULL THEN photo_avatar_url END, updated_at = ? WHERE id = ?`,
  ).run(
    next.first_name,
    next.last_name,
    next.display_name,
    nameKey(next.display_name),
    next.company,
    next.position,
    next.profile_url,
    next.connected_on,
    next.note,
    photo ? Buffer.from(photo.data) : null,
    photo?.mediaType ?? null,
    photo ? 1 : null,
    now,
    stored.id,
  );
  return true;
}

function readStored(db: Db, id: number): StoredContact {
  return prepared(
    db,
    `SELECT id, first_name, last_name, display_name, company, position, profile_url, connected_on, note,
            photo IS NOT NULL AND photo_avatar_url IS NULL AS has_photo FROM contacts WHERE id = ?`,
  ).get(id) as StoredContact;
}

/**
 * Adds one imported record to the roster: a new contact, or folded into the contact(s)
 * its identity keys already point at. Call inside a transaction; `reindex` collects
 * the existing contacts whose searchable fields may have changed.
 *
 * `knownKeys`, when given, holds every identity key the roster may contain (an import into an
 * empty roster starts it empty): a record with none of them cannot match, so its look-up is
 * skipped. Its keys are added here, so a later record of the same person still matches.
 */
export function upsertPerson(
  db: Db,
  person: ImportedPerson,
  now: string,
  reindex: Set<number>,
  knownKeys?: Set<string>,
): UpsertResult {
  // The slug feeds both the identity keys and the stored profile URL: read it once.
  const slug = profileSlugOf(person);
  const profileUrl = slug ? canonicalLinkedInUrl(slug) : null;
  // The name's key (Unicode folding) and the weak keys are computed once, and only where needed.
  const record = new LazyRecordKeys(person);
  const match = matchRecord(db, record, identityKeys(person, slug), knownKeys);
  const { contactIds: matches, unstoredKeys, shared } = match;
  if (matches.length === 0) {
    const display = displayNameOf(person);
    const id = insertContact(
      db,
      person,
      { display, key: display === record.name ? record.nameKey : nameKey(display) },
      profileUrl,
      now,
    );
    // With a profile URL, the LinkedIn connection key is read off the new row when needed (connection-keys.ts).
    const keysToStore = slug ? unstoredKeys.filter((key) => !isConnectionKey(key)) : unstoredKeys;
    attachIdentifiers(db, id, person, keysToStore, [], true);
    touchSource(db, id, person, now, true);
    indexNewContact(db, id, {
      name: display,
      company: person.company,
      position: person.position,
      emails: person.emails,
    });
    return { contactId: id, outcome: 'added', absorbed: [], shared };
  }
  const [target, ...others] = matches as [number, ...number[]];
  if (others.length === 0 && flagIfRemoved(db, target, person, now)) {
    return { contactId: target, outcome: 'reappeared', absorbed: [], shared };
  }
  for (const other of others) mergeContacts(db, target, other, now, reindex);
  const fieldsChanged = updateFields(db, readStored(db, target), person, profileUrl, now);
  const newSource = touchSource(db, target, person, now);
  // Merging moved the others' keys to the target, so the stored ones are still stored. Weak keys
  // were not looked up after a strong match: they are written when the source or fields are new.
  const weakToAttach = newSource || fieldsChanged ? record.weakKeys : [];
  const identifiersAdded = attachIdentifiers(db, target, person, unstoredKeys, weakToAttach);
  if (fieldsChanged || identifiersAdded) reindex.add(target);
  const outcome: UpsertOutcome =
    others.length > 0 || newSource ? 'merged' : fieldsChanged || identifiersAdded ? 'updated' : 'unchanged';
  return { contactId: target, outcome, absorbed: others, shared };
}

/**
 * A trashed or removed person who shows up in an import stays out of the roster: the file
 * may be older than the removal, or the service re-added them. Flag it for the user instead.
 */
function flagIfRemoved(db: Db, id: number, person: ImportedPerson, now: string): boolean {
  return (
    prepared(db, 'UPDATE contact_removals SET reappeared_source = ?, reappeared_at = ? WHERE contact_id = ?').run(
      person.source,
      now,
      id,
    ).changes > 0
  );
}
