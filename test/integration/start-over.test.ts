import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../shared/ipc.js';
import { checkRosterFile } from '../../electron/core/backup/roster-file-check.js';
import { createCore, type Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { contactsIn } from '../helpers/roster-files.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const NOW = new Date('2026-11-23T10:00:00Z');

describe('the sample flag and starting over', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: Core;
  const rosterFile = () => path.join(temp.dir, 'roster.db');

  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    // Every answer within its channel's output schema, as the windows receive it.
    return contract[channel].output.parse(result.value) as ChannelOutput<C>;
  }
  const scalar = (query: string): unknown => core.db.prepare(query).pluck().get();

  beforeEach(async () => {
    temp = makeTempDir();
    core = await createCore({ dataDir: temp.dir, host: 'cli', version: 'test', now: () => NOW });
  });
  afterEach(() => {
    core.close();
    temp.cleanup();
  });

  it('a new roster is not the sample; loading the sample says so', async () => {
    expect(await call('rosterOrigin', {})).toEqual({
      sampleLoaded: false,
      people: 0,
      backupsDir: path.join(temp.dir, 'backups'),
    });
    await call('sampleLoad', { size: 60 });
    const origin = await call('rosterOrigin', {});
    expect(origin.sampleLoaded).toBe(true);
    expect(origin.people).toBe(scalar('SELECT count(*) FROM contacts'));
    expect(origin.people).toBeGreaterThanOrEqual(60);
  });

  it('a real import alone does not count as the sample', async () => {
    const bytes = new TextEncoder().encode(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'Ada,Lovelace,https://www.linkedin.com/in/ada-l,,Engines,Analyst,01 Jan 2020\n',
    );
    await call('importFiles', { files: [{ name: 'Connections.csv', bytes }] });
    expect(await call('rosterOrigin', {})).toMatchObject({ sampleLoaded: false, people: 1 });
  });

  it('starts over: a verified backup of the old roster, then a roster as a new user gets it, preferences kept', async () => {
    const rulesOf = async () =>
      (await call('rulesList', {})).map(({ name, enabled, starter }) => ({ name, enabled, starter }));
    const starterRules = await rulesOf();
    expect(starterRules.length).toBeGreaterThan(0);
    expect(starterRules.every((rule) => rule.starter && !rule.enabled)).toBe(true);
    await call('sampleLoad', { size: 60 });
    const people = scalar('SELECT count(*) FROM contacts') as number;
    // Data a start over clears: a removal (history), a rule of your own, an enabled starter rule.
    const [first] = (await call('rosterQuery', { status: 'active' })).ids;
    await call('contactsRemove', { ids: [first!], reason: 'test' });
    await call('rulesSave', {
      rule: {
        name: 'Mine',
        when: { field: 'connected_on', op: 'before', value: '2016-01-01' },
        then: { kind: 'flag' },
      },
      enabled: true,
    });
    await call('rulesSetEnabled', { id: (await call('rulesList', {}))[0]!.id, enabled: true });
    // Preferences it keeps.
    await call('reconnectSettingsSave', { myName: 'Sam Example', reminderDays: 9 });
    await call('feedSettingsSet', { remoteImages: true, retentionDays: 90 });
    expect(scalar('SELECT count(*) FROM feed_posts')).toBeGreaterThan(0);

    const result = await call('startOver', {});
    expect(result.cleared).toBe(people);
    expect(path.dirname(result.backup)).toBe(path.join(temp.dir, 'backups'));
    expect(path.basename(result.backup)).toMatch(/^before-start-over-2026-11-23T10-00-00-000Z\.db$/);
    expect(checkRosterFile(result.backup)).toMatchObject({ ok: true });
    expect(contactsIn(result.backup)).toBe(people);
    const old = new Database(result.backup, { readonly: true });
    expect(old.prepare("SELECT count(*) FROM rules WHERE name = 'Mine'").pluck().get()).toBe(1);
    old.close();

    expect(await call('rosterOrigin', {})).toMatchObject({ sampleLoaded: false, people: 0 });
    for (const table of [
      'contacts',
      'identity_keys',
      'feeds',
      'feed_posts',
      'batches',
      'audit_log',
      'imports',
      'hide_rules',
    ]) {
      expect({ table, rows: scalar(`SELECT count(*) FROM ${table}`) }).toEqual({ table, rows: 0 });
    }
    expect(await rulesOf()).toEqual(starterRules);
    expect((await call('historyState', {})).undo).toBeNull();
    expect(await call('reconnectSettings', {})).toEqual({ myName: 'Sam Example', reminderDays: 9 });
    expect(await call('feedSettings', {})).toMatchObject({ remoteImages: true, retentionDays: 90 });
    expect((await call('reconnectTemplates', {})).length).toBeGreaterThan(0);
    expect(core.db.pragma('user_version', { simple: true })).toBe(core.schemaVersion);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // The roster works as any new one: the sample loads again.
    await call('sampleLoad', { size: 30 });
    expect((await call('rosterOrigin', {})).sampleLoaded).toBe(true);
  });

  it('the backup restores the roster as it was', async () => {
    await call('sampleLoad', { size: 40 });
    const people = scalar('SELECT count(*) FROM contacts');
    const { backup } = await call('startOver', {});
    await call('backupRestore', { file: backup });
    expect(scalar('SELECT count(*) FROM contacts')).toBe(people);
    expect((await call('rosterOrigin', {})).sampleLoaded).toBe(true);
  });

  it('an in-memory roster has nothing to start over from and says so', async () => {
    const { memoryCore } = await import('../helpers/memory-core.js');
    const memory = memoryCore(NOW.toISOString());
    const result = await dispatch(memory, 'startOver', {});
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/in memory/) } });
    memory.close();
    expect(rosterFile()).toContain('roster.db');
  });
});
