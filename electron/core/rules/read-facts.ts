import { createHash } from 'node:crypto';
import { FACT_NAMES, type FactName } from '../../../shared/rules-facts.js';
import type { Db } from '../db/open-database.js';
import { allRows, identifier, joinSql, sql, type Sql } from '../db/sql.js';
import type { FactValue } from './evaluate-rule.js';
import { LIST_FACT_SQL, PREVIOUS_VALUE_SQL, scalarFactSql } from './fact-sql.js';
import { readLookAlikes, type LookAlikes } from './look-alike-facts.js';

/** What a proposal says and remembers about one person: the facts its rule reads. */
export interface ReadFacts {
  id: number;
  name: string;
  facts: Partial<Record<FactName, FactValue>>;
  /** For changed fields: the value before the change. */
  previous: Partial<Record<FactName, string | null>>;
  /** When the rule reads look_alikes: who the others are and what tells them apart. */
  lookAlikes?: LookAlikes;
}

const PREVIOUS_ALIASES = ['company_changed_was', 'position_changed_was'] as const;
const previousAlias = (fact: FactName) =>
  identifier(`${fact}_was` as (typeof PREVIOUS_ALIASES)[number], PREVIOUS_ALIASES);

/** The facts `facts` of the people `ids`, in one query, from the same expressions the rule matched with. */
export function readFacts(db: Db, ids: readonly number[], facts: readonly FactName[], now: Date): ReadFacts[] {
  if (ids.length === 0) return [];
  const columns: Sql[] = [sql`c.id AS id`, sql`c.display_name AS display_name`];
  for (const fact of facts) {
    const alias = identifier(fact, FACT_NAMES);
    const expression = scalarFactSql(fact, now) ?? LIST_FACT_SQL[fact];
    if (expression) columns.push(sql`${expression} AS ${alias}`);
    const previous = PREVIOUS_VALUE_SQL[fact];
    if (previous) columns.push(sql`${previous} AS ${previousAlias(fact)}`);
  }
  const rows = allRows<Record<string, unknown>>(
    db,
    sql`SELECT ${joinSql(columns, ', ')} FROM contacts c
         WHERE c.id IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY c.sort_name, c.id`,
  );
  const lookAlikes = facts.includes('look_alikes') ? readLookAlikes(db, ids) : null;
  return rows.map((row) => {
    const read: ReadFacts = { id: row.id as number, name: row.display_name as string, facts: {}, previous: {} };
    const others = lookAlikes?.get(read.id);
    if (others) read.lookAlikes = others;
    for (const fact of facts) {
      const value = row[fact];
      read.facts[fact] = LIST_FACT_SQL[fact] ? (JSON.parse(value as string) as string[]).sort() : (value as FactValue);
      if (PREVIOUS_VALUE_SQL[fact]) read.previous[fact] = (row[`${fact}_was`] as string | null) ?? null;
    }
    return read;
  });
}

/**
 * What a dismissal remembers: the stored values of the facts the rule reads (not ages, which
 * move every day), hashed. A dismissed proposal comes back only when this changes.
 */
export function fingerprintOf(read: ReadFacts, facts: readonly FactName[]): string {
  const values = facts.map((fact) => [fact, read.facts[fact] ?? null]);
  return createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 24);
}
