import type { Db } from '../db/open-database.js';
import { runSql, sql } from '../db/sql.js';

type TrackedField = 'company' | 'position';
const TRACKED: readonly TrackedField[] = ['company', 'position'];

/**
 * An import changed a person's company or position: keep what it was and when it changed, so
 * rules can ask "changed field" and explanations can say "was Acme". A first value (nothing
 * before) is not a change.
 */
export function recordFieldChanges(
  db: Db,
  contactId: number,
  before: Readonly<Record<TrackedField, string | null>>,
  after: Readonly<Record<TrackedField, string | null>>,
  now: string,
): void {
  for (const field of TRACKED)
    if (before[field] && after[field] !== before[field])
      runSql(
        db,
        sql`INSERT INTO field_changes (contact_id, field, previous, current, changed_at)
            VALUES (${contactId}, ${field}, ${before[field]}, ${after[field]}, ${now})`,
      );
}
