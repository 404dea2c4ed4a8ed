import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { removeContacts, restoreContacts } from '../../electron/core/declutter/removal.js';
import { markChecklistItem } from '../../electron/core/export/roster-exports.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { reconnectPlan } from '../../electron/core/reconnect/plan.js';
import { listTemplates } from '../../electron/core/reconnect/templates.js';
import { textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';
import { CONNECTIONS_AGAIN, connectionsAgainFile, connectionsFile } from '../helpers/reconnect-files.js';

const IMPORTED = '2026-10-01T09:00:00.000Z';
const REMOVED = '2026-10-02T09:00:00.000Z';
const LATER = '2026-10-20T09:00:00.000Z';
const NOW = new Date('2026-11-01T12:00:00.000Z');

const FOLLOWS = 'Account address,Show boosts,Notify on new posts,Languages\n';
const following = (...handles: string[]) =>
  textFile('following_accounts.csv', FOLLOWS + handles.map((h) => `${h},true,false,\n`).join(''));

describe('reconnect plan: was the removal carried out on each service?', () => {
  let core: Core;
  beforeEach(() => {
    core = memoryCore(NOW.toISOString());
  });
  afterEach(() => core.close());
  const idOf = (name: string) =>
    core.db.prepare('SELECT id FROM contacts WHERE display_name = ?').pluck().get(name) as number;
  const importAt = (iso: string, ...files: Parameters<typeof runImport>[1]) =>
    runImport(core.db, files, { now: () => new Date(iso) });

  it('only in the Trash, checklist unticked: Restore is enough, no apology, LinkedIn not carried out', async () => {
    await importAt(IMPORTED, connectionsFile());
    const tomas = idOf('Tomas Reyes');
    removeContacts(core.db, [tomas], null, REMOVED);
    const plan = reconnectPlan(core.db, tomas, NOW);
    expect(plan.contactStatus).toBe('trashed');
    expect(plan.removals).toEqual([{ service: 'linkedin', carriedOut: false, evidence: null, at: null }]);
    expect(plan.restoreIsEnough).toBe(true);
    const templates = listTemplates(core.db);
    expect(plan.templateId).toBe(templates[1]!.id);
    expect(plan.message).not.toMatch(/by mistake/);
    expect(plan.subject).not.toMatch(/Sorry/);
  });

  it('carried out on LinkedIn (checklist ticked): the apology leads, no Restore-only path', async () => {
    await importAt(IMPORTED, connectionsFile());
    const tomas = idOf('Tomas Reyes');
    removeContacts(core.db, [tomas], null, REMOVED);
    markChecklistItem(core.db, tomas, true, LATER);
    const plan = reconnectPlan(core.db, tomas, NOW);
    expect(plan.removals).toEqual([{ service: 'linkedin', carriedOut: true, evidence: 'checklist', at: LATER }]);
    expect(plan.restoreIsEnough).toBe(false);
    expect(plan.templateId).toBe(listTemplates(core.db)[0]!.id);
    expect(plan.message).toMatch(/removed you by mistake/);
    expect(plan.suggested).toBe('https://www.linkedin.com/in/tomas-reyes');

    // Unticking takes it back: nothing was carried out after all.
    markChecklistItem(core.db, tomas, false, LATER);
    expect(reconnectPlan(core.db, tomas, NOW).restoreIsEnough).toBe(true);
  });

  it('carried out on LinkedIn (a later Connections export leaves them out); one it still lists was not', async () => {
    await importAt(IMPORTED, connectionsFile());
    const ines = idOf('Ines Okafor');
    const tomas = idOf('Tomas Reyes');
    removeContacts(core.db, [ines, tomas], null, REMOVED);
    await importAt(LATER, connectionsAgainFile()); // lists Mira and Tomas, not Ines
    expect(reconnectPlan(core.db, ines, NOW).removals).toEqual([
      { service: 'linkedin', carriedOut: true, evidence: 'later-export', at: LATER },
    ]);
    const still = reconnectPlan(core.db, tomas, NOW);
    expect(still.removals).toEqual([{ service: 'linkedin', carriedOut: false, evidence: null, at: null }]);
    expect(still.restoreIsEnough).toBe(true);
  });

  it('a LinkedIn connection without a profile page cannot be ticked: Prune cannot tell, so no Restore-only claim', async () => {
    await importAt(IMPORTED, connectionsFile());
    const ines = idOf('Ines Okafor');
    removeContacts(core.db, [ines], null, REMOVED);
    const plan = reconnectPlan(core.db, ines, NOW);
    expect(plan.removals).toEqual([{ service: 'linkedin', carriedOut: null, evidence: null, at: null }]);
    expect(plan.restoreIsEnough).toBe(false);
    expect(plan.templateId).toBe(listTemplates(core.db)[0]!.id);
  });

  it('an export older than the removal proves nothing', async () => {
    await importAt(IMPORTED, connectionsFile());
    await importAt('2026-10-01T10:00:00.000Z', connectionsAgainFile()); // before the removal, without Ines
    const ines = idOf('Ines Okafor');
    removeContacts(core.db, [ines], null, REMOVED);
    expect(reconnectPlan(core.db, ines, NOW).removals[0]!.carriedOut).toBeNull();
  });

  it('an export older than the removal proves nothing for someone on the checklist either', async () => {
    await importAt(IMPORTED, connectionsFile());
    const onlyMira = CONNECTIONS_AGAIN.split('\n').slice(0, 2).join('\n') + '\n';
    await importAt('2026-10-01T10:00:00.000Z', textFile('Connections.csv', onlyMira)); // before the removal
    const tomas = idOf('Tomas Reyes');
    removeContacts(core.db, [tomas], null, REMOVED);
    expect(reconnectPlan(core.db, tomas, NOW).restoreIsEnough).toBe(true);
  });

  it('carried out on Mastodon: a follows export taken after the removal no longer lists them', async () => {
    await importAt(IMPORTED, following('krzysztof@social.example', 'ada@fosstodon.example'));
    const [krzysztof, ada] = core.db
      .prepare('SELECT contact_id FROM contact_handles ORDER BY handle DESC')
      .pluck()
      .all() as [number, number];
    removeContacts(core.db, [krzysztof, ada], null, REMOVED);
    const before = reconnectPlan(core.db, krzysztof, NOW);
    expect(before.removals).toEqual([{ service: 'mastodon', carriedOut: false, evidence: null, at: null }]);
    expect(before.restoreIsEnough).toBe(true);

    await importAt(LATER, following('ada@fosstodon.example'));
    const after = reconnectPlan(core.db, krzysztof, NOW);
    expect(after.removals).toEqual([{ service: 'mastodon', carriedOut: true, evidence: 'later-export', at: LATER }]);
    expect(after.restoreIsEnough).toBe(false);
    expect(after.suggested).toBe('@krzysztof@social.example');
    // Ada is still followed: the later export listed her again.
    expect(reconnectPlan(core.db, ada, NOW).restoreIsEnough).toBe(true);
  });

  it('someone in the roster has nothing to restore and no removals', async () => {
    await importAt(IMPORTED, connectionsFile());
    const tomas = idOf('Tomas Reyes');
    removeContacts(core.db, [tomas], null, REMOVED);
    restoreContacts(core.db, [tomas], LATER);
    const plan = reconnectPlan(core.db, tomas, NOW);
    expect(plan.removals).toEqual([]);
    expect(plan.restoreIsEnough).toBe(false);
  });
});
