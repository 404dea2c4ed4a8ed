import { toContactListing } from '../../shared/domain.js';
import { isIdWord, oneOf, parseCommand, UsageError } from './arguments.js';
import { call, withCore } from './with-core.js';

const USAGE = 'prune merges list [--json] | prune merges accept <id> | prune merges dismiss <id>';

/** Possible duplicates the importer proposed: list them, accept (merge) or dismiss one. */
export async function mergesCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const action = oneOf(verb, ['list', 'accept', 'dismiss'] as const, `prune merges (${USAGE})`);
  const { values, positionals } = parseCommand(rest, { json: { type: 'boolean', default: false } });
  if (action === 'list') {
    const proposals = await withCore(values.db, (core) => call(core, 'mergeList', {}));
    const listed = proposals.map(({ id, a, b, reason }) => ({
      id,
      a: toContactListing(a),
      b: toContactListing(b),
      reason,
    }));
    if (values.json) process.stdout.write(`${JSON.stringify(listed)}\n`);
    else
      for (const p of listed) console.log(`${p.id}\t${p.a.name} (#${p.a.id}) ~ ${p.b.name} (#${p.b.id})\t${p.reason}`);
    return 0;
  }
  const [word] = positionals;
  if (positionals.length !== 1 || !isIdWord(word))
    throw new UsageError(`prune merges ${action}: name one proposal id (see prune merges list).`);
  const result = await withCore(values.db, (core) => call(core, 'mergeResolve', { id: Number(word), action }));
  console.log(
    action === 'accept'
      ? `Merged into contact ${result.keptContactId}. Undo with: prune undo`
      : `Dismissed: Prune will not propose this pair again.`,
  );
  return 0;
}
