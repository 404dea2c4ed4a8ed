import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc.js';
import { readAppVersion } from '../core/app-version.js';
import { createCore, DATABASE_FILE, resolveDataDir, type Core } from '../core/core.js';
import { defaultDataDir } from '../core/default-data-dir.js';
import { dispatch } from '../core/dispatch.js';

/** A request the core refused; main prints its message and exits 1. */
export class CoreFailure extends Error {}

/**
 * Opens the roster the way every host does (a backup before any migration, the trash purge;
 * a damaged roster still opens, so `restore-backup` can repair it), runs one command against
 * it and closes it, whatever happens. A `--db` that names no roster is refused (a typo must not
 * answer "nobody" from a new, empty roster), except by the commands that fill one (`create`).
 */
export async function withCore<T>(
  dbPath: string | undefined,
  work: (core: Core) => Promise<T>,
  { create = false }: { create?: boolean } = {},
): Promise<T> {
  const file = dbPath ? path.resolve(dbPath) : path.join(resolveDataDir(defaultDataDir()), DATABASE_FILE);
  if (dbPath) refuseMissingRoster(file, create);
  const version = readAppVersion(new URL('../../package.json', import.meta.url));
  let core: Core;
  try {
    core = await createCore({ dataDir: path.dirname(file), databaseFile: file, host: 'cli', version });
  } catch (error) {
    throw new CoreFailure(`Cannot open the roster ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return await work(core);
  } finally {
    core.close();
  }
}

/** One request through the same dispatch as the app's hosts: validated, handled, errors as values. */
export async function call<C extends Channel>(
  core: Core,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await dispatch(core, channel, input);
  if (!result.ok) throw new CoreFailure(result.error.message);
  return result.value as ChannelOutput<C>;
}

function refuseMissingRoster(file: string, create: boolean): void {
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new CoreFailure(`No folder ${folder} for the roster ${path.basename(file)}: check the --db path.`);
  if (existsSync(file) && statSync(file).isDirectory())
    throw new CoreFailure(`${file} is a folder, not a roster: give --db the roster file (…/${DATABASE_FILE}).`);
  if (!existsSync(file) && !create)
    throw new CoreFailure(
      `No roster at ${file}: check the --db path (\`prune import <file…> --db ${file}\` starts a new one there).`,
    );
}
