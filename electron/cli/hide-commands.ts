import type { HideActionResult } from '../../shared/feed-hide.js';
import type { ChannelInput } from '../../shared/ipc.js';
import { isIdWord, oneOf, parseCommand, UsageError } from './arguments.js';
import { call, withCore } from './with-core.js';

/** `prune hide|mute|unmute|cap|uncap|mute-word|unmute-word|hidden`: the feed's hide control. `prune undo` reverses each. */

function oneId(positionals: readonly string[], usage: string): number {
  if (positionals.length !== 1 || !isIdWord(positionals[0])) throw new UsageError(usage);
  return Number(positionals[0]);
}

function days(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError('--days must be a whole number of days, 1 or more.');
  return Number(value);
}

async function act(
  db: string | undefined,
  channel: 'hideAdd' | 'hideLift',
  input: ChannelInput<'hideAdd'> | ChannelInput<'hideLift'>,
) {
  const result: HideActionResult = await withCore(db, (core) =>
    channel === 'hideAdd'
      ? call(core, 'hideAdd', input as ChannelInput<'hideAdd'>)
      : call(core, 'hideLift', input as ChannelInput<'hideLift'>),
  );
  console.log(`${result.label}. Undo with: prune undo`);
  return 0;
}

const withDays = { days: { type: 'string' } } as const;

export async function hideCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  return act(values.db, 'hideAdd', { kind: 'post', postId: oneId(positionals, 'prune hide <postId>') });
}

export async function muteCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, withDays);
  const contactId = oneId(positionals, 'prune mute <contactId> [--days n]');
  return act(values.db, 'hideAdd', { kind: 'mute', contactId, days: days(values.days) });
}

export async function unmuteCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  return act(values.db, 'hideLift', { contactId: oneId(positionals, 'prune unmute <contactId>'), kind: 'mute' });
}

export async function capCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { per: { type: 'string' }, max: { type: 'string' } });
  const contactId = oneId(positionals, 'prune cap <contactId> --per day|week --max n');
  const per = oneOf(values.per, ['day', 'week'] as const, '--per');
  if (values.max === undefined || !/^\d+$/.test(values.max)) throw new UsageError('--max must be a whole number.');
  return act(values.db, 'hideAdd', { kind: 'cap', contactId, per, max: Number(values.max) });
}

export async function uncapCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  return act(values.db, 'hideLift', { contactId: oneId(positionals, 'prune uncap <contactId>'), kind: 'cap' });
}

export async function muteWordCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, withDays);
  if (positionals.length === 0) throw new UsageError('prune mute-word <text> [--days n]');
  return act(values.db, 'hideAdd', { kind: 'word', phrase: positionals.join(' '), days: days(values.days) });
}

export async function unmuteWordCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (positionals.length === 0) throw new UsageError('prune unmute-word <text>');
  return act(values.db, 'hideLift', { phrase: positionals.join(' ') });
}

export async function hiddenCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, { json: { type: 'boolean', default: false } });
  const rules = await withCore(values.db, (core) => call(core, 'hideList', {}));
  if (values.json) process.stdout.write(`${JSON.stringify(rules)}\n`);
  else
    for (const rule of rules) {
      const who = rule.contactName ?? rule.postTitle ?? '';
      console.log(
        `${rule.id}\t${rule.description}\t${who}\t${rule.until ?? 'forever'}\t${rule.hiddenLast30Days} hidden in 30 days`,
      );
    }
  return 0;
}
