import { CoreError } from '../../../shared/result.js';
import type { Db } from '../db/open-database.js';
import { getValue, sql } from '../db/sql.js';

/** Refuses an id that names nobody, with the id in the message. */
export function contactExists(db: Db, contactId: number): void {
  if (!getValue<number | undefined>(db, sql`SELECT 1 FROM contacts WHERE id = ${contactId}`))
    throw new CoreError('not_found', `There is no contact ${contactId}.`);
}
