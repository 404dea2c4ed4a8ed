import type Database from 'better-sqlite3';

export interface Migration {
  /** Stored in PRAGMA user_version; numbered in steps of 10 to leave room for fixes. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}
