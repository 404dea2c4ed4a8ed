import type { Db } from './open-database.js';
import { prepared } from './prepared.js';

/** What SQLite can bind: user text only ever reaches SQL as one of these. */
export type SqlValue = string | number | bigint | null | Uint8Array;

/**
 * A piece of SQL with the values it binds. Built only by the `sql` tag, `identifier` and
 * `joinSql`, so text that is not part of a template literal in our source can never become
 * SQL: "user text only as parameters" is a type, not a comment.
 */
export class Sql {
  /** `proof` is module-private, so nothing outside this file can make a fragment from a string. */
  constructor(
    proof: typeof BUILDER,
    readonly text: string,
    readonly values: readonly SqlValue[],
  ) {
    if (proof !== BUILDER) throw new Error('SQL fragments are made with the sql tag.');
  }
}

const BUILDER: unique symbol = Symbol('sql builder');
const fragment = (text: string, values: readonly SqlValue[]): Sql => new Sql(BUILDER, text, values);

/** sql`SELECT … WHERE id = ${id} AND ${otherFragment}`: values become `?`, fragments are spliced. */
export function sql(strings: TemplateStringsArray, ...parts: readonly (Sql | SqlValue)[]): Sql {
  let text = strings[0]!;
  const values: SqlValue[] = [];
  parts.forEach((part, index) => {
    if (part instanceof Sql) {
      text += part.text;
      values.push(...part.values);
    } else {
      text += '?';
      values.push(part);
    }
    text += strings[index + 1]!;
  });
  return fragment(text, values);
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/**
 * A table or column name, from a closed set: callers type `name` as a union of literals, and
 * the check below refuses anything else that slips past the types (e.g. through `as`).
 */
export function identifier<const T extends string>(name: T, allowed: readonly T[]): Sql {
  if (!allowed.includes(name) || !IDENTIFIER.test(name)) throw new Error(`Not an allowed SQL identifier: ${name}`);
  return fragment(name, []);
}

/** Fragments joined by a fixed separator (`AND`, `, `…), e.g. a WHERE built from optional conditions. */
export function joinSql(fragments: readonly Sql[], separator: ' AND ' | ' OR ' | ', '): Sql {
  return fragment(
    fragments.map((fragment) => fragment.text).join(separator),
    fragments.flatMap((fragment) => fragment.values),
  );
}

/** An empty fragment, for optional parts of a statement. */
export const emptySql = fragment('', []);

/**
 * Runners over the per-connection statement cache (`prepared`), so composed SQL is still
 * prepared once. `pluck` is a mode of the cached statement, so every runner sets it.
 */
export const runSql = (db: Db, query: Sql) => prepared(db, query.text).run(...query.values);
export const getRow = <T>(db: Db, query: Sql): T | undefined =>
  prepared(db, query.text)
    .pluck(false)
    .get(...query.values) as T | undefined;
export const allRows = <T>(db: Db, query: Sql): T[] =>
  prepared(db, query.text)
    .pluck(false)
    .all(...query.values) as T[];
export const getValue = <T>(db: Db, query: Sql): T =>
  prepared(db, query.text)
    .pluck()
    .get(...query.values) as T;
export const allValues = <T>(db: Db, query: Sql): T[] =>
  prepared(db, query.text)
    .pluck()
    .all(...query.values) as T[];
