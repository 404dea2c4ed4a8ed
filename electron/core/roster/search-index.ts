import type { Db } from '../db/open-database.js';
import { prepared } from '../db/prepared.js';

export interface SearchableFields {
  name: string;
  company: string | null;
  position: string | null;
  emails: readonly string[];
}

/** Adds a contact that is not in the index yet (a new contact). */
export function indexNewContact(db: Db, id: number, fields: SearchableFields): void {
  prepared(db, 'INSERT INTO contacts_fts (rowid, name, company, position, emails) VALUES (?, ?, ?, ?, ?)').run(
    id,
    fields.name,
    fields.company ?? '',
    fields.position ?? '',
    fields.emails.join(' '),
  );
}

export function unindexContact(db: Db, id: number): void {
  prepared(db, 'DELETE FROM contacts_fts WHERE rowid = ?').run(id);
}

/** Rebuilds the index entries of existing contacts from what is stored now. */
export function reindexContacts(db: Db, ids: Iterable<number>): void {
  const read = prepared(
    db,
    `SELECT display_name AS name, company, position,
            (SELECT group_concat(address, ' ') FROM contact_emails WHERE contact_id = c.id) AS emails
       FROM contacts c WHERE id = ?`,
  );
  for (const id of ids) {
    const row = read.get(id) as
      { name: string; company: string | null; position: string | null; emails: string | null } | undefined;
    unindexContact(db, id);
    if (row) indexNewContact(db, id, { ...row, emails: row.emails ? [row.emails] : [] });
  }
}

/**
 * Turns what a user typed into an FTS5 query: every word becomes a quoted prefix term,
 * so punctuation, quotes and FTS operators in the input are inert.
 */
export function toPrefixQuery(search: string): string | null {
  const words = search.normalize('NFKC').match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}
