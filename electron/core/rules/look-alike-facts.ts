import type { SourceName } from '../../../shared/rules-facts.js';
import type { Db } from '../db/open-database.js';
import { allRows, sql } from '../db/sql.js';

/**
 * What tells look-alikes apart: for each person, the others with the same name (the people the
 * look_alikes fact counts, by the same test) and, for all of them, the facts a reader decides by.
 */
export interface PersonSketch {
  id: number;
  name: string;
  company: string | null;
  position: string | null;
  sources: SourceName[];
  connectedOn: string | null;
  /** Lower-cased, sorted, each once. */
  emailDomains: string[];
}

export interface LookAlikes {
  self: PersonSketch;
  others: PersonSketch[];
}

interface SketchRow {
  id: number;
  display_name: string;
  company: string | null;
  position: string | null;
  connected_on: string | null;
  sources: string;
  emails: string;
}

const domainsOf = (addresses: readonly string[]): string[] =>
  [
    ...new Set(addresses.map((a) => a.slice(a.lastIndexOf('@') + 1).toLowerCase()).filter((domain) => domain !== '')),
  ].sort();

function sketches(db: Db, ids: readonly number[]): Map<number, PersonSketch> {
  const rows = allRows<SketchRow>(
    db,
    sql`SELECT c.id, c.display_name, c.company, c.position, c.connected_on,
          (SELECT json_group_array(s.source) FROM contact_sources s WHERE s.contact_id = c.id) AS sources,
          (SELECT json_group_array(e.address) FROM contact_emails e WHERE e.contact_id = c.id) AS emails
        FROM contacts c WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.display_name,
        company: row.company || null,
        position: row.position || null,
        sources: (JSON.parse(row.sources) as SourceName[]).sort(),
        connectedOn: row.connected_on,
        emailDomains: domainsOf(JSON.parse(row.emails) as string[]),
      },
    ]),
  );
}

/** The look-alikes of each of `ids`, the others oldest first. */
export function readLookAlikes(db: Db, ids: readonly number[]): Map<number, LookAlikes> {
  if (ids.length === 0) return new Map();
  // The look_alikes fact's own test (fact-sql.ts): same sort name, someone else, not removed.
  const pairs = allRows<{ self: number; other: number }>(
    db,
    sql`SELECT c.id AS self, o.id AS other FROM contacts c
          JOIN contacts o ON o.sort_name = c.sort_name AND o.id <> c.id
         WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))
           AND NOT EXISTS (SELECT 1 FROM contact_removals r WHERE r.contact_id = o.id)
         ORDER BY c.id, o.id`,
  );
  const known = sketches(db, [...new Set([...ids, ...pairs.map((pair) => pair.other)])]);
  const result = new Map<number, LookAlikes>();
  for (const id of ids) {
    const self = known.get(id);
    if (self) result.set(id, { self, others: [] });
  }
  for (const { self, other } of pairs) {
    const sketch = known.get(other);
    if (sketch) result.get(self)?.others.push(sketch);
  }
  return result;
}
