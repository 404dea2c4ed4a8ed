import type { ImportProgress, ImportSummary } from '../../../shared/domain.js';
import { CoreError, ErrorCode } from '../../../shared/result.js';
import type { ImportInputFile } from './run-import.js';

/** What the host hands the import worker (in its `start` command): the roster's file, never its connection. */
export interface ImportWorkerInput {
  databaseFile: string;
  nativeBinding: string | undefined;
  files: ImportInputFile[];
  /** The import's timestamp, decided by the host's clock (injectable in tests). */
  now: string;
}

/** An error as it crosses the thread boundary: enough to rebuild what `toFailure` looks at. */
export interface WorkerError {
  name: string;
  message: string;
  /** A CoreError's code, or SQLite's (`SQLITE_BUSY`, …) for a SqliteError. */
  code: string | undefined;
}

export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'failed'; error: WorkerError };

/** Host → worker: a worker is started ahead of time (its modules loaded), then given one import. */
export type ImportWorkerCommand = { type: 'start'; input: ImportWorkerInput } | { type: 'cancel' };

export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return { name: error.name, message: error.message, code: typeof code === 'string' ? code : undefined };
  }
  return { name: 'Error', message: String(error), code: undefined };
}

/** Rebuilds the error on the host's side: CoreErrors keep their code, SqliteErrors their name and SQLite code. */
export function fromWorkerError(error: WorkerError): Error {
  if (error.name === 'CoreError' && (ErrorCode as readonly string[]).includes(error.code ?? ''))
    return new CoreError(error.code as ErrorCode, error.message);
  const rebuilt = new Error(error.message) as Error & { code?: string };
  rebuilt.name = error.name;
  if (error.code !== undefined) rebuilt.code = error.code;
  return rebuilt;
}
