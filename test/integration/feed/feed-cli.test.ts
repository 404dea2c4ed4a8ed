import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli/cli.js';
import { rssOfPosts, startFeedServer, type FeedServer } from '../../helpers/feed-server.js';
import { corpusPath, makeTempDir } from '../../helpers/temp-dir.js';
import { prune } from '../real-shapes/cli.js';

let server: FeedServer;
const temp = makeTempDir();
const db = () => path.join(temp.dir, 'feed.db');

beforeAll(async () => {
  const etagged = (name: string) => (request: IncomingMessage, response: ServerResponse) => {
    if (request.headers['if-none-match'] === '"1"') response.writeHead(304).end();
    else response.writeHead(200, { ETag: '"1"' }).end(rssOfPosts(name, 6));
  };
  server = await startFeedServer({ '/ada.xml': etagged('ada'), '/grace.xml': etagged('grace') });
});
afterAll(async () => {
  await server.close();
  temp.cleanup();
});

/**
 * The CLI in-process (the same runCli as bin.mjs), capturing what it prints: a spawned process per
 * command costs seconds on this machine. One test below runs the real binary.
 */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void (stdout += `${parts.join(' ')}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => void (stderr += `${parts.join(' ')}\n`));
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    return { code: await runCli(args), stdout, stderr };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

const json = async <T>(...args: string[]): Promise<T> => {
  const result = await cli(...args, '--db', db(), '--json');
  if (result.code !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as T;
};
const ok = async (...args: string[]): Promise<string> => {
  const result = await cli(...args, '--db', db());
  if (result.code !== 0) throw new Error(result.stderr);
  return result.stdout.trim();
};

interface Listed {
  id: number;
  contactId: number;
  feedId: number;
  title: string;
  url: string;
  publishedAt: string;
  hidden: { reason: string } | null;
}

describe('prune feed and the hide commands, against a loopback feed server', () => {
  let ada: number;
  let grace: number;

  it('subscribes people and lists their subscriptions', async () => {
    expect((await cli('import', corpusPath('linkedin/Connections.csv'), '--db', db())).code).toBe(0);
    const people = await json<{ id: number; name: string }[]>('contacts');
    ada = people.find((p) => p.name === 'Ada Lovelace')!.id;
    grace = people.find((p) => p.name !== 'Ada Lovelace')!.id;
    expect(await ok('feed', 'add', String(ada), `${server.origin}/ada.xml`)).toMatch(/^\d+$/);
    expect(await ok('feed', 'add', String(grace), `${server.origin}/grace.xml`)).toMatch(/^\d+$/);
    const subscriptions = await json<Record<string, unknown>[]>('feed', 'subscriptions');
    expect(subscriptions).toHaveLength(2);
    expect(Object.keys(subscriptions[0]!).sort()).toEqual(
      ['contactId', 'id', 'lastError', 'lastFetchedAt', 'posts', 'status', 'url'].sort(),
    );
    expect(subscriptions.map((s) => [s.status, s.posts])).toEqual([
      ['ok', 6],
      ['ok', 6],
    ]);
  });

  it('refreshes with conditional GETs and lists updates newest first', async () => {
    expect(await json('feed', 'refresh')).toEqual({ feeds: 2, fetched: 0, notModified: 2, newPosts: 0, failed: [] });
    const listed = await json<Listed[]>('feed', 'list', '--limit', '5');
    expect(listed).toHaveLength(5);
    expect(Object.keys(listed[0]!).sort()).toEqual(
      ['contactId', 'feedId', 'hidden', 'id', 'publishedAt', 'title', 'url'].sort(),
    );
    const times = listed.map((item) => item.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(listed.every((item) => item.hidden === null)).toBe(true);
  });

  it('hides, mutes, snoozes, caps and mutes words; lists the rules; undo reverses the last', async () => {
    const [newest] = await json<Listed[]>('feed', 'list', '--limit', '1');
    expect(await ok('hide', String(newest!.id))).toMatch(/^Hide “.+”\. Undo with: prune undo$/);
    const all = await json<Listed[]>('feed', 'list', '--all', '--limit', '100');
    expect(all.find((item) => item.id === newest!.id)?.hidden).toEqual({ reason: 'Hidden' });
    expect((await json<Listed[]>('feed', 'list', '--limit', '100')).map((i) => i.id)).not.toContain(newest!.id);

    expect(await ok('mute', String(ada), '--days', '7')).toBe('Snooze Ada Lovelace for 7 days. Undo with: prune undo');
    expect(await json('feed', 'list', '--contact', String(ada))).toEqual([]);
    const snoozed = await json<Listed[]>('feed', 'list', '--all', '--contact', String(ada));
    expect(snoozed.every((item) => item.hidden?.reason.startsWith('Snoozed until '))).toBe(true);
    expect(await ok('unmute', String(ada))).toBe('End snooze of Ada Lovelace. Undo with: prune undo');

    await ok('cap', String(ada), '--per', 'day', '--max', '2');
    expect(await json<Listed[]>('feed', 'list', '--contact', String(ada))).toHaveLength(2);
    await ok('mute-word', 'grace', '--days', '30');
    const hidden = await json<{ kind: string; until: string | null; hiddenLast30Days: number }[]>('hidden');
    expect(hidden.map((rule) => [rule.kind, rule.hiddenLast30Days])).toEqual([
      ['word', 6],
      ['cap', 4],
      ['post', 1],
    ]);
    expect(hidden[0]!.until).not.toBeNull();
    expect(await ok('undo')).toBe('Undid: Mute word “grace” for 30 days.');
    expect((await json<unknown[]>('hidden')).length).toBe(2);
    await ok('uncap', String(ada));
    expect(await json<Listed[]>('feed', 'list', '--contact', String(ada))).toHaveLength(6);
    await ok('mute-word', 'post');
    expect(await json('feed', 'list')).toEqual([]);
    expect(await ok('unmute-word', 'POST')).toBe('Unmute word “post”. Undo with: prune undo');
  });

  it('refuses bad commands with a clear message', async () => {
    const badPeriod = await cli('cap', String(ada), '--per', 'month', '--max', '2', '--db', db());
    expect(badPeriod.code).toBe(1);
    expect(badPeriod.stderr).toContain('--per must be one of day, week.');
    const notMuted = await cli('unmute-word', 'nothing', '--db', db());
    expect(notMuted).toMatchObject({ code: 1, stderr: 'prune: “nothing” is not a muted word.\n' });
    // The real binary, once: exit code and message as a script sees them.
    const noPerson = await prune('mute', '9999', '--db', db());
    expect(noPerson).toMatchObject({ code: 1, stderr: 'prune: No contact with id 9999.\n' });
  });

  it('exports the subscriptions as OPML and imports them back, matched by feed URL', async () => {
    const out = path.join(temp.dir, 'feeds.opml');
    expect(await ok('feed', 'export-opml', '--out', out)).toBe(`Wrote 2 feeds to ${out}.`);
    expect(readFileSync(out, 'utf8')).toContain(`xmlUrl="${server.origin}/ada.xml"`);
    const imported = await json<{ subscribed: { contactId: number }[]; unmatched: unknown[] }>(
      'feed',
      'import-opml',
      out,
    );
    expect(imported.subscribed.map((s) => s.contactId).sort()).toEqual([ada, grace].sort());
    expect(imported.unmatched).toEqual([]);
  });
});
