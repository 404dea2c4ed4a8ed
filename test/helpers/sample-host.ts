import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { startWebHost } from '../../electron/web/server.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface SampleHost {
  url: string;
  core: Core;
  close(): Promise<void>;
}

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(core, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/**
 * The browser host over a throwaway roster, optionally prepared by `fill` (through the
 * same dispatch the app uses). Needs the built renderer and bridge (`npm run build`).
 */
export async function startSampleHost(fill?: (core: Core) => Promise<void>): Promise<SampleHost> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prune-sample-'));
  const core = await createCore({ dataDir, host: 'web', version: '0.1.0' });
  await fill?.(core);
  const server = await startWebHost({
    core,
    staticDir: path.join(root, 'dist/renderer'),
    bridgeFile: path.join(root, 'dist/web/prune-bridge.js'),
  });
  return {
    url: server.url,
    core,
    async close() {
      await server.close();
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The sample network, with people in the trash, some removed for good and a few ticked off. */
export async function fillSampleRoster(core: Core): Promise<void> {
  await call(core, 'sampleLoad', { size: 2000 });
  const { ids } = await call<{ ids: number[] }>(core, 'rosterQuery', { sort: 'connectedOn', direction: 'asc' });
  await call(core, 'contactsRemove', { ids: ids.slice(0, 40), reason: 'never met' });
  await call(core, 'trashPurge', { days: 0 });
  await call(core, 'contactsRemove', { ids: ids.slice(40, 52), reason: 'recruiter spam' });
  const checklist = await call<{ contactId: number }[]>(core, 'checklistList', {});
  for (const item of checklist.slice(0, 6))
    await call(core, 'checklistMark', { contactId: item.contactId, done: true });
}
