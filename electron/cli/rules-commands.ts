import { readFile } from 'node:fs/promises';
import { isIdWord, oneOf, parseCommand, plural, UsageError } from './arguments.js';
import { call, CoreFailure, withCore } from './with-core.js';

const RULES_USAGE =
  'prune rules list [--json] | add <file.json> | enable|disable <id> | dry-run <id|file.json> [--json] | run [--json]' +
  ' | export | import <file.json>';
const REVIEW_USAGE = 'prune review list [--json] | prune review accept|dismiss <id...>';

const json = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

/** A rule (or rules) file as JSON; its validation, with paths, is the core's. */
async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CoreFailure(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CoreFailure(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function oneId(positionals: readonly string[], command: string): number {
  const [word] = positionals;
  if (positionals.length !== 1 || !isIdWord(word)) throw new UsageError(`${command}: name one id.`);
  return Number(word);
}

/** `prune rules …`: list, add, enable, disable, dry-run, run, export, import. */
export async function rulesCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const action = oneOf(
    verb,
    ['list', 'add', 'enable', 'disable', 'dry-run', 'run', 'export', 'import'] as const,
    `prune rules (${RULES_USAGE})`,
  );
  const { values, positionals } = parseCommand(rest, {
    json: { type: 'boolean', default: false },
  });
  return withCore(values.db, async (core) => {
    switch (action) {
      case 'list': {
        const rules = await call(core, 'rulesList', {});
        if (values.json) json(rules.map(({ id, name, enabled, rule }) => ({ id, name, enabled, rule })));
        else for (const r of rules) console.log(`${r.id}\t${r.enabled ? 'on ' : 'off'}\t${r.name}\t${r.sentence}`);
        return 0;
      }
      case 'add': {
        if (positionals.length !== 1) throw new UsageError('prune rules add: name one rule file (JSON).');
        const { id } = await call(core, 'rulesSave', { rule: await readJsonFile(positionals[0]!) });
        console.log(id);
        return 0;
      }
      case 'enable':
      case 'disable': {
        const id = oneId(positionals, `prune rules ${action}`);
        await call(core, 'rulesSetEnabled', { id, enabled: action === 'enable' });
        console.log(`Rule ${id} ${action}d.`);
        return 0;
      }
      case 'dry-run': {
        if (positionals.length !== 1) throw new UsageError('prune rules dry-run: name a rule id or a rule file.');
        const word = positionals[0]!;
        const input = isIdWord(word) ? { id: Number(word) } : { rule: await readJsonFile(word) };
        const { matches, sample, sentence } = await call(core, 'rulesDryRun', input);
        if (values.json) json({ matches, sample });
        else {
          console.log(`${sentence}\n${plural(matches, 'match', 'matches')}`);
          for (const s of sample) console.log(`${s.id}\t${s.why.replace(/^[^:]*: /, '')}\t${s.name}`);
        }
        return 0;
      }
      case 'run': {
        const summary = await call(core, 'rulesRun', {});
        if (values.json) json(summary);
        else console.log(`${plural(summary.rules, 'rule')} ran; ${plural(summary.proposals, 'proposal')} to review.`);
        return 0;
      }
      case 'export': {
        process.stdout.write((await call(core, 'rulesExport', {})).json);
        return 0;
      }
      case 'import': {
        if (positionals.length !== 1) throw new UsageError('prune rules import: name one rules file (JSON).');
        const text = JSON.stringify(await readJsonFile(positionals[0]!));
        const { ids } = await call(core, 'rulesImport', { json: text });
        console.log(`${plural(ids.length, 'rule')} imported (disabled): ${ids.join(', ')}`);
        return 0;
      }
    }
  });
}

/** `prune review …`: the proposals the rules made. */
export async function reviewCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const action = oneOf(verb, ['list', 'accept', 'dismiss'] as const, `prune review (${REVIEW_USAGE})`);
  const { values, positionals } = parseCommand(rest, { json: { type: 'boolean', default: false } });
  return withCore(values.db, async (core) => {
    if (action === 'list') {
      const proposals = await call(core, 'reviewList', {});
      if (values.json)
        json(
          proposals.map(({ id, ruleId, contactId, action: act, why }) => ({ id, ruleId, contactId, action: act, why })),
        );
      else
        for (const p of proposals)
          console.log(`${p.id}\t${p.action.kind}\t${p.contactName} (#${p.contactId})\t${p.why}`);
      return 0;
    }
    if (positionals.length === 0 || !positionals.every(isIdWord))
      throw new UsageError(`prune review ${action}: name one or more proposal ids (see prune review list).`);
    const ids = positionals.map(Number);
    if (action === 'accept') {
      const result = await call(core, 'reviewAccept', { ids });
      console.log(`Accepted ${plural(result.accepted, 'proposal')}. Undo with: prune undo`);
    } else {
      const { dismissed } = await call(core, 'reviewDismiss', { ids });
      console.log(
        `Dismissed ${plural(dismissed, 'proposal')}: they return only if what the rule reads changes (prune undo brings them back).`,
      );
    }
    return 0;
  });
}

/** `prune protect|unprotect <contactId>`: "never suggest this person", or undo that. */
export function protectCommand(isProtected: boolean) {
  return async (args: string[]): Promise<number> => {
    const { values, positionals } = parseCommand(args, {});
    const contactId = oneId(positionals, isProtected ? 'prune protect' : 'prune unprotect');
    await withCore(values.db, (core) => call(core, 'contactProtect', { contactId, protected: isProtected }));
    console.log(
      isProtected
        ? `Contact ${contactId} is protected: no rule will suggest them.`
        : `Contact ${contactId} is no longer protected.`,
    );
    return 0;
  };
}
