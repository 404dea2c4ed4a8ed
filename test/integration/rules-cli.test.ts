import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPath, makeTempDir } from '../helpers/temp-dir.js';
import { prune } from './real-shapes/cli.js';

interface Proposal {
  id: number;
  ruleId: number;
  contactId: number;
  action: { kind: string };
  why: string;
}

describe('prune rules, review, protect', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());
  const db = path.join(temp.dir, 'rules.db');
  const file = (name: string, value: unknown) => {
    const target = path.join(temp.dir, name);
    writeFileSync(target, JSON.stringify(value));
    return target;
  };
  const json = async <T>(...args: string[]): Promise<T> => {
    const result = await prune(...args, '--db', db, '--json');
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as T;
  };
  const rule = {
    name: 'Before 2016',
    when: {
      all: [
        { field: 'connected_on', op: 'before', value: '2016-01-01' },
        { field: 'sources', op: 'only', value: 'linkedin' },
      ],
    },
    then: { kind: 'remove' },
  };

  it('adds, lists, dry-runs, enables and runs a rule; reviews, undoes and protects', async () => {
    expect((await prune('import', corpusPath('linkedin/Connections.csv'), '--db', db)).code).toBe(0);
    const added = await prune('rules', 'add', file('rule.json', rule), '--db', db);
    expect(added.code).toBe(0);
    const id = Number(added.stdout.trim());
    const listed = await json<{ id: number; name: string; enabled: boolean; rule: unknown }[]>('rules', 'list');
    expect(listed.find((entry) => entry.id === id)).toEqual({ id, name: 'Before 2016', enabled: false, rule });

    const dry = await json<{ matches: number; sample: { id: number; name: string; why: string }[] }>(
      'rules',
      'dry-run',
      String(id),
    );
    expect(dry.matches).toBe(2);
    expect(dry.sample.map((match) => match.name)).toEqual(['Ada Lovelace', 'Linus Torvalds']);
    expect(dry.sample[0]!.why).toMatch(/^Before 2016: connected 10 Dec 2015 \(over \d+ years ago\), only on LinkedIn$/);
    // A rule file dry-runs too, without being stored.
    const fromFile = await json<{ matches: number }>(
      'rules',
      'dry-run',
      file('any.json', { ...rule, when: { all: [] } }),
    );
    expect(fromFile.matches).toBe(4);

    const bad = await prune(
      'rules',
      'dry-run',
      file('bad.json', { ...rule, when: { any: [{ field: 'conected_on', op: 'unknown' }] } }),
      '--db',
      db,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('when.any[0].field: unknown fact "conected_on"');

    expect((await prune('rules', 'enable', String(id), '--db', db)).code).toBe(0);
    expect(await json('rules', 'run')).toEqual({ rules: 1, proposals: 2 });
    const proposals = await json<Proposal[]>('review', 'list');
    expect(proposals).toHaveLength(2);
    expect(proposals[0]).toEqual({
      id: expect.any(Number),
      ruleId: id,
      contactId: dry.sample[0]!.id,
      action: { kind: 'remove' },
      why: dry.sample[0]!.why,
    });

    expect((await prune('review', 'dismiss', String(proposals[0]!.id), '--db', db)).code).toBe(0);
    expect((await prune('review', 'accept', String(proposals[1]!.id), '--db', db)).code).toBe(0);
    expect(await json<unknown[]>('contacts', '--status', 'trashed')).toHaveLength(1);
    expect(await json<unknown[]>('review', 'list')).toEqual([]);

    const undone = await prune('undo', '--db', db);
    expect(undone.stdout).toMatch(/Linus Torvalds/);
    expect(await json<unknown[]>('contacts', '--status', 'trashed')).toHaveLength(0);
    expect((await json<Proposal[]>('review', 'list')).map((p) => p.contactId)).toEqual([proposals[1]!.contactId]);

    expect((await prune('protect', String(proposals[1]!.contactId), '--db', db)).code).toBe(0);
    expect(await json<unknown[]>('review', 'list')).toEqual([]);
    expect(await json('rules', 'run')).toEqual({ rules: 1, proposals: 0 });
    expect((await prune('unprotect', String(proposals[1]!.contactId), '--db', db)).code).toBe(0);
    expect(await json('rules', 'run')).toEqual({ rules: 1, proposals: 1 });

    // Dismiss and protect are in the one history too: `prune undo` reverses them, newest first.
    const [open] = await json<Proposal[]>('review', 'list');
    const dismissed = await prune('review', 'dismiss', String(open!.id), '--db', db);
    expect(dismissed.stdout).toContain('Dismissed 1 proposal');
    expect(await json<unknown[]>('review', 'list')).toEqual([]);
    const undoDismiss = await prune('undo', '--db', db);
    expect(undoDismiss.stdout).toMatch(/^Undid: Dismiss \S.+\.$/m);
    expect(await json<Proposal[]>('review', 'list')).toEqual([open]);
    expect((await prune('protect', String(open!.contactId), '--db', db)).code).toBe(0);
    expect(await json<unknown[]>('review', 'list')).toEqual([]);
    expect((await prune('undo', '--db', db)).stdout).toMatch(/^Undid: Never suggest \S.+\.$/m);
    expect(await json<Proposal[]>('review', 'list')).toEqual([open]);
    expect(await json('rules', 'run')).toEqual({ rules: 1, proposals: 1 });

    const usage = await prune('review', 'accept', 'x', '--db', db);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain('name one or more proposal ids');
  }, 300_000);
});
