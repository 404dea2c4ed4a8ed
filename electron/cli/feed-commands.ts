import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FeedCursor, FeedItem, FeedPage } from '../../shared/feed-store.js';
import { isIdWord, oneOf, parseCommand, plural, UsageError } from './arguments.js';
import { call, withCore } from './with-core.js';

const USAGE = 'prune feed add|subscriptions|refresh|list|import-opml|export-opml';
const json = { json: { type: 'boolean', default: false } } as const;
const print = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value)}\n`);

function idWord(word: string | undefined, what: string): number {
  if (!isIdWord(word)) throw new UsageError(`${what} must be a number (an id).`);
  return Number(word);
}

function count(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${option} must be a whole number, 1 or more.`);
  return Number(value);
}

/** `prune feed …`: subscriptions, refresh and the feed itself, over the contract like every command. */
export async function feedCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  const action = oneOf(
    verb,
    ['add', 'subscriptions', 'refresh', 'list', 'import-opml', 'export-opml'] as const,
    `prune feed (${USAGE})`,
  );
  switch (action) {
    case 'add':
      return feedAdd(rest);
    case 'subscriptions':
      return feedSubscriptions(rest);
    case 'refresh':
      return feedRefresh(rest);
    case 'list':
      return feedList(rest);
    case 'import-opml':
      return importOpml(rest);
    case 'export-opml':
      return exportOpml(rest);
  }
}

async function feedAdd(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, json);
  if (positionals.length !== 2) throw new UsageError('prune feed add <contactId> <url|@user@domain>');
  const contactId = idWord(positionals[0], 'The contact');
  const result = await withCore(values.db, (core) =>
    call(core, 'feedSubscribe', { contactId, address: positionals[1]! }),
  );
  if (values.json) print(result);
  else console.log(result.feedId);
  return 0;
}

async function feedSubscriptions(args: string[]): Promise<number> {
  const { values } = parseCommand(args, { ...json, contact: { type: 'string' } });
  const contactId = values.contact === undefined ? null : idWord(values.contact, '--contact');
  const subscriptions = await withCore(values.db, (core) => call(core, 'feedSubscriptions', { contactId }));
  const listed = subscriptions.map(({ id, contactId, url, status, lastFetchedAt, lastError, posts }) => ({
    id,
    contactId,
    url,
    status,
    lastFetchedAt,
    lastError,
    posts,
  }));
  if (values.json) print(listed);
  else
    for (const s of subscriptions)
      console.log(
        `${s.id}\t${s.contactName} (#${s.contactId})\t${s.url}\t${s.status}\t${s.posts} posts${s.lastError ? `\t${s.lastError}` : ''}`,
      );
  return 0;
}

async function feedRefresh(args: string[]): Promise<number> {
  const { values } = parseCommand(args, json);
  const result = await withCore(values.db, (core) => call(core, 'feedRefresh', {}));
  const { feeds, fetched, notModified, newPosts } = result;
  const failed = result.failed.map(({ url, error }) => ({ url, error }));
  if (values.json) print({ feeds, fetched, notModified, newPosts, failed });
  else {
    console.log(
      `Refreshed ${plural(feeds, 'feed')}: ${fetched} fetched, ${notModified} unchanged, ${plural(newPosts, 'new post')}.`,
    );
    for (const failure of failed) console.log(`Failed: ${failure.url}: ${failure.error}`);
  }
  return 0;
}

async function feedList(args: string[]): Promise<number> {
  const { values } = parseCommand(args, {
    ...json,
    all: { type: 'boolean', default: false },
    contact: { type: 'string' },
    limit: { type: 'string' },
  });
  const contactId = values.contact === undefined ? null : idWord(values.contact, '--contact');
  const limit = count(values.limit, '--limit') ?? 50;
  const items = await withCore(values.db, async (core) => {
    const found: FeedItem[] = [];
    let cursor: FeedCursor | null = null;
    while (found.length < limit) {
      const page: FeedPage = await call(core, 'feedPage', {
        cursor,
        limit: Math.min(500, limit - found.length),
        includeHidden: values.all,
        contactId,
      });
      found.push(...page.items);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return found;
  });
  const listed = items.map(({ id, contactId, feedId, title, url, publishedAt, hidden }) => ({
    id,
    contactId,
    feedId,
    title,
    url,
    publishedAt,
    hidden: hidden && { reason: hidden.reason },
  }));
  if (values.json) print(listed);
  else
    for (const item of items)
      console.log(
        `${item.id}\t${item.publishedAt}\t${item.contactName}\t${item.title ?? item.summary ?? ''}${item.hidden ? `\t(${item.hidden.reason})` : ''}`,
      );
  return 0;
}

async function importOpml(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { ...json, 'new-people': { type: 'boolean', default: false } });
  if (positionals.length !== 1) throw new UsageError('prune feed import-opml <file>');
  const file = path.resolve(positionals[0]!);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // An OPML file with --new-people can start a roster, as an import of contacts can.
  const result = await withCore(
    values.db,
    (core) => call(core, 'feedImportOpml', { bytes, createPeople: values['new-people'] }),
    { create: true },
  );
  if (values.json) print(result);
  else {
    console.log(
      `Subscribed ${plural(result.subscribed.length, 'feed')}; ${plural(result.created, 'new person', 'new people')}.`,
    );
    for (const outline of result.unmatched)
      console.log(`Not matched to anyone: ${outline.title ?? ''} ${outline.xmlUrl} (add them with --new-people)`);
    if (result.undoLabel) console.log(`prune undo takes it back (${result.undoLabel}).`);
  }
  return 0;
}

async function exportOpml(args: string[]): Promise<number> {
  const { values } = parseCommand(args, { out: { type: 'string' } });
  if (!values.out) throw new UsageError('--out names the file to write.');
  const out = path.resolve(values.out);
  const exported = await withCore(values.db, (core) => call(core, 'feedExportOpml', {}));
  // Whole or not at all: a half-written file never takes the name.
  const temporary = `${out}.${process.pid}.tmp`;
  await writeFile(temporary, exported.text);
  await rename(temporary, out);
  console.log(`Wrote ${plural(exported.count, 'feed')} to ${out}.`);
  return 0;
}
