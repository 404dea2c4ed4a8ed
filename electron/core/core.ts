import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { EventName, EventPayload } from '../../shared/ipc.js';
import { CoreError } from '../../shared/result.js';
import { openDatabase, type Db } from './db/open-database.js';
import { latestSchemaVersion } from './db/migrate.js';
import { purgeTrash } from './declutter/removal.js';

export type HostKind = 'electron' | 'web' | 'cli';

export interface CoreOptions {
  dataDir: string;
  host: HostKind;
  version: string;
  /** better_sqlite3.node built for Electron's ABI, when the host is Electron. */
  nativeBinding?: string | undefined;
  now?: () => Date;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The main process's domain: one database, one event stream, one long job at a time. */
export interface Core {
  readonly db: Db;
  readonly dataDir: string;
  readonly host: HostKind;
  readonly version: string;
  readonly schemaVersion: number;
  now(): Date;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: CoreEventListener): () => void;
  /** Runs a writing job unless another is running: imports are long and hold a transaction open. */
  exclusive<T>(job: (signal: AbortSignal) => Promise<T> | T): Promise<T>;
  /** Asks the running job to stop; it rolls back. Returns whether a job was running. */
  cancelActive(): boolean;
  close(): void;
}

export const DATABASE_FILE = 'roster.db';

/** The data folder: PRUNE_DATA_DIR wins over the host's default, so tests and power users can point elsewhere. */
export function resolveDataDir(hostDefault: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.PRUNE_DATA_DIR?.trim() || hostDefault);
}

/** Trashed contacts become tombstones after this many days (PRUNE_TRASH_DAYS overrides). */
export const DEFAULT_TRASH_DAYS = 30;

/** Opens the roster for an app host; purges trash past its window, as the app promises. */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const core = createCoreForDatabase(openDatabase(path.join(options.dataDir, DATABASE_FILE), options), options);
  const days = Number(process.env.PRUNE_TRASH_DAYS ?? DEFAULT_TRASH_DAYS);
  purgeTrash(core.db, Number.isFinite(days) && days >= 0 ? days : DEFAULT_TRASH_DAYS, core.now().toISOString());
  return core;
}

export function createCoreForDatabase(db: Db, options: CoreOptions): Core {
  const emitter = new EventEmitter();
  let active: AbortController | null = null;
  const now = options.now ?? (() => new Date());
  return {
    db,
    dataDir: options.dataDir,
    host: options.host,
    version: options.version,
    schemaVersion: latestSchemaVersion(),
    now,
    emit(event, payload) {
      emitter.emit('event', event, payload);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async exclusive(job) {
      if (active) throw new CoreError('busy', 'An import is still running. Wait for it to finish or cancel it.');
      const controller = new AbortController();
      active = controller;
      try {
        return await job(controller.signal);
      } finally {
        active = null;
      }
    },
    cancelActive() {
      if (!active) return false;
      active.abort();
      return true;
    },
    close() {
      emitter.removeAllListeners();
      db.close();
    },
  };
}
