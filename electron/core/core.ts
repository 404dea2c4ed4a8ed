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
  /** The roster file; `roster.db` in dataDir unless a host names another (the CLI's --db). */
  databaseFile?: string | undefined;
  /** Days a removed person waits in the trash before becoming a tombstone. */
  trashDays?: number | undefined;
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
  readonly trashDays: number;
  now(): Date;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: CoreEventListener): () => void;
  /**
   * Runs a writing job unless another is running: imports are long and hold a transaction
   * open. `job` names it for the "busy" message, e.g. "an import".
   */
  exclusive<T>(job: string, work: (signal: AbortSignal) => Promise<T> | T): Promise<T>;
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

export function resolveTrashDays(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.PRUNE_TRASH_DAYS?.trim() || DEFAULT_TRASH_DAYS);
  return Number.isFinite(days) && days >= 0 ? days : DEFAULT_TRASH_DAYS;
}

/** Opens the roster for any host (app, browser, CLI); purges trash past its window, as the app promises. */
export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const file = options.databaseFile ?? path.join(options.dataDir, DATABASE_FILE);
  const core = createCoreForDatabase(openDatabase(file, options), options);
  purgeTrash(core.db, core.trashDays, core.now().toISOString());
  return core;
}

export function createCoreForDatabase(db: Db, options: CoreOptions): Core {
  const emitter = new EventEmitter();
  let active: { controller: AbortController; job: string } | null = null;
  const now = options.now ?? (() => new Date());
  return {
    db,
    dataDir: options.dataDir,
    host: options.host,
    version: options.version,
    schemaVersion: latestSchemaVersion(),
    trashDays: options.trashDays ?? resolveTrashDays(),
    now,
    emit(event, payload) {
      emitter.emit('event', event, payload);
    },
    subscribe(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
    async exclusive(job, work) {
      if (active) throw new CoreError('busy', `Prune is busy with ${active.job}. Wait for it to finish or cancel it.`);
      const controller = new AbortController();
      active = { controller, job };
      try {
        return await work(controller.signal);
      } finally {
        active = null;
      }
    },
    cancelActive() {
      if (!active) return false;
      active.controller.abort();
      return true;
    },
    close() {
      emitter.removeAllListeners();
      db.close();
    },
  };
}
