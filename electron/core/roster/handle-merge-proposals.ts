import type { Db } from '../db/open-database.js';
import { allRows, runSql, sql } from '../db/sql.js';
import { statusIs } from './contact-status.js';

/**
 * A Mastodon follow list carries only handles, so a person followed there arrives as a
 * contact of their own. Handles are often the person's name (`aarav_davies648@…`), so
 * Prune proposes a merge with the one person whose name the handle spells; the user decides.
 */

/**
 * Latin letters only, folded, as names are spelled in handles: `Aarav Davies` and
 * `aarav_davies648` both give `aaravdavies`; `Aydın` gives `aydn`, as a handle would.
 */
export function nameLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

/** The shortest spelled name worth proposing on: shorter ones ("al") match too many people. */
const MIN_LETTERS = 5;
const MAX_NAMESAKES = 3;

export function proposeHandleMergesFor(db: Db, ids: ReadonlySet<number>, now: string): number {
  if (ids.size === 0) return 0;
  const followed = allRows<{ id: number; handle: string }>(
    db,
    sql`SELECT c.id, h.handle FROM contacts c JOIN contact_handles h ON h.contact_id = c.id
         WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify([...ids])})) AND ${statusIs('active')}
           AND NOT EXISTS (SELECT 1 FROM contact_sources s WHERE s.contact_id = c.id AND s.source <> 'mastodon')`,
  );
  if (followed.length === 0) return 0;
  const byName = new Map<string, number[]>();
  const people = allRows<{ id: number; sort_name: string }>(
    db,
    sql`SELECT c.id, c.sort_name FROM contacts c WHERE ${statusIs('active')}
          AND EXISTS (SELECT 1 FROM contact_sources s WHERE s.contact_id = c.id AND s.source <> 'mastodon')`,
  );
  for (const person of people) {
    const key = nameLetters(person.sort_name);
    if (key.length >= MIN_LETTERS) byName.set(key, [...(byName.get(key) ?? []), person.id]);
  }
  let proposed = 0;
  for (const { id, handle } of followed) {
    const matches = byName.get(nameLetters(handle.slice(0, handle.indexOf('@')))) ?? [];
    // Several people of that name: propose each, the user knows which one they follow; a
    // common name shared by many says nothing.
    if (matches.length > MAX_NAMESAKES) continue;
    const reason =
      matches.length === 1
        ? `Mastodon handle @${handle} spells this name`
        : `Mastodon handle @${handle} spells this name (${matches.length} people have it)`;
    for (const other of matches) {
      proposed += runSql(
        db,
        sql`INSERT OR IGNORE INTO merge_proposals (contact_a, contact_b, reason, created_at)
            VALUES (${Math.min(id, other)}, ${Math.max(id, other)}, ${reason}, ${now})`,
      ).changes;
    }
  }
  return proposed;
}
