import { createCoreForDatabase, type Core } from '../../electron/core/core.js';
import { openDatabase } from '../../electron/core/db/open-database.js';

/** A core over an in-memory database with a fixed clock: fast, isolated, deterministic. */
export function memoryCore(now = '2026-11-01T12:00:00.000Z'): Core {
  return createCoreForDatabase(openDatabase(':memory:'), {
    dataDir: ':memory:',
    host: 'cli',
    version: '0.0.0-test',
    now: () => new Date(now),
  });
}
