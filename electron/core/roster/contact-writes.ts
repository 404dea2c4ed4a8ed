import { MergeField, type MergeSurvivors, type SourceKind } from '../../../shared/domain.js';
import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { getValue, identifier, joinSql, runSql, sql } from '../db/sql.js';
import type { ImportedPerson } from '../import/types.js';
import {
  canonicalLinkedInUrl,
  identityKeys,
  nameKey,
  normalizeEmail,
  normalizeHandle,
  profileSlugOf,
} from './identity.js';
import { indexNewContact, unindexContact } from './search-index.js';

export type UpsertOutcome = 'added' | 'updated' | 'merged' | 'unchanged' | 'reappeared';

export interface UpsertResult {
  contactId: number;
  outcome: UpsertOutcome;
  /** Existing contacts folded into `contactId` because the record's keys joined them. */
  absorbed: number[];
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
  has_photo: number;
}

/** Sources whose employment and connection date describe the present; they overwrite, others only fill gaps. */
const AUTHORITATIVE_SOURCES: ReadonlySet<SourceKind> = new Set(['linkedin']);

export function displayNameOf(
  person: Pick<ImportedPerson, 'fullName' | 'firstName' | 'lastName' | 'emails' | 'handles'>,
): string {
  const name = person.fullName.trim() || `${person.firstName} ${person.lastName}`.trim();
  return name || person.emails[0] || person.handles[0] || 'Unnamed contact';
}

/** The contacts the keys point at, and the keys not stored yet (the only ones worth inserting). */
function lookUpKeys(db: Db, keys: readonly string[]): { contactIds: number[]; unstoredKeys: string[] } {
  const lookup = prepared(db, 'SELECT contact_id FROM identity_keys WHERE key = ?');
  const ids = new Set<number>();
  const unstoredKeys: string[] = [];
  for (const key of keys) {
    const row = lookup.get(key) as { contact_id: number } | undefined;
    if (row) ids.add(row.contact_id);
    else unstoredKeys.push(key);
  }
  return { contactIds: [...ids].sort((a, b) => a - b), unstoredKeys };
}

/**
 * Inserts identifiers and values; returns whether anything new was stored. `unstoredKeys` are
 * the identity keys no contact has yet: the others would be ignored anyway.
 */
function attachIdentifiers(
  db: Db,
  id: number,
  person: ImportedPerson,
  unstoredKeys: readonly string[],
  newContact = false,
): boolean {
  let added = 0;
  const addKey = prepared(db, 'INSERT OR IGNORE INTO identity_keys (key, contact_id) VALUES (?, ?)');
  for (const key of unstoredKeys) added += addKey.run(key, id).changes;

  const nextRank = prepared(db, 'SELECT coalesce(max(rank), -1) + 1 AS rank FROM contact_emails WHERE contact_id = ?');
  const addEmail = prepared(
    db,
    'INSERT OR IGNORE INTO contact_emails (contact_id, normalized, address, rank) VALUES (?, ?, ?, ?)',
  );
  let rank = person.emails.length > 0 && !newContact ? (nextRank.get(id) as { rank: number }).rank : 0;
  for (const address of person.emails) {
    const normalized = normalizeEmail(address);
    if (!normalized) continue;
    const changes = addEmail.run(id, normalized, address.trim(), rank).changes;
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
    `INSERT INTO contact_sources (contact_id, source, relation, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (contact_id, source) DO UPDATE SET last_seen_at = excluded.last_seen_at,
       relation = coalesce(excluded.relation, relation)`,
  ).run(id, person.source, person.relation, now, now);
  return known === undefined;
}

