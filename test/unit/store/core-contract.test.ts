import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir.js';
import { windowChannels, type EventName } from '../../../shared/ipc.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { createCoreForDatabase } from '../../../electron/core/core.js';
import { openDatabase } from '../../../electron/core/db/open-database.js';
import { memoryCore } from '../../helpers/memory-core.js';
import { LOOK_ALIKES } from './fixtures.js';
import { inProcessApi } from './in-process-api.js';
import { exerciseFeedChannels } from './exercise-feed-channels.js';
import { exerciseRulesChannels } from './exercise-rules-channels.js';

describe('the core behind every host', () => {
  it('runs one write at a time, and "busy" names the job that is running', async () => {
    const core = memoryCore();
    const { api } = inProcessApi(core);
    const file = {
      name: 'c.csv',
      bytes: new TextEncoder().encode('First Name,Last Name,Company\nAda,Lovelace,Acme\n'),
    };
    const importing = core.exclusive('an import', () => new Promise((resolve) => setTimeout(resolve, 50)));
    const refused = await api.importFiles({ files: [file] });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'busy', message: 'Prune is busy with an import. Wait for it to finish or cancel it.' },
    });
    await importing;
    expect((await api.importFiles({ files: [file] })).ok).toBe(true);
    core.close();
  });

  it('announces every roster change with its reason', async () => {
    const core = memoryCore();
    const { api } = inProcessApi(core);
    const heard: [EventName, unknown][] = [];
    core.subscribe((event, payload) => heard.push([event, payload]));
    const summary = await api.importFiles({
      files: [
        {
          name: 'c.vcf',
          bytes: new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n'),
        },
      ],
    });
    expect(summary.ok).toBe(true);
    const { value } = (await api.contactsList({ query: {} })) as { ok: true; value: { id: number }[] };
    await api.contactsRemove({ ids: [value[0]!.id], reason: null });
    await api.undo({});
    await api.trashPurge({ days: 0 });
    const reasons = heard.filter(([event]) => event === 'rosterChanged').map(([, payload]) => payload);
    expect(reasons).toEqual([{ reason: 'import' }, { reason: 'remove' }, { reason: 'undo' }, { reason: 'purge' }]);
    expect(heard.some(([event]) => event === 'importProgress')).toBe(true);
    core.close();
  });

  it('keeps the channels that take file paths from windows: only the CLI may call them', async () => {
    const web = createCoreForDatabase(openDatabase(':memory:'), { dataDir: ':memory:', host: 'web', version: '0' });
    expect(await dispatch(web, 'backupCreate', { out: '/tmp/x.db' })).toMatchObject({
      ok: false,
      error: { code: 'untrusted_sender' },
    });
    web.close();
  });

  it('answers every window channel of the contract within its output schema', async () => {
    const folder = makeTempDir();
    const core = createCoreForDatabase(openDatabase(':memory:'), {
      dataDir: ':memory:',
      host: 'electron',
      version: '0.0.0-test',
      now: () => new Date('2026-11-01T12:00:00.000Z'),
      // The desktop host's save dialog, answered as if the user picked a file in `folder`.
      chooseSavePath: async (name) => path.join(folder.dir, name),
    });
    const bridge = inProcessApi(core);
    const { api } = bridge;
    await api.sampleLoad({ size: 40 });
    const ids = ((await api.rosterQuery({})) as { ok: true; value: { ids: number[] } }).value.ids;
    await api.appInfo({});
    await api
      .backupRestoreLatest({})
      .then((result) => expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } }));
    await api.rosterRows({ ids: ids.slice(0, 5) });
    await api.rosterDetail({ id: ids[0]! });
    await api.rosterFacets({ status: 'active' });
    await api.contactsList({ query: { search: 'a' } });
    const lookAlikes = await Promise.all(
      LOOK_ALIKES.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    );
    await api.importFiles({ files: lookAlikes });
    await api.importCancel({});
    await api.mergeList({});
    await api.contactsRemove({ ids: ids.slice(0, 3), reason: 'r' });
    await api.contactsRestore({ ids: ids.slice(0, 1) });
    await api.undo({});
    await api.redo({});
    await api.historyState({});
    await api.trashDelete({ ids: ids.slice(1, 2) });
    await api.trashEmpty({});
    await api.trashPurge({ days: null });
    await api.reappearedDismiss({ ids: ids.slice(0, 1) });
    await api.auditList({});
    await api.checklistList({});
    await api.checklistMark({ contactId: ids[1]!, done: true });
    for (const format of ['vcard', 'csv', 'mastodon-following', 'linkedin-checklist', 'audit-log'] as const)
      await api.exportRoster({ format });
    expect(await api.exportSave({ fileName: 'kept.csv', text: 'a,b\n' })).toEqual({
      ok: true,
      value: { savedTo: path.join(folder.dir, 'kept.csv') },
    });
    expect(readFileSync(path.join(folder.dir, 'kept.csv'), 'utf8')).toBe('a,b\n');
    const proposals = (await api.mergeList({})) as { ok: true; value: { id: number }[] };
    expect(proposals.value.length).toBeGreaterThan(0);
    await api.mergeResolve({ id: proposals.value[0]!.id, action: 'accept' });
    await exerciseFeedChannels(api, ids.at(-1)!);
    await api.reconnectSettingsSave({ myName: 'Sam Example', reminderDays: 10 });
    await api.reconnectSettings({});
    const [template] = ((await api.reconnectTemplates({})) as { ok: true; value: { id: number }[] }).value;
    await api.reconnectTemplateSave({ id: template!.id, name: 'Apology', subject: 'Sorry', body: 'Hi {firstName}' });
    await api.reconnectAddAddress({ contactId: ids[2]!, address: 'someone.else@home.example' });
    await api.reconnectPlan({ contactId: ids[2]! });
    await api.reconnectMark({ contactId: ids[2]!, status: 'sent', via: 'someone.else@home.example' });
    await api.reconnectList({});
    await exerciseRulesChannels(api, ids.at(-1)!);
    await api.rosterOrigin({});
    // An in-memory roster has no backups to restore and no file to start over from: those
    // answers' schemas are checked in test/integration/restore.test.ts and start-over.test.ts.
    expect(windowChannels.filter((channel) => !bridge.answered.has(channel))).toEqual([
      'backupRestoreLatest',
      'startOver',
    ]);
    core.close();
    folder.cleanup();
  });
});
