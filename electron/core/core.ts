import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { RosterHealth } from '../../shared/backup.js';
import type { EventName, EventPayload } from '../../shared/ipc.js';
import { CoreError } from '../../shared/result.js';
import { dailyBackupDue } from './backup/backup-files.js';
import { openRosterTolerantly } from './backup/open-roster.js';
import type { Db } from './db/open-database.js';
import { latestSchemaVersion } from './db/migrate.js';
import { purgeTrash } from './declutter/removal.js';
import type { FetchLike } from './feed/fetch-limits.js';
import { prepareImportsFor } from './import/import-in-worker.js';

export type HostKind = 'electron' | 'web' | 'cli';

export interface CoreOptions {
  dataDir: string;
  /** The roster file; `roster.db` in dataDir unless a host names another (the CLI's --db). */
  databaseFile?: string | null | undefined;
  /** Days a removed person waits in the trash before becoming a tombstone. */
  trashDays?: number | undefined;
  host: HostKind;
  version: string;
  /** better_sqlite3.node built for Electron's ABI, when the host is Electron. */
  nativeBinding?: string | undefined;
  now?: () => Date;
  /** The desktop host's save dialog: where to save a file, or null when the user cancelled. */
  chooseSavePath?: ((suggestedName: string) => Promise<string | null>) | undefined;
  /** How feeds are fetched: Node's fetch (CLI, browser host) or Electron's net.fetch (system proxy, certificates). */
  fetch?: FetchLike | undefined;
}

export type CoreEventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The main process's domain: one database, one event stream, one long job at a time. */
export interface Core {
  /** The open roster. Throws a `database` error while the roster is damaged and cannot be opened. */
  readonly db: Db;
  readonly dataDir: string;
  readonly host: HostKind;
  readonly version: string;
  readonly schemaVersion: number;
  readonly trashDays: number;
  readonly nativeBinding: string | undefined;
  /** Present where the host has a save dialog (Electron); the other hosts download or take --out. */
  readonly chooseSavePath: ((suggestedName: string) => Promise<string | null>) | undefined;
  /** The roster's file, or null for an in-memory database. */
  readonly databaseFile: string | null;
  /** Why the roster could not be opened (damaged), or null when it is open. */
  readonly openProblem: string | null;
  /** Decided when the roster was opened; the start-up checks take the backup after the first paint. */
  readonly dailyBackupDue: boolean;
  /** The injected fetch every feed request goes through. */
  readonly fetch: FetchLike;
  now(): Date;
  health(): RosterHealth;
  /** Records the start-up check's finding and tells every window. */
  setHealth(health: RosterHealth): void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: CoreEventListener): () => void;
  /**
   * Runs a writing job unless another is running: imports are long and hold a transaction
   * open. `job` names it for the "busy" message, e.g. "an import".
   */
  exclusive<T>(job: string, work: (signal: AbortSignal) => Promise<T> | T): Promise<T>;
  /** Asks the running job to stop; it rolls back. Returns whether a job was running. */
  cancelActive(): boolean;
  /** Closes the roster, lets `swap` replace its file, and opens it again (as one exclusive job). */
  replaceRoster<T>(swap: (file: string) => Promise<T>, job?: string): Promise<T>;
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

export const UNCHECKED: RosterHealth = { status: 'unchecked', problem: null, latestGoodBackup: null };

/**
 * Opens the roster for any host (app, browser, CLI): backs it up before any migration, purges
 * trash past its window, as the app promises, and decides whether today's backup is due (taken
 * later, by `runStartupChecks`, so nothing here delays the first paint). A damaged roster still
 * yields a core, whose `openProblem` says why, so the host can offer a backup.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const file = options.databaseFile ?? path.join(options.dataDir, DATABASE_FILE);
  const opened = await openRosterTolerantly(file, { nativeBinding: options.nativeBinding, now });
  const core = createCoreForDatabase(opened.db, {
    ...options,
    databaseFile: file,
    openProblem: opened.problem,
    dailyBackupDue: dailyBackupDue(options.dataDir, now()),
  });
  if (opened.db) purgeTrash(opened.db, core.trashDays, now().toISOString());
  prepareImportsFor(core);
  return core;
}

export interface OpenedRosterOptions extends CoreOptions {
  openProblem?: string | null;
  dailyBackupDue?: boolean;
}

export function createCoreForDatabase(initialDb: Db | null, options: OpenedRosterOptions): Core {
  const emitter = new EventEmitter();
  let active: { controller: AbortController; job: string } | null = null;
  let db = initialDb;
  let openProblem = initialDb ? null : (options.openProblem ?? 'The roster could not be opened.');
  let health = UNCHECKED;
  const now = options.now ?? (() => new Date());
  const databaseFile = options.databaseFile ?? (initialDb && !initialDb.memory ? initialDb.name : null);

  const core: Core = {
    get db(): Db {
      if (!db) throw new CoreError('database', `${openProblem} Restore a backup to go on.`);
      return db;
    },
    dataDir: options.dataDir,
    host: options.host,
    version: options.version,
    schemaVersion: latestSchemaVersion(),
    trashDays: options.trashDays ?? resolveTrashDays(),
    nativeBinding: options.nativeBinding,
    chooseSavePath: options.chooseSavePath,
    databaseFile,
    get openProblem() {
      return openProblem;
    },
    dailyBackupDue: options.dailyBackupDue ?? false,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    now,
    health: () => health,
    setHealth(next) {
      health = next;
      core.emit('rosterHealth', next);
    },
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
    replaceRoster(swap, job = 'restoring a backup') {
      const file = databaseFile;
      if (!file) return Promise.reject(new CoreError('invalid_input', 'This roster is in memory: it has no file.'));
      return core.exclusive(job, async () => {
        db?.close();
        db = null;
        try {
          return await swap(file);
        } finally {
          const reopened = await openRosterTolerantly(file, { nativeBinding: options.nativeBinding, now });
          db = reopened.db;
          openProblem = reopened.problem;
        }
      });
    },
    close() {
      emitter.removeAllListeners();
      db?.close();
      db = null;
    },
  };
  return core;
}
