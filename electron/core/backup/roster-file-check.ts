import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { CoreError } from '../../../shared/result.js';
import { migrations } from '../db/migrations/index.js';

/** Tables every roster has had since the first schema; a file without them is not a Prune roster. */
const ROSTER_TABLES = ['contacts', 'identity_keys', 'contact_sources', 'imports'] as const;

export type RosterFileCheck = { ok: true; schemaVersion: number } | { ok: false; problem: string };

export interface CheckOptions {
  nativeBinding?: string | undefined;
}

/**
 * Whether a file is a whole Prune roster this version can open: SQLite, the roster tables,
 * a schema version we know, and a clean `quick_check`. Opened read-only: the file is never changed.
 */
export function checkRosterFile(file: string, options: CheckOptions = {}): RosterFileCheck {
  if (!existsSync(file)) return { ok: false, problem: `${file} does not exist.` };
  let db: Database.Database;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    return { ok: false, problem: `${file} cannot be opened: ${messageOf(error)}` };
  }
  try {
    return checkOpenRoster(db, file);
  } catch (error) {
    return { ok: false, problem: `${file} is not a readable SQLite database: ${messageOf(error)}` };
  } finally {
    db.close();
  }
}

function checkOpenRoster(db: Database.Database, file: string): RosterFileCheck {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
  );
  const missing = ROSTER_TABLES.filter((table) => !tables.has(table));
  if (missing.length > 0)
    return { ok: false, problem: `${file} is not a Prune roster (no ${missing.join(', ')} table).` };
  if (!migrations.some((migration) => migration.version === version)) {
    const latest = migrations.at(-1)?.version ?? 0;
    return {
      ok: false,
      problem:
        version > latest
          ? `${file} was saved by a newer version of Prune (schema ${version}; this version knows up to ${latest}).`
          : `${file} has a schema version this Prune does not know (${version}).`,
    };
  }
  const problems = quickCheck(db);
  if (problems) return { ok: false, problem: `${file} is damaged: ${problems}` };
  return { ok: true, schemaVersion: version };
}

/** SQLite's quick_check: null when it says "ok", else its first findings. */
export function quickCheck(db: Database.Database): string | null {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[];
  const findings = rows.map((row) => row.quick_check);
  return findings.length === 1 && findings[0] === 'ok' ? null : findings.join('; ');
}

/** The roster (or a copy of it) failed SQLite's integrity check. */
export class DamagedRosterError extends CoreError {
  constructor(message: string) {
    super('database', message);
    this.name = 'DamagedRosterError';
  }
}

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
