import type Database from 'better-sqlite3';
import { CoreError } from '../../../shared/result.js';
import { migrations } from './migrations/index.js';

export const latestSchemaVersion = (): number => migrations.at(-1)?.version ?? 0;

/**
 * Applies each pending migration in its own transaction together with its
 * `user_version`, so a crash leaves the database at a whole version.
 */
export function runMigrations(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestSchemaVersion();
  if (current > latest) {
    throw new CoreError(
      'database',
      `This roster was saved by a newer version of Prune (schema ${current}; this version knows up to ${latest}). ` +
        'Update Prune to open it. Nothing was changed.',
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latestSchemaVersion();
}
