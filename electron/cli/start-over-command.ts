/** `prune start-over --yes`: empties the roster after a verified backup, as Settings › Start over does. */
import { parseCommand, UsageError } from './arguments.js';
import { call, withCore } from './with-core.js';

export async function startOverCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { yes: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`prune start-over: unexpected "${positionals[0]}".`);
  if (!values.yes) {
    throw new UsageError(
      'prune start-over clears everyone in the roster, their feeds, the rules you added and the history. ' +
        'A verified backup is kept first. Run it again with --yes to go ahead.',
    );
  }
  const result = await withCore(values.db, (core) => call(core, 'startOver', {}));
  const people = result.cleared === 1 ? '1 person' : `${result.cleared.toLocaleString('en')} people`;
  console.log(`Started over: cleared ${people}. The roster as it was is kept at ${result.backup}`);
  console.log(`To go back: prune restore-backup "${result.backup}"`);
  return 0;
}
