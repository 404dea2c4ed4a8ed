import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';
import { contactByConnection, isConnectionKey } from './connection-keys.js';
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

/** What matching reads of a record; the name key and weak keys are read only where they can count. */
export interface MatchInput {
  readonly name: string;
  readonly nameKey: string;
  readonly weakKeys: readonly string[];
}

const anyKnown = (keys: readonly string[], knownKeys: Set<string>): boolean => {
  for (const key of keys) if (knownKeys.has(key)) return true;
  return false;
};

/** An identifier held by someone else, as this record's own: `email:…|<name key>`. */
const perName = (key: string, record: MatchInput): string => `${key}|${record.nameKey}`;

/**
 * Finds the contact(s) a record is. Strong keys (profile URL, email, handle, UID) decide; an
 * email whose contact's name clearly differs does not (a family address is not a person): the
 * record then matches, or becomes, the contact holding that email under its own name
 * (`email:…|name`). Only when no strong key matches do the record's weak keys (weak-keys.ts)
 * count, and not towards a contact that holds a different profile URL or UID.
 */
export function matchRecord(db: Db, record: MatchInput, strongKeys: readonly string[], knownKeys?: Set<string>): Match {
  const { name } = record;
  if (knownKeys) {
    const weakKeys = record.weakKeys;
    if (!anyKnown(strongKeys, knownKeys) && !anyKnown(weakKeys, knownKeys)) {
      // Nothing this import or the roster holds: a new person, no look-up needed (the 30k-row path).
      for (const key of strongKeys) knownKeys.add(key);
      for (const key of weakKeys) knownKeys.add(key);
      return { contactIds: [], unstoredKeys: strongKeys.concat(weakKeys), shared: [] };
    }
  }
  const ids = new Set<number>();
  const unstoredKeys: string[] = [];
  const shared: SharedIdentifier[] = [];
  // Plain loops: a re-import runs this for every row.
  const owners: (number | undefined)[] = [];
  const confirmed = new Set<number>();
  for (const key of strongKeys) {
    const id = owner(db, key);
    owners.push(id);
    if (id !== undefined && !key.startsWith('email:')) confirmed.add(id);
  }
  for (const [index, key] of strongKeys.entries()) {
    const id = owners[index];
    if (id === undefined) unstoredKeys.push(key);
    else if (confirmed.has(id) || storedNameFits(db, id, name)) ids.add(id);
    else {
      const own = owner(db, perName(key, record));
      if (own !== undefined) ids.add(own);
      else {
        unstoredKeys.push(perName(key, record));
        shared.push({ contactId: id, key });
      }
    }
  }
  if (ids.size === 0) {
    const weakKeys = record.weakKeys;
    for (const key of weakKeys) {
      const stored = owner(db, key);
      if (stored === undefined) unstoredKeys.push(key);
      const id = stored ?? (isConnectionKey(key) ? contactByConnection(db, key) : undefined);
      if (id === undefined) continue;
      if (ids.size > 0 || contradicts(db, id, key, { strongKeys, weakKeys })) continue;
      if (storedNameFits(db, id, name)) ids.add(id);
      else {
        // A shared phone: the same rule as a shared email, without proposing anything.
        const own = owner(db, perName(key, record));
        if (own !== undefined) ids.add(own);
        else unstoredKeys.push(perName(key, record));
      }
    }
  }
  if (knownKeys) for (const key of [...strongKeys, ...record.weakKeys, ...unstoredKeys]) knownKeys.add(key);
  const contactIds = ids.size === 1 ? [...ids] : [...ids].sort((a, b) => a - b);
  return { contactIds, unstoredKeys, shared };
}
