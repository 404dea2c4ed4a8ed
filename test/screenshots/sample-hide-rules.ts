import type { Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(core, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A few hide rules over the sample's posts, as someone a week into using the feed would have. */
export async function addSampleHideRules(core: Core): Promise<void> {
  const noisy = await call<{ contactId: number }[]>(core, 'feedNoisy', { limit: 10 });
  const [first, second, third] = noisy;
  if (first) await call(core, 'hideAdd', { kind: 'cap', contactId: first.contactId, per: 'week', max: 3 });
  if (second) await call(core, 'hideAdd', { kind: 'mute', contactId: second.contactId, days: 7 });
  if (third) await call(core, 'hideAdd', { kind: 'mute', contactId: third.contactId, days: null });
  await call(core, 'hideAdd', { kind: 'word', phrase: 'crypto', days: 30 });
}
