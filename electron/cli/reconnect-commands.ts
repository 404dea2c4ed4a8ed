import { ReconnectStatus } from '../../shared/reconnect.js';
import { isIdWord, oneOf, parseCommand, UsageError } from './arguments.js';
import { call, withCore } from './with-core.js';

const USAGE =
  'prune reconnect plan <contactId> [--json] | mark <contactId> --status drafted|sent|withdrawn|accepted|refused ' +
  '[--via <address>] [--note <text>] | list [--json] | add-address <contactId> <address>';

function contactIdOf(word: string | undefined, verb: string): number {
  if (!isIdWord(word)) throw new UsageError(`prune reconnect ${verb}: name one contact id (see prune contacts).`);
  return Number(word);
}

/** Reaching people removed by mistake: the plan, the steps taken, the open attempts, an address by hand. */
export async function reconnectCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const action = oneOf(verb, ['plan', 'mark', 'list', 'add-address'] as const, `prune reconnect (${USAGE})`);
  const { values, positionals } = parseCommand(rest, {
    json: { type: 'boolean', default: false },
    status: { type: 'string' },
    via: { type: 'string' },
    note: { type: 'string' },
  });
  const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
  if (action === 'list') {
    if (positionals.length > 0) throw new UsageError('prune reconnect list takes no contact id.');
    const attempts = await withCore(values.db, (core) => call(core, 'reconnectList', {}));
    if (values.json)
      print(attempts.map(({ id, contactId, status, via, updatedAt }) => ({ id, contactId, status, via, updatedAt })));
    else if (attempts.length === 0) console.log('No attempts to reconnect yet.');
    else
      for (const a of attempts)
        console.log(
          `${a.id}\t${a.name} (#${a.contactId})\t${a.status}${a.via ? ` via ${a.via}` : ''}\t${a.updatedAt.slice(0, 10)}${a.reminderDue ? '\t(no news for a while)' : ''}`,
        );
    return 0;
  }
  const [first, second, ...extra] = positionals;
  const contactId = contactIdOf(first, action);
  if (action === 'plan') {
    if (second !== undefined) throw new UsageError('prune reconnect plan takes one contact id.');
    const plan = await withCore(values.db, (core) => call(core, 'reconnectPlan', { contactId }));
    const { blocked, suggested, alternates, message, removals, restoreIsEnough } = plan;
    if (values.json) print({ blocked, suggested, alternates, message, removals, restoreIsEnough });
    else {
      console.log(`Reconnect with ${plan.name}`);
      if (restoreIsEnough)
        console.log(`  Not removed anywhere but in Prune: restore is enough (prune restore ${plan.contactId}).`);
      for (const address of blocked)
        console.log(`  blocked    ${address}  (LinkedIn connection: likely refused for re-invitations)`);
      console.log(
        suggested
          ? `  suggested  ${suggested}`
          : '  No other address is known: add one with prune reconnect add-address.',
      );
      for (const address of alternates) console.log(`  alternate  ${address}`);
      console.log(`\nSubject: ${plan.subject}\n\n${message}`);
    }
    return 0;
  }
  if (action === 'add-address') {
    if (second === undefined || extra.length > 0)
      throw new UsageError('prune reconnect add-address: name one contact id and one address.');
    const added = await withCore(values.db, (core) =>
      call(core, 'reconnectAddAddress', { contactId, address: second }),
    );
    if (values.json) print(added);
    else console.log(`Added ${added.value}.`);
    return 0;
  }
  if (second !== undefined) throw new UsageError('prune reconnect mark takes one contact id.');
  const status = oneOf(values.status, ReconnectStatus.options, '--status');
  const attempt = await withCore(values.db, (core) =>
    call(core, 'reconnectMark', { contactId, status, via: values.via ?? null, note: values.note ?? null }),
  );
  if (values.json) print(attempt);
  else
    console.log(
      `${attempt.name}: ${attempt.status}${attempt.via ? ` via ${attempt.via}` : ''}` +
        (attempt.status === 'withdrawn' && attempt.resendAfter
          ? `. LinkedIn takes a new invitation from ${attempt.resendAfter.slice(0, 10)}.`
          : attempt.status === 'accepted'
            ? '. They are back in your roster.'
            : '.'),
    );
  return 0;
}
