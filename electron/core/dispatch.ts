import { z } from 'zod';
import { channels, cliOnlyChannels, contract, type Channel } from '../../shared/ipc.js';
import { CoreError, fail, ok, type Result } from '../../shared/result.js';
import type { Core } from './core.js';
import { handlers } from './handlers.js';

const known = new Set<string>(channels);
export const isChannel = (name: string): name is Channel => known.has(name);

/**
 * Validates a payload against the contract, runs its handler, and turns every failure
 * into an error value. Both hosts and the CLI go through here.
 */
export async function dispatch(core: Core, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', `Unknown channel "${channel}".`);
  if (core.host !== 'cli' && (cliOnlyChannels as readonly string[]).includes(channel))
    return fail('untrusted_sender', `${channel} takes file paths and is only for the command line.`);
  const parsed = contract[channel].input.safeParse(payload ?? {});
  if (!parsed.success) return fail('invalid_input', `Invalid ${channel} request: ${z.prettifyError(parsed.error)}`);
  try {
    const handler = handlers[channel] as (core: Core, input: unknown) => unknown;
    return ok(await handler(core, parsed.data));
  } catch (error) {
    return toFailure(error);
  }
}

export function toFailure(error: unknown): Result<never> {
  if (error instanceof CoreError) return fail(error.code, error.message);
  if (error instanceof Error && error.name === 'SqliteError')
    return fail('database', `Database error: ${error.message}`);
  console.error(error);
  return fail('internal', error instanceof Error ? error.message : String(error));
}
