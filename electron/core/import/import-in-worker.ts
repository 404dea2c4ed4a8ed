import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportSummary } from '../../../shared/domain.js';
import { CoreError } from '../../../shared/result.js';
import type { Core } from '../core.js';
import { importWorkerLaunch } from './import-worker-launch.js';
import {
  fromWorkerError,
  type ImportWorkerCommand,
  type ImportWorkerInput,
  type ImportWorkerMessage,
} from './import-worker-protocol.js';
import { runImport, type ImportInputFile, type ImportOptions } from './run-import.js';

/** Starts the worker; TypeScript source goes through tsx's loader, registered inside the thread. */
function startWorker(moduleUrl: string, input: ImportWorkerInput, nativeBinding: string | undefined): Worker {
  const launch = importWorkerLaunch(moduleUrl, nativeBinding);
  const workerData: ImportWorkerInput = { ...input, nativeBinding: launch.nativeBinding };
  if (!launch.typescript) return new Worker(launch.script, { workerData });
  // tsx's ESM entry (its CommonJS one fails to load its own ESM half inside a worker); the
  // exports map puts the two side by side.
  const tsxApi = pathToFileURL(
    createRequire(moduleUrl)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) =>
    tsImport(${JSON.stringify(pathToFileURL(launch.script).href)}, ${JSON.stringify(moduleUrl)}))`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Runs an import in a worker thread over its own connection to `databaseFile`: parsing and the
 * one write transaction both happen there. Progress arrives as events, Cancel is a message
 * (the worker rolls back), and errors keep their code and message.
 */
export function runImportInWorker(
  databaseFile: string,
  files: readonly ImportInputFile[],
  options: ImportOptions & {
    nativeBinding?: string | undefined;
    /** The module the worker's script is found from (import-worker-launch.ts); tests point it at a bundle. */
    workerFrom?: string;
  } = {},
): Promise<ImportSummary> {
  if (options.signal?.aborted)
    return Promise.reject(new CoreError('cancelled', 'Import cancelled; nothing was changed.'));
  const input: ImportWorkerInput = {
    databaseFile,
    nativeBinding: options.nativeBinding,
    files: files.map(({ name, bytes, listKind }) => (listKind ? { name, bytes, listKind } : { name, bytes })),
    now: (options.now ?? (() => new Date()))().toISOString(),
  };
  return new Promise<ImportSummary>((resolve, reject) => {
    const worker = startWorker(options.workerFrom ?? import.meta.url, input, options.nativeBinding);
    let settled = false;
    const cancel = (): void => worker.postMessage({ type: 'cancel' } satisfies ImportWorkerCommand);
    options.signal?.addEventListener('abort', cancel, { once: true });
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', cancel);
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.summary));
      else settle(() => reject(fromWorkerError(message.error)));
    });
    worker.on('error', (error) =>
      settle(() => reject(new CoreError('internal', `The import stopped unexpectedly: ${error.message}`))),
    );
    worker.on('exit', (code) =>
      settle(() => reject(new CoreError('internal', `The import stopped unexpectedly (exit code ${code}).`))),
    );
  });
}

/**
 * An import for a host: off the host's thread wherever the host serves windows (Electron, the
 * browser host) and the roster is a file. The CLI serves nothing while it imports, so it
 * imports on its own thread and saves the worker's start-up; an in-memory roster (tests)
 * cannot be shared with another thread.
 */
export function importIntoRoster(
  core: Core,
  files: readonly ImportInputFile[],
  options: Omit<ImportOptions, 'now'>,
): Promise<ImportSummary> {
  const file = core.databaseFile;
  if (!file || core.db.memory || core.host === 'cli') return runImport(core.db, files, { ...options, now: core.now });
  return runImportInWorker(file, files, { ...options, now: core.now, nativeBinding: core.nativeBinding });
}
