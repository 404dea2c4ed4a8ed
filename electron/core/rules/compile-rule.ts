import { FACTS } from '../../../shared/rules-facts.js';
import type { Condition, FactCondition } from '../../../shared/rules-schema.js';
import { joinSql, sql, type Sql } from '../db/sql.js';
import { statusIs } from '../roster/contact-status.js';
import { scalarFactSql } from './fact-sql.js';
import { dateTest } from './rule-time.js';
import { asciiLower, globOf } from './text-match.js';

/**
 * A rule's condition as ONE SQL condition over `contacts c`. Every value the user wrote is a
 * bound parameter (the `sql` tag allows nothing else); every fact test is made two-valued with
 * coalesce(…, 0), so NOT over a missing fact means what the reference evaluator says it means.
 */

const TRUE = sql`1`;
const FALSE = sql`0`;

function compareNumber(expression: Sql, op: string, value: number): Sql {
  const left = sql`coalesce(${expression}, 0)`;
  switch (op) {
    case 'eq':
      return sql`${left} = ${value}`;
    case 'ne':
      return sql`${left} <> ${value}`;
    case 'gt':
      return sql`${left} > ${value}`;
    case 'gte':
      return sql`${left} >= ${value}`;
    case 'lt':
      return sql`${left} < ${value}`;
    default:
      return sql`${left} <= ${value}`;
  }
}

function matchText(expression: Sql, op: string, value: string): Sql {
  if (op === 'contains') return sql`coalesce(instr(lower(${expression}), ${asciiLower(value)}) > 0, 0)`;
  if (op === 'startsWith') return sql`coalesce(instr(lower(${expression}), ${asciiLower(value)}) = 1, 0)`;
  return sql`coalesce(lower(${expression}) GLOB ${globOf(value)}, 0)`;
}

function compileDate(expression: Sql, op: string, value: unknown, now: Date): Sql {
  const test = dateTest(op, value, now);
  if ('missing' in test) return sql`(${expression} IS NULL)`;
  if ('below' in test) return sql`coalesce(${expression} < ${test.below}, 0)`;
  return sql`coalesce(${expression} >= ${test.atLeast}, 0)`;
}

function compileText(leaf: FactCondition, now: Date): Sql {
  const value = leaf.value as string;
  if (leaf.field === 'email') {
    if (leaf.op === 'isEmpty') return sql`NOT EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id)`;
    return sql`EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id
                        AND ${matchText(sql`e.address`, leaf.op, value)})`;
  }
  const expression = scalarFactSql(leaf.field, now)!;
  if (leaf.op === 'isEmpty') return sql`coalesce(${expression}, '') = ''`;
  return matchText(expression, leaf.op, value);
}

/**
 * Sources as sets, built once per query from contact_sources (then one in-memory probe per
 * person) rather than a look-up per person: this is the test most rules start with.
 */
function compileSource(op: string, source: string): Sql {
  if (op === 'includes') return sql`(c.id IN (SELECT s.contact_id FROM contact_sources s WHERE s.source = ${source}))`;
  return sql`(c.id IN (SELECT s.contact_id FROM contact_sources s GROUP BY s.contact_id
                        HAVING min(s.source) = ${source} AND max(s.source) = ${source}))`;
}

function compileTag(op: string, tag: unknown): Sql {
  if (op === 'any') return sql`EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id)`;
  return sql`EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND lower(t.tag) = ${asciiLower(tag as string)})`;
}

/**
 * A cheap test every match must pass, checked before the fact's own subquery: most people fail
 * it, so the expensive part runs for few. Each guard is implied by the test it guards (the
 * property test holds the compiled SQL to the reference), so adding it never changes who matches.
 */
function guardOf(leaf: FactCondition): Sql | null {
  // The least whole count a number test needs (null when zero could pass).
  const value = typeof leaf.value === 'number' ? leaf.value : null;
  const least =
    value === null
      ? null
      : leaf.op === 'gt' && value >= 0
        ? Math.floor(value) + 1
        : (leaf.op === 'gte' || leaf.op === 'eq') && value > 0
          ? Math.ceil(value)
          : null;
  switch (leaf.field) {
    case 'unanswered_messages':
      // Unanswered messages are some of the messages you sent.
      return least === null ? null : sql`c.sent_count >= ${least}`;
    case 'updates_per_week':
    case 'feed_share':
      // Posts belong to a feed of the same person: the (few) people with a feed, from its index.
      return least === null ? null : sql`c.id IN (SELECT f.contact_id FROM feeds f)`;
    case 'company_changed':
    case 'position_changed':
      return leaf.op === 'unknown' ? null : sql`c.id IN (SELECT f.contact_id FROM field_changes f)`;
    case 'look_alikes':
      // Someone else has their name: names shared in the roster, from the name index, once.
      return least === null
        ? null
        : sql`c.sort_name IN (SELECT o.sort_name FROM contacts o GROUP BY o.sort_name HAVING count(*) > 1)`;
    case 'last_post':
      // Posts belong to a feed of the same person.
      return leaf.op === 'unknown' ? null : sql`c.id IN (SELECT f.contact_id FROM feeds f)`;
    default:
      return null;
  }
}

function compileFact(leaf: FactCondition, now: Date): Sql {
  const test = compileFactTest(leaf, now);
  const guard = guardOf(leaf);
  return guard ? sql`(${guard} AND ${test})` : test;
}

function compileFactTest(leaf: FactCondition, now: Date): Sql {
  const kind = FACTS[leaf.field].kind;
  const expression = () => scalarFactSql(leaf.field, now)!;
  switch (kind) {
    case 'date':
      return compileDate(expression(), leaf.op, leaf.value, now);
    case 'number':
      return compareNumber(expression(), leaf.op, leaf.value as number);
    case 'boolean':
      return sql`coalesce(${expression()}, 0) = ${leaf.value ? 1 : 0}`;
    case 'text':
      return compileText(leaf, now);
    case 'source':
      return compileSource(leaf.op, leaf.value as string);
    case 'tag':
      return compileTag(leaf.op, leaf.value);
  }
}

export function compileCondition(condition: Condition, now: Date): Sql {
  if ('all' in condition)
    return condition.all.length === 0
      ? TRUE
      : sql`(${joinSql(
          condition.all.map((child) => compileCondition(child, now)),
          ' AND ',
        )})`;
  if ('any' in condition)
    return condition.any.length === 0
      ? FALSE
      : sql`(${joinSql(
          condition.any.map((child) => compileCondition(child, now)),
          ' OR ',
        )})`;
  if ('not' in condition) return sql`(NOT ${compileCondition(condition.not, now)})`;
  return compileFact(condition, now);
}

/**
 * The one query of a rule: the active people it matches, in name order. `proposable` leaves out
 * protected people ("never suggest this person"), as the dry run and the engine do.
 */
export function matchQuery(condition: Condition, now: Date, { proposable }: { proposable: boolean }): Sql {
  const unprotected = proposable
    ? sql` AND NOT EXISTS (SELECT 1 FROM protected_contacts p WHERE p.contact_id = c.id)`
    : sql``;
  // The rule's own test first (it rules most people out), then status; "+" sorts the matches
  // rather than walking the name index over everyone.
  return sql`SELECT c.id FROM contacts c
              WHERE ${compileCondition(condition, now)} AND ${statusIs('active')}${unprotected}
              ORDER BY +c.sort_name, c.id`;
}
