import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc.js';
type ImportFile = ChannelInput<'importFiles'>['files'][number];
import { corpusFile, textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const NOW = '2024-06-01T12:00:00.000Z';
const CONNECTIONS = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

describe('the rule engine through the contract', () => {
  let core: Core;
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ChannelOutput<C>;
  }
  async function refusal<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<string> {
    const result = await dispatch(core, channel, input);
    if (result.ok) throw new Error('expected a refusal');
    return result.error.message;
  }
  const starter = async (name: string) => (await call('rulesList', {})).find((rule) => rule.name === name)!;
  const idOf = async (name: string) => (await call('contactsList', { query: { search: name } }))[0]!.id;
  const importText = (name: string, text: string) =>
    call('importFiles', { files: [textFile(name, text) as ImportFile] });

  beforeEach(async () => {
    core = memoryCore(NOW);
    await call('importFiles', { files: [corpusFile('linkedin', 'Connections.csv') as ImportFile] });
  });
  afterEach(() => core.close());

  it('ships the starter rules disabled, each with its sentence', async () => {
    const rules = await call('rulesList', {});
    expect(rules.map((rule) => [rule.name, rule.enabled, rule.starter])).toEqual([
      ['Stale connections', false, true],
      ['One-way conversations', false, true],
      ['Changed jobs', false, true],
      ['Look-alikes', false, true],
      ['Noisy posters', false, true],
      ['Gone quiet', false, true],
    ]);
    expect(rules[0]!.sentence).toMatch(/^Propose removing everyone who connected more than 5 years ago/);
    expect(await call('reviewList', {})).toEqual([]);
  });

  it('dry-runs a stored rule: who matches and why, from their facts; nothing is written', async () => {
    const stale = await starter('Stale connections');
    const result = await call('rulesDryRun', { id: stale.id });
    expect(result.matches).toBe(2);
    expect(result.sample.map((match) => match.why)).toEqual([
      'Stale connections: connected 10 Dec 2015 (over 8 years ago), never messaged, only on LinkedIn',
      'Stale connections: connected 17 Sep 2011 (over 12 years ago), never messaged, only on LinkedIn',
    ]);
    expect(result.sample.map((match) => match.name)).toEqual(['Ada Lovelace', 'Linus Torvalds']);
    expect(await call('reviewList', {})).toEqual([]);
  });

  it('refuses a malformed rule with the path of the bad part, and stores nothing', async () => {
    const before = (await call('rulesList', {})).length;
    const message = await refusal('rulesSave', {
      rule: {
        name: 'Bad',
        when: { all: [{ field: 'conected_on', op: 'before', value: '2015-01-01' }] },
        then: { kind: 'flag' },
      },
    });
    expect(message).toContain('when.all[0].field: unknown fact "conected_on" (did you mean "connected_on"?)');
    expect(await refusal('rulesDryRun', { rule: { name: 'x', when: {}, then: { kind: 'flag' } } })).toContain(
      'when.field: must name a fact',
    );
    expect((await call('rulesList', {})).length).toBe(before);
  });

  it('accepts a group as one undo entry through the removal path; undo brings the people and the proposals back', async () => {
    const stale = await starter('Stale connections');
    await call('rulesSetEnabled', { id: stale.id, enabled: true });
    expect(await call('rulesRun', { ruleId: null })).toEqual({ rules: 1, proposals: 2 });
    const proposals = await call('reviewList', {});
    expect(proposals.map((p) => [p.contactName, p.action.kind, p.ruleId])).toEqual([
      ['Ada Lovelace', 'remove', stale.id],
      ['Linus Torvalds', 'remove', stale.id],
    ]);
    const accepted = await call('reviewAccept', { ids: proposals.map((p) => p.id) });
    expect(accepted).toMatchObject({ accepted: 2 });
    expect(accepted.batchIds).toHaveLength(1);
    expect(await call('contactsList', { query: { status: 'trashed' } })).toHaveLength(2);
    expect(await call('reviewList', {})).toEqual([]);
    expect((await call('historyState', {})).undo?.label).toBe('Remove 2 people');
    const audit = await call('auditList', {});
    expect(audit[0]!.reason).toBe('Rule: Stale connections');

    expect(await call('undo', {})).toMatchObject({ label: 'Remove 2 people', changed: 2 });
    expect(await call('contactsList', { query: { status: 'trashed' } })).toHaveLength(0);
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Ada Lovelace', 'Linus Torvalds']);
    // Redo removes them again and the queue empties again.
    await call('redo', {});
    expect(await call('reviewList', {})).toEqual([]);
  });

  it('remembers a dismissal until a fact the rule reads changes', async () => {
    const stale = await starter('Stale connections');
    await call('rulesSetEnabled', { id: stale.id, enabled: true });
    await call('rulesRun', { ruleId: null });
    const linus = (await call('reviewList', {})).find((p) => p.contactName === 'Linus Torvalds')!;
    expect(await call('reviewDismiss', { ids: [linus.id] })).toMatchObject({ dismissed: 1 });
    await call('rulesRun', { ruleId: null });
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Ada Lovelace']);
    // A fact the rule does not read changes (position): still dismissed.
    await importText(
      'c.csv',
      `${CONNECTIONS}Linus,Torvalds,https://www.linkedin.com/in/linustorvalds/,,Linux Foundation,Chief,17 Sep 2011\n`,
    );
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Ada Lovelace']);
    // One it reads changes (the connection date): the proposal returns (the import ran the rules).
    await importText(
      'c.csv',
      `${CONNECTIONS}Linus,Torvalds,https://www.linkedin.com/in/linustorvalds/,,Linux Foundation,Chief,18 Sep 2011\n`,
    );
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Ada Lovelace', 'Linus Torvalds']);
  });

  it('never suggests a protected person, until unprotected', async () => {
    const stale = await starter('Stale connections');
    await call('rulesSetEnabled', { id: stale.id, enabled: true });
    await call('rulesRun', { ruleId: null });
    const ada = await idOf('Ada Lovelace');
    expect(await call('contactProtect', { contactId: ada, protected: true })).toEqual({ changed: true });
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Linus Torvalds']);
    await call('rulesRun', { ruleId: null });
    expect((await call('rulesDryRun', { id: stale.id })).matches).toBe(1);
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Linus Torvalds']);
    await call('contactProtect', { contactId: ada, protected: false });
    await call('rulesRun', { ruleId: null });
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Ada Lovelace', 'Linus Torvalds']);
    expect(await refusal('contactProtect', { contactId: 99_999, protected: true })).toBe('There is no contact 99999.');
  });

  it('keeps the previous company with the date it changed, and the changed-field rule says so', async () => {
    const changed = await starter('Changed jobs');
    await call('rulesSetEnabled', { id: changed.id, enabled: true });
    expect(await call('rulesRun', { ruleId: null })).toEqual({ rules: 1, proposals: 0 });
    await importText(
      'c.csv',
      `${CONNECTIONS}Grace,Hopper,https://www.linkedin.com/in/gracehopper,,Yale,Rear Admiral,09 Dec 2019\n`,
    );
    const [proposal] = await call('reviewList', {});
    expect(proposal).toMatchObject({ contactName: 'Grace Hopper', action: { kind: 'flag' } });
    expect(proposal!.why).toBe(
      'Changed jobs: company changed 1 Jun 2024 (today), was “US Navy”, position never changed',
    );
  });

  it('exports rules as JSON and imports them back disabled; a bad file is refused whole, by path', async () => {
    const { json, count } = await call('rulesExport', {});
    expect(count).toBe(6);
    const { ids } = await call('rulesImport', { json });
    expect(ids).toHaveLength(6);
    const rules = await call('rulesList', {});
    expect(rules).toHaveLength(12);
    expect(rules.slice(6).every((rule) => !rule.enabled && !rule.starter)).toBe(true);
    const bad = JSON.parse(json) as { rules: { rule: { when: { all: { field: string }[] } } }[] };
    bad.rules[0]!.rule.when.all[2]!.field = 'source';
    expect(await refusal('rulesImport', { json: JSON.stringify(bad) })).toBe(
      'Nothing was imported:\nrules[0].rule.when.all[2].field: unknown fact "source" (did you mean "sources"?)',
    );
    expect(await call('rulesList', {})).toHaveLength(12);
    expect(await refusal('rulesDelete', { id: rules[0]!.id })).toMatch(/ships with Prune: disable it instead/);
    expect(await call('rulesDelete', { id: rules[7]!.id })).toEqual({ deleted: true });
  });

  it('edits a rule: its open proposals start over', async () => {
    const id = (
      await call('rulesSave', {
        rule: { name: 'Navy', when: { field: 'company', op: 'contains', value: 'navy' }, then: { kind: 'flag' } },
        enabled: true,
      })
    ).id;
    await call('rulesRun', { ruleId: id });
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Grace Hopper']);
    await call('rulesSave', {
      id,
      rule: { name: 'Linux', when: { field: 'company', op: 'startsWith', value: 'LINUX' }, then: { kind: 'flag' } },
    });
    expect(await call('reviewList', {})).toEqual([]);
    await call('rulesRun', { ruleId: id });
    expect((await call('reviewList', {})).map((p) => [p.contactName, p.ruleName])).toEqual([
      ['Linus Torvalds', 'Linux'],
    ]);
  });
});