function insertContact(db: Db, person: ImportedPerson, profileUrl: string | null, now: string): number {
  const name = displayNameOf(person);
  const photo = person.photo?.kind === 'inline' ? person.photo : null;
  const result = prepared(
    db,
    `INSERT INTO contacts (first_name, last_name, display_name, sort_name, company, position, profile_url,
       connected_on, note, photo, photo_type, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    person.firstName,
    person.lastName,
    name,
    nameKey(name),
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
    display_name: stored.display_name === 'Unnamed contact' ? displayNameOf(person) : stored.display_name,
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
  prepared(
    db,
    `UPDATE contacts SET first_name = ?, last_name = ?, display_name = ?, sort_name = ?, company = ?, position = ?,
       profile_url = ?, connected_on = ?, note = ?, photo = coalesce(?, photo), photo_type = coalesce(?, photo_type),
       updated_at = ? WHERE id = ?`,
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
    now,
    stored.id,
  );
  return true;
}

function readStored(db: Db, id: number): StoredContact {
  return prepared(
    db,
    `SELECT id, first_name, last_name, display_name, company, position, profile_url, connected_on, note,
            photo IS NOT NULL AS has_photo FROM contacts WHERE id = ?`,
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
  const keys = identityKeys(person, slug);
  const mayMatch = knownKeys === undefined || keys.some((key) => knownKeys.has(key));
  const { contactIds: matches, unstoredKeys } = mayMatch
    ? lookUpKeys(db, keys)
    : { contactIds: [], unstoredKeys: keys };
  for (const key of keys) knownKeys?.add(key);
  if (matches.length === 0) {
    const id = insertContact(db, person, profileUrl, now);
    attachIdentifiers(db, id, person, unstoredKeys, true);
    touchSource(db, id, person, now, true);
    indexNewContact(db, id, {
      name: displayNameOf(person),
      company: person.company,
      position: person.position,
      emails: person.emails,
    });
    return { contactId: id, outcome: 'added', absorbed: [] };
  }
  const [target, ...others] = matches as [number, ...number[]];
  if (others.length === 0 && flagIfRemoved(db, target, person, now)) {
    return { contactId: target, outcome: 'reappeared', absorbed: [] };
  }
  for (const other of others) mergeContacts(db, target, other, now, reindex);
  const fieldsChanged = updateFields(db, readStored(db, target), person, profileUrl, now);
  // Merging moved the others' keys to the target, so the stored ones are still stored.
  const identifiersAdded = attachIdentifiers(db, target, person, unstoredKeys);
  const newSource = touchSource(db, target, person, now);
  if (fieldsChanged || identifiersAdded) reindex.add(target);
  const outcome: UpsertOutcome =
    others.length > 0 || newSource ? 'merged' : fieldsChanged || identifiersAdded ? 'updated' : 'unchanged';
  return { contactId: target, outcome, absorbed: others };
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

/** Recomputes message counts and last interaction from the interactions table. */
export function refreshInteractionTotals(db: Db, ids: Iterable<number>): void {
  const update = prepared(
    db,
    `UPDATE contacts SET
       sent_count = (SELECT count(*) FROM interactions i WHERE i.contact_id = contacts.id
                       AND i.kind = 'message' AND i.direction = 'sent' AND coalesce(i.folder, '') <> 'SPAM'),
       received_count = (SELECT count(*) FROM interactions i WHERE i.contact_id = contacts.id
                       AND i.kind = 'message' AND i.direction = 'received' AND coalesce(i.folder, '') <> 'SPAM'),
       last_interaction_at = (SELECT max(at) FROM interactions i WHERE i.contact_id = contacts.id
                       AND coalesce(i.folder, '') <> 'SPAM')
     WHERE id = ?`,
  );
  for (const id of ids) update.run(id);
}

/** The columns behind each field a merge can take from the other side. */
const MERGE_FIELD_COLUMNS: Record<MergeField, readonly MergeColumn[]> = {
  name: ['first_name', 'last_name', 'display_name', 'sort_name'],
  company: ['company'],
  position: ['position'],
  profileUrl: ['profile_url'],
  connectedOn: ['connected_on'],
  note: ['note'],
};
type MergeColumn =
  | 'first_name'
  | 'last_name'
  | 'display_name'
  | 'sort_name'
  | 'company'
  | 'position'
  | 'profile_url'
  | 'connected_on'
  | 'note';
const MERGE_COLUMNS = Object.values(MERGE_FIELD_COLUMNS).flat();

/** Fields the user chose from the dropped side ('b') replace the kept side's values. */
function takeFromDropped(db: Db, keepId: number, dropId: number, chosen: MergeSurvivors): void {
  // A name made up from an address (a Mastodon follow, an email-only card) gives way to a real one.
  const named = (id: number) =>
    getValue<number>(db, sql`SELECT first_name <> '' OR last_name <> '' FROM contacts WHERE id = ${id}`) === 1;
  const survivors: MergeSurvivors =
    chosen.name === undefined && !named(keepId) && named(dropId) ? { ...chosen, name: 'b' } : chosen;
  const columns = MergeField.options.filter((field) => survivors[field] === 'b').flatMap((f) => MERGE_FIELD_COLUMNS[f]);
  if (columns.length === 0) return;
  const assignments = columns.map((column) => {
    const name = identifier(column, MERGE_COLUMNS);
    return sql`${name} = (SELECT ${name} FROM contacts WHERE id = ${dropId})`;
  });
  runSql(db, sql`UPDATE contacts SET ${joinSql(assignments, ', ')} WHERE id = ${keepId}`);
}

/** Tables whose rows simply change owner when two contacts become one. */
const MOVED_ON_MERGE = [
  'identity_keys',
  'contact_phones',
  'contact_handles',
  'contact_urls',
  'contact_sources',
] as const;

/**
 * Folds `dropId` into `keepId`: identifiers, sources and interactions move over, empty
 * fields are filled, and the dropped contact is deleted. Used for key collisions and
 * for accepted merge proposals.
 */
export function mergeContacts(
  db: Db,
  keepId: number,
  dropId: number,
  now: string,
  reindex: Set<number>,
  survivors: MergeSurvivors = {},
): void {
  if (keepId === dropId) return;
  for (const table of MOVED_ON_MERGE) {
    runSql(
      db,
      sql`UPDATE OR IGNORE ${identifier(table, MOVED_ON_MERGE)} SET contact_id = ${keepId} WHERE contact_id = ${dropId}`,
    );
  }
  prepared(
    db,
    `INSERT OR IGNORE INTO contact_emails (contact_id, normalized, address, rank)
     SELECT ?, normalized, address, rank + 1000 FROM contact_emails WHERE contact_id = ?`,
  ).run(keepId, dropId);
  prepared(db, 'UPDATE OR IGNORE interactions SET contact_id = ? WHERE contact_id = ?').run(keepId, dropId);
  prepared(
    db,
    `UPDATE contacts SET
       company = coalesce(company, (SELECT company FROM contacts WHERE id = @drop)),
       position = coalesce(position, (SELECT position FROM contacts WHERE id = @drop)),
       profile_url = coalesce(profile_url, (SELECT profile_url FROM contacts WHERE id = @drop)),
       connected_on = coalesce(connected_on, (SELECT connected_on FROM contacts WHERE id = @drop)),
       note = coalesce(note, (SELECT note FROM contacts WHERE id = @drop)),
       photo_type = CASE WHEN photo IS NULL THEN (SELECT photo_type FROM contacts WHERE id = @drop) ELSE photo_type END,
       photo = coalesce(photo, (SELECT photo FROM contacts WHERE id = @drop)),
       updated_at = @now
     WHERE id = @keep`,
  ).run({ keep: keepId, drop: dropId, now });
  takeFromDropped(db, keepId, dropId, survivors);
  prepared(db, 'DELETE FROM contacts WHERE id = ?').run(dropId);
  unindexContact(db, dropId);
  reindex.delete(dropId);
  refreshInteractionTotals(db, [keepId]);
  reindex.add(keepId);
}
