import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Wrong words on the command line: main prints the message with the usage and exits 1. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs with `--db` on every command and usage errors in our words. */
export function parseCommand<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, ...options } });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A word that can be an id (the contract checks the number itself). */
export const isIdWord = (word: string | undefined): word is string => word !== undefined && /^\d+$/.test(word);

/**
 * Contact ids from the arguments, or one per line from standard input when the only
 * argument is `-`: 120,000 ids fit through a pipe, not through an argument list. Only the
 * text → number step is here; the contract's Id schema checks the numbers.
 */
export async function contactIdArguments(
  positionals: readonly string[],
  command: string,
  stdin: AsyncIterable<string | Buffer> = process.stdin,
): Promise<number[]> {
  const words = positionals.length === 1 && positionals[0] === '-' ? await readLines(stdin) : positionals;
  if (words.length === 0)
    throw new UsageError(`prune ${command}: name at least one contact id (or - to read them from stdin).`);
  return words.map((word) => {
    if (!isIdWord(word)) throw new UsageError(`"${word}" is not a contact id.`);
    return Number(word);
  });
}

async function readLines(stream: AsyncIterable<string | Buffer>): Promise<string[]> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A choice among fixed words, e.g. --status or --format. */
export function oneOf<const T extends string>(value: string | undefined, allowed: readonly T[], option: string): T {
  const found = allowed.find((word) => word === value);
  if (!found) throw new UsageError(`${option} must be one of ${allowed.join(', ')}.`);
  return found;
}

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
