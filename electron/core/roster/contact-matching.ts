import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { contactByConnection, isConnectionKey } from './connection-keys.js';
import { nameKey } from './identity.js';
import { namesCompatible } from './name-compatibility.js';

/** An identifier this record shares with a contact whose name clearly differs: two people, proposed for review. */
export interface SharedIdentifier {
  contactId: number;
  key: string;
}

export interface Match {
  /** The contacts this record is (several when its keys join contacts that were apart), ascending. */
  contactIds: number[];
  /** Keys no contact holds yet: the only ones worth inserting for the record's contact. */
  unstoredKeys: string[];
  shared: SharedIdentifier[];
}

/** Keys that name one person and no other: a contact holding a different one of these is someone else. */
const SINGULAR_KINDS = ['li:', 'uid:'];

const owner = (db: Db, key: string): number | undefined =>
  (prepared(db, 'SELECT contact_id FROM identity_keys WHERE key = ?').get(key) as { contact_id: number } | undefined)
    ?.contact_id;

function storedNameFits(db: Db, id: number, name: string): boolean {
  const row = prepared(db, 'SELECT display_name, first_name, last_name FROM contacts WHERE id = ?').get(id) as
    { display_name: string; first_name: string; last_name: string } | undefined;
  if (!row) return true;
  const given = `${row.first_name} ${row.last_name}`.trim();
  return namesCompatible(name, row.display_name) || (given !== '' && namesCompatible(name, given));
}

const holdsKeyStartingWith = (db: Db, id: number, prefix: string): boolean =>
  prepared(db, 'SELECT 1 FROM identity_keys WHERE contact_id = ? AND substr(key, 1, ?) = ? LIMIT 1').get(
    id,
    prefix.length,
    prefix,
  ) !== undefined;

/**
 * Whether a weak match would join two people: the contact already holds an identifier of a kind
 * the record brings a different one of (or it would have matched by it). A profile URL or UID
 * always tells people apart; matching by name (and company), so do an email, a handle and a phone.
 */
function contradicts(
  db: Db,
  id: number,
  key: string,
  record: { strongKeys: readonly string[]; weakKeys: readonly string[] },
): boolean {
  const byName = /^~[a-z]+:(?:org|nameonly):/.test(key);
  const kinds = byName
    ? [...SINGULAR_KINDS, 'email:', 'masto:', `${key.slice(0, key.indexOf(':') + 1)}tel:`]
    : SINGULAR_KINDS;
  const recordKeys = [...record.strongKeys, ...record.weakKeys];
  return kinds.some((kind) => recordKeys.some((k) => k.startsWith(kind)) && holdsKeyStartingWith(db, id, kind));
}

/**
 * Finds the contact(s) a record is. Strong keys (profile URL, email, handle, UID) decide; an
 * email whose contact's name clearly differs does not (a family address is not a person): the
 * record then matches, or becomes, the contact holding that email under its own name
 * (`email:…|name`). Only when no strong key matches do the record's weak keys (weak-keys.ts)
 * count, and not towards a contact that holds a different profile URL or UID.
 */
export function matchRecord(
  db: Db,
  record: { name: string; strongKeys: readonly string[]; weakKeys: readonly string[] },
  knownKeys?: Set<string>,
): Match {
  const { name, strongKeys, weakKeys } = record;
  const all = strongKeys.concat(weakKeys);
  if (knownKeys && !all.some((key) => knownKeys.has(key))) {
    // Nothing this import or the roster holds: a new person, no look-up needed (the 30k-row path).
    for (const key of all) knownKeys.add(key);
    return { contactIds: [], unstoredKeys: all, shared: [] };
  }
  const ids = new Set<number>();
  const unstoredKeys: string[] = [];
  const shared: SharedIdentifier[] = [];
  const found = strongKeys.map((key) => ({ key, id: owner(db, key) }));
  const confirmed = new Set(found.filter((f) => f.id !== undefined && !f.key.startsWith('email:')).map((f) => f.id));
  const perName = (key: string) => `${key}|${nameKey(name)}`;
  for (const { key, id } of found) {
    if (id === undefined) unstoredKeys.push(key);
    else if (confirmed.has(id) || storedNameFits(db, id, name)) ids.add(id);
    else {
      const own = owner(db, perName(key));
      if (own !== undefined) ids.add(own);
      else {
        unstoredKeys.push(perName(key));
        shared.push({ contactId: id, key });
      }
    }
  }
  if (ids.size === 0) {
    for (const key of weakKeys) {
      const stored = owner(db, key);
      if (stored === undefined) unstoredKeys.push(key);
      const id = stored ?? (isConnectionKey(key) ? contactByConnection(db, key) : undefined);
      if (id === undefined) continue;
      if (ids.size > 0 || contradicts(db, id, key, record)) continue;
      if (storedNameFits(db, id, name)) ids.add(id);
      else {
        // A shared phone: the same rule as a shared email, without proposing anything.
        const own = owner(db, perName(key));
        if (own !== undefined) ids.add(own);
        else unstoredKeys.push(perName(key));
      }
    }
  }
  for (const key of [...all, ...unstoredKeys]) knownKeys?.add(key);
  return { contactIds: [...ids].sort((a, b) => a - b), unstoredKeys, shared };
}
