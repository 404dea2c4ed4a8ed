import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc.js';
import { textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';
type ImportFile = ChannelInput<'importFiles'>['files'][number];

const NOW = '2026-11-01T12:00:00.000Z';
const CONNECTIONS =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
  'Aarav,Example,https://www.linkedin.com/in/aarav-acme,,Acme,Engineer,04 Jul 2018\n' +
  'Aarav,Example,https://www.linkedin.com/in/aarav-globex,,Globex,Engineer,01 Mar 2020\n' +
  'Bea,Single,https://www.linkedin.com/in/bea,,Initech,CTO,01 Mar 2020\n';

describe('look-alikes say what tells them apart', () => {
  let core: Core;
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ChannelOutput<C>;
  }
  const lookAlikes = async () => (await call('rulesList', {})).find((rule) => rule.name === 'Look-alikes')!;

  beforeEach(async () => {
    core = memoryCore(NOW);
    await call('importFiles', { files: [textFile('Connections.csv', CONNECTIONS) as ImportFile] });
  });
  afterEach(() => core.close());

  it('names the other person and the facts that differ, in the dry run and in Review', async () => {
    const rule = await lookAlikes();
    const dry = await call('rulesDryRun', { id: rule.id });
    expect(dry.matches).toBe(2);
    // Same source and no email on either side: only company and connection date are named.
    expect(dry.sample.map((match) => match.why).sort()).toEqual([
      'Look-alikes: same name as Aarav Example (Acme, connected 4 Jul 2018); this one: Globex, connected 1 Mar 2020',
      'Look-alikes: same name as Aarav Example (Globex, connected 1 Mar 2020); this one: Acme, connected 4 Jul 2018',
    ]);

    await call('rulesSetEnabled', { id: rule.id, enabled: true });
    await call('rulesRun', { ruleId: null });
    const review = await call('reviewList', {});
    expect(review).toHaveLength(2);
    const [first, second] = review;
    expect(first!.lookAlikeIds).toEqual([second!.contactId]);
    expect(second!.lookAlikeIds).toEqual([first!.contactId]);
    expect(first!.mergeProposalId).toBeNull();
    expect(first!.why).toMatch(/^Look-alikes: same name as Aarav Example \(/);
  });

  it('adds a source and an email domain when they are what differs', async () => {
    const card =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Single\r\nORG:Initech\r\nEMAIL:bea@home.example\r\nEND:VCARD\r\n';
    await call('importFiles', { files: [textFile('other.vcf', card) as ImportFile] });
    const people = await call('contactsList', { query: { search: 'Bea Single' } });
    expect(people).toHaveLength(2); // a different email and no shared key: kept apart
    const dry = await call('rulesDryRun', { id: (await lookAlikes()).id });
    const bea = dry.sample.filter((match) => match.name === 'Bea Single').map((match) => match.why);
    expect(bea).toContain(
      'Look-alikes: same name as Bea Single (vCard, no connection date, @home.example); this one: LinkedIn, connected 1 Mar 2020, no email',
    );
  });

  it('proposes merging a pair once, and the Review row then points at that proposal', async () => {
    const rule = await lookAlikes();
    await call('rulesSetEnabled', { id: rule.id, enabled: true });
    await call('rulesRun', { ruleId: null });
    const [first] = await call('reviewList', {});
    const other = first!.lookAlikeIds![0]!;
    const { id } = await call('reviewProposeMerge', { contactId: first!.contactId, otherId: other });
    expect(await call('reviewProposeMerge', { contactId: other, otherId: first!.contactId })).toEqual({ id });
    const merges = await call('mergeList', {});
    expect(merges.map((merge) => merge.id)).toContain(id);
    const again = (await call('reviewList', {})).find((proposal) => proposal.id === first!.id)!;
    expect(again.mergeProposalId).toBe(id);
    // A dismissed proposal opens again when the user asks for it.
    await call('mergeResolve', { id, action: 'dismiss', survivors: {} });
    expect((await call('reviewList', {})).find((p) => p.id === first!.id)!.mergeProposalId).toBeNull();
    await call('reviewProposeMerge', { contactId: first!.contactId, otherId: other });
    expect((await call('mergeList', {})).map((merge) => merge.id)).toContain(id);
    const refused = await dispatch(core, 'reviewProposeMerge', { contactId: other, otherId: other });
    expect(refused.ok).toBe(false);
  });
});
