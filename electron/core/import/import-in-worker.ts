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

/** Starts a worker that loads the import's modules and waits for its `start` command. */
function startWorker(moduleUrl: string, nativeBinding: string | undefined): { worker: Worker; nativeBinding?: string } {
  const launch = importWorkerLaunch(moduleUrl, nativeBinding);
  if (!launch.typescript) return { worker: new Worker(launch.script), nativeBinding: launch.nativeBinding };
  // TypeScript source goes through tsx's loader, registered inside the thread: its ESM entry (the
  // CommonJS one fails to load its own ESM half inside a worker), beside it in tsx's exports map.
  const tsxApi = pathToFileURL(
    createRequire(moduleUrl)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) =>
    tsImport(${JSON.stringify(pathToFileURL(launch.script).href)}, ${JSON.stringify(moduleUrl)}))`;
  return { worker: new Worker(bootstrap, { eval: true }), nativeBinding: launch.nativeBinding };
}

/**
 * One worker kept started ahead of the next import, so an import does not wait for a thread to
 * load its modules (tens of milliseconds from the bundle, seconds through tsx on a busy machine).
 * It is unref'd: an idle spare never keeps a process alive.
 */
let spare: { key: string; worker: Worker; nativeBinding: string | undefined } | null = null;

/** Starts the spare worker for imports from this module, unless one is ready. */
export function prepareImportWorker(nativeBinding: string | undefined, moduleUrl = import.meta.url): void {
  const key = `${moduleUrl}\n${nativeBinding ?? ''}`;
  if (spare?.key === key) return;
  void spare?.worker.terminate();
  const started = startWorker(moduleUrl, nativeBinding);
  started.worker.unref();
  // A spare that fails to start is dropped; the import that would have used it starts its own.
  started.worker.once('error', () => {
    if (spare?.worker === started.worker) spare = null;
  });
  spare = { key, worker: started.worker, nativeBinding: started.nativeBinding };
}

function takeWorker(moduleUrl: string, nativeBinding: string | undefined) {
  prepareImportWorker(nativeBinding, moduleUrl);
  const taken = spare!;
  spare = null;
  taken.worker.ref();
  return taken;
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
    nativeBinding: undefined,
    files: files.map(({ name, bytes, listKind }) => (listKind ? { name, bytes, listKind } : { name, bytes })),
    now: (options.now ?? (() => new Date()))().toISOString(),
  };
  const moduleUrl = options.workerFrom ?? import.meta.url;
  return new Promise<ImportSummary>((resolve, reject) => {
    const { worker, nativeBinding } = takeWorker(moduleUrl, options.nativeBinding);
    worker.postMessage({ type: 'start', input: { ...input, nativeBinding } } satisfies ImportWorkerCommand);
    let settled = false;
    const cancel = (): void => worker.postMessage({ type: 'cancel' } satisfies ImportWorkerCommand);
    options.signal?.addEventListener('abort', cancel, { once: true });
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', cancel);
      outcome();
      void worker.terminate();
      // The next import's worker starts now, while the window shows this one's summary.
      if (!options.workerFrom) prepareImportWorker(options.nativeBinding, moduleUrl);
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

/** Readies the worker a host's first import will use, where imports run in one (see importIntoRoster). */
export function prepareImportsFor(core: Core): void {
  if (core.host !== 'cli' && core.databaseFile && core.openProblem === null) prepareImportWorker(core.nativeBinding);
}
