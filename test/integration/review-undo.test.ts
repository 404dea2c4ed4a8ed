import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc.js';
import { corpusFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

type ImportFile = ChannelInput<'importFiles'>['files'][number];
const NOW = '2024-06-01T12:00:00.000Z';

/** Dismiss and "Never suggest" are entries of the one undo history, like Accept (issue 12). */
describe('undoing dismissals and protections', () => {
  let core: Core;
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ChannelOutput<C>;
  }
  const names = async () => (await call('reviewList', {})).map((proposal) => proposal.contactName);
  const proposalOf = async (name: string) => (await call('reviewList', {})).find((p) => p.contactName === name)!;
  const dismissedRows = () => core.db.prepare('SELECT count(*) FROM rule_dismissals').pluck().get();

  beforeEach(async () => {
    core = memoryCore(NOW);
    await call('importFiles', { files: [corpusFile('linkedin', 'Connections.csv') as ImportFile] });
    const stale = (await call('rulesList', {})).find((rule) => rule.name === 'Stale connections')!;
    await call('rulesSetEnabled', { id: stale.id, enabled: true });
    await call('rulesRun', { ruleId: null });
  });
  afterEach(() => core.close());

  it('undoes a dismissal after an earlier accept, newest first, and redoes it', async () => {
    await call('reviewAccept', { ids: [(await proposalOf('Ada Lovelace')).id] });
    const linus = await proposalOf('Linus Torvalds');
    const { batchId } = await call('reviewDismiss', { ids: [linus.id] });
    expect(batchId).not.toBeNull();
    expect(await names()).toEqual([]);
    expect((await call('historyState', {})).undo).toMatchObject({ action: 'dismiss', label: 'Dismiss Linus Torvalds' });

    // Ctrl+Z reverses the dismissal, not the accept before it: the same proposal is back, nothing remembered.
    expect(await call('undo', {})).toMatchObject({ action: 'dismiss', label: 'Dismiss Linus Torvalds', changed: 1 });
    expect(await call('reviewList', {})).toEqual([linus]);
    expect(dismissedRows()).toBe(0);
    // A rules run does not bring a dismissal back.
    await call('rulesRun', { ruleId: null });
    expect(await names()).toEqual(['Linus Torvalds']);
    expect((await call('historyState', {})).redo?.label).toBe('Dismiss Linus Torvalds');

    await call('redo', {});
    expect(await names()).toEqual([]);
    expect(dismissedRows()).toBe(1);
    await call('rulesRun', { ruleId: null });
    expect(await names()).toEqual([]);
    // The accept is still next in line after the dismissal.
    await call('undo', {});
    expect((await call('historyState', {})).undo?.label).toBe('Remove Ada Lovelace');
  });

  it('names a dismissal of several proposals by their count', async () => {
    const ids = (await call('reviewList', {})).map((proposal) => proposal.id);
    await call('reviewDismiss', { ids });
    expect((await call('historyState', {})).undo?.label).toBe('Dismiss 2 proposals');
    await call('undo', {});
    expect(await names()).toEqual(['Ada Lovelace', 'Linus Torvalds']);
  });

  it('dismissing nothing open is no entry', async () => {
    const before = await call('historyState', {});
    expect(await call('reviewDismiss', { ids: [99999] })).toEqual({ dismissed: 0, batchId: null });
    expect(await call('historyState', {})).toEqual(before);
  });

  it('undoes "Never suggest": the protection goes and the proposals return', async () => {
    const ada = (await proposalOf('Ada Lovelace')).contactId;
    expect(await call('contactProtect', { contactId: ada, protected: true })).toEqual({ changed: true });
    expect(await names()).toEqual(['Linus Torvalds']);
    expect((await call('historyState', {})).undo).toMatchObject({
      action: 'protect',
      label: 'Never suggest Ada Lovelace',
    });
    const isProtected = () =>
      core.db.prepare('SELECT count(*) FROM protected_contacts WHERE contact_id = ?').pluck().get(ada);

    await call('undo', {});
    expect(isProtected()).toBe(0);
    expect(await names()).toEqual(['Ada Lovelace', 'Linus Torvalds']);
    await call('redo', {});
    expect(isProtected()).toBe(1);
    expect(await names()).toEqual(['Linus Torvalds']);
    // Protecting someone already protected changes nothing and makes no entry.
    const before = await call('historyState', {});
    expect(await call('contactProtect', { contactId: ada, protected: true })).toEqual({ changed: false });
    expect(await call('historyState', {})).toEqual(before);
  });
});
