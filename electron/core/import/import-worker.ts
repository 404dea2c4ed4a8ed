/**
 * The import worker: parses the files and writes them over its own connection to the roster,
 * in the one transaction `runImport` opens, so the host's event loop stays free (Cancel, search,
 * every other request) and WAL lets the host keep reading the roster as it was until the commit.
 */
import { parentPort } from 'node:worker_threads';
import { openConnection } from '../db/open-database.js';
import type { ImportWorkerCommand, ImportWorkerInput, ImportWorkerMessage } from './import-worker-protocol.js';
import { toWorkerError } from './import-worker-protocol.js';
import { runImport } from './run-import.js';

const port = parentPort;
if (!port) throw new Error('import-worker runs as a worker thread only.');
const post = (message: ImportWorkerMessage): void => port.postMessage(message);

const controller = new AbortController();
port.on('message', (command: ImportWorkerCommand) => {
  if (command.type === 'start') void importInThisThread(command.input).then(post);
  else controller.abort();
});

// No top-level await: the packaged worker is a CommonJS bundle. The connection is closed before
// the answer goes out: the host ends the thread as soon as it has it.
async function importInThisThread(input: ImportWorkerInput): Promise<ImportWorkerMessage> {
  try {
    const db = openConnection(input.databaseFile, { nativeBinding: input.nativeBinding });
    try {
      const summary = await runImport(db, input.files, {
        signal: controller.signal,
        now: () => new Date(input.now),
        onProgress: (progress) => post({ type: 'progress', progress }),
      });
      return { type: 'done', summary };
    } finally {
      db.close();
    }
  } catch (error) {
    return { type: 'failed', error: toWorkerError(error) };
  }
}
