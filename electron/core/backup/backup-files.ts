import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../shared/backup.js';

/** Backups live beside the roster, in the data folder's backups/. */
export const BACKUPS_DIR = 'backups';
/** How many backups (and, separately, pre-restore copies) are kept; older ones are deleted. */
export const BACKUPS_KEPT = 7;

export type BackupKind = BackupInfo['kind'];

const BACKUP_NAME = /^roster-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(daily|pre-migration|manual)\.db$/;
const PRE_RESTORE_NAME = /^before-restore-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.db$/;
/** The roster as it was before "Start over"; kept apart, so a week of daily backups does not push it out. */
const PRE_START_OVER_NAME = /^before-start-over-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.db$/;

export const backupsDir = (dataDir: string): string => path.join(dataDir, BACKUPS_DIR);

/** An ISO time with the colons and dot a file name cannot hold on Windows; still sorts by time. */
const stamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');
const unstamp = (text: string): string =>
  text.replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3}Z)$/, '$1:$2:$3.$4');

/** A new backup's path; a later millisecond if one of that instant exists, so none is overwritten. */
export function newBackupPath(dataDir: string, kind: BackupKind, at: Date): string {
  return freshPath(dataDir, at, (time) => `roster-${stamp(time)}-${kind}.db`);
}

export function newPreRestorePath(dataDir: string, at: Date): string {
  return freshPath(dataDir, at, (time) => `before-restore-${stamp(time)}.db`);
}

export function newPreStartOverPath(dataDir: string, at: Date): string {
  return freshPath(dataDir, at, (time) => `before-start-over-${stamp(time)}.db`);
}

function freshPath(dataDir: string, at: Date, name: (time: Date) => string): string {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  let time = at;
  while (existsSync(path.join(dir, name(time)))) time = new Date(time.getTime() + 1);
  return path.join(dir, name(time));
}

/** The backups in backups/, newest first. Files that are not ours (or half-written temp files) are ignored. */
export function listBackups(dataDir: string): BackupInfo[] {
  return namesMatching(dataDir, BACKUP_NAME).map(({ file, match }) => ({
    file,
    at: unstamp(match[1]!),
    kind: match[2] as BackupKind,
  }));
}

/** The newest backup's time, for the daily decision: one readdir, no file opened. */
export function latestBackupTime(dataDir: string): Date | null {
  const [latest] = listBackups(dataDir);
  return latest ? new Date(latest.at) : null;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

export function dailyBackupDue(dataDir: string, now: Date): boolean {
  const latest = latestBackupTime(dataDir);
  return latest === null || now.getTime() - latest.getTime() >= DAY_MS;
}

/** Keeps the newest BACKUPS_KEPT backups and, separately, the newest BACKUPS_KEPT pre-restore and pre-start-over copies. */
export function pruneBackups(dataDir: string): string[] {
  const removed: string[] = [];
  for (const pattern of [BACKUP_NAME, PRE_RESTORE_NAME, PRE_START_OVER_NAME]) {
    for (const { file } of namesMatching(dataDir, pattern).slice(BACKUPS_KEPT)) {
      rmSync(file, { force: true });
      rmSync(`${file}-wal`, { force: true });
      removed.push(file);
    }
  }
  return removed;
}

function namesMatching(dataDir: string, pattern: RegExp): { file: string; match: RegExpMatchArray }[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, match: name.match(pattern) }))
    .filter((entry): entry is { name: string; match: RegExpMatchArray } => entry.match !== null)
    .sort((a, b) => (a.match[1]! < b.match[1]! ? 1 : a.match[1]! > b.match[1]! ? -1 : 0))
    .map(({ name, match }) => ({ file: path.join(dir, name), match }));
}
