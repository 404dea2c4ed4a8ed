import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core.js';
import { dispatch } from '../../electron/core/dispatch.js';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc.js';
import { corpusFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

type ImportFile = ChannelInput<'importFiles'>['files'][number];
const NOW = '2024-06-01T12:00:00.000Z';

/** Tags, flags and hides accepted from the Review queue: each group one undo entry, undone whole. */
describe('accepting tag, flag and hide proposals', () => {
  let core: Core;
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await dispatch(core, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ChannelOutput<C>;
  }
  const idOf = async (name: string) => (await call('contactsList', { query: { search: name } }))[0]!.id;
  const tagsOf = (id: number) =>
    core.db.prepare('SELECT tag FROM contact_tags WHERE contact_id = ? ORDER BY tag').pluck().all(id);
  const activeHides = () =>
    core.db
      .prepare(
        'SELECT kind, contact_id AS contactId, max, per FROM hide_rules WHERE lifted_at IS NULL ORDER BY contact_id',
      )
      .all();

  /** Posts for a person: `count` spread over the last four weeks. */
  function posts(contactId: number, count: number) {
    const feed = Number(
      core.db
        .prepare('INSERT INTO feeds (contact_id, url, created_at) VALUES (?, ?, ?)')
        .run(contactId, `https://example.com/${contactId}.xml`, NOW).lastInsertRowid,
    );
    for (let i = 0; i < count; i++) {
      const at = new Date(Date.parse(NOW) - (i % 27) * 86_400_000 - i * 1000).toISOString();
      core.db
        .prepare(
          'INSERT INTO feed_posts (feed_id, contact_id, dedupe_key, published_at, first_seen_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(feed, contactId, `id:${i}`, at, at);
    }
  }

  beforeEach(async () => {
    core = memoryCore(NOW);
    await call('importFiles', { files: [corpusFile('linkedin', 'Connections.csv') as ImportFile] });
  });
  afterEach(() => core.close());

  it('tags a group in one history entry; undo takes exactly those tags back and reopens the proposals', async () => {
    const { id } = await call('rulesSave', {
      rule: {
        name: 'Old ties',
        when: { field: 'connected_on', op: 'before', value: '2016-01-01' },
        then: { kind: 'tag', tag: 'old' },
      },
      enabled: true,
    });
    await call('rulesRun', { ruleId: id });
    const proposals = await call('reviewList', {});
    expect(proposals.map((p) => p.contactName)).toEqual(['Ada Lovelace', 'Linus Torvalds']);
    await call('reviewAccept', { ids: proposals.map((p) => p.id) });
    const ada = await idOf('Ada Lovelace');
    expect(tagsOf(ada)).toEqual(['old']);
    expect((await call('historyState', {})).undo?.label).toBe('Accept 2 proposals');
    // The tag is a fact rules can read.
    const tagged = await call('rulesDryRun', {
      rule: { name: 't', when: { field: 'tags', op: 'includes', value: 'OLD' }, then: { kind: 'flag' } },
    });
    expect(tagged.sample.map((m) => m.why)).toEqual(['t: tagged “old”', 't: tagged “old”']);

    await call('undo', {});
    expect(tagsOf(ada)).toEqual([]);
    expect(await call('reviewList', {})).toHaveLength(2);
    await call('redo', {});
    expect(tagsOf(ada)).toEqual(['old']);
    expect(await call('reviewList', {})).toEqual([]);
  });

  it('marks flags reviewed as one entry, and undo puts them back in the queue', async () => {
    const { id } = await call('rulesSave', {
      rule: { name: 'Navy', when: { field: 'company', op: 'matches', value: '*navy' }, then: { kind: 'flag' } },
      enabled: true,
    });
    await call('rulesRun', { ruleId: id });
    const [proposal] = await call('reviewList', {});
    expect(proposal).toMatchObject({ contactName: 'Grace Hopper', why: 'Navy: at “US Navy”' });
    await call('reviewAccept', { ids: [proposal!.id] });
    expect((await call('historyState', {})).undo?.label).toBe('Accept Grace Hopper');
    await call('rulesRun', { ruleId: id });
    expect(await call('reviewList', {})).toEqual([]);
    await call('undo', {});
    expect(await call('reviewList', {})).toHaveLength(1);
  });

  it('proposes a cap for noisy posters from feed facts, applies it through the hide path, and undo lifts it', async () => {
    const linus = await idOf('Linus Torvalds');
    const grace = await idOf('Grace Hopper');
    posts(linus, 80);
    posts(grace, 20);
    const noisy = (await call('rulesList', {})).find((rule) => rule.name === 'Noisy posters')!;
    expect(noisy.sentence).toBe('Propose capping at 3 a week everyone who posts more than 15 updates a week.');
    const dry = await call('rulesDryRun', { id: noisy.id });
    expect(dry.sample.map((m) => m.why)).toEqual(['Noisy posters: 20 updates a week (last 4 weeks)']);

    const share = await call('rulesDryRun', {
      rule: { name: 's', when: { field: 'feed_share', op: 'gte', value: 50 }, then: { kind: 'mute' } },
    });
    expect(share.sample.map((m) => [m.name, m.why])).toEqual([['Linus Torvalds', 's: 80% of your feed']]);

    await call('rulesSetEnabled', { id: noisy.id, enabled: true });
    await call('rulesRun', { ruleId: null });
    const proposals = await call('reviewList', {});
    expect(proposals.map((p) => [p.contactName, p.action])).toEqual([
      ['Linus Torvalds', { kind: 'cap', max: 3, per: 'week' }],
    ]);
    await call('reviewAccept', { ids: proposals.map((p) => p.id) });
    expect(activeHides()).toEqual([{ kind: 'cap', contactId: linus, max: 3, per: 'week' }]);
    // Capped is a fact too, and the accepted proposal does not come back while the cap stands.
    await call('rulesRun', { ruleId: null });
    expect(await call('reviewList', {})).toEqual([]);
    const capped = await call('rulesDryRun', {
      rule: { name: 'c', when: { field: 'capped', op: 'is', value: true }, then: { kind: 'flag' } },
    });
    expect(capped.matches).toBe(1);

    await call('undo', {});
    expect(activeHides()).toEqual([]);
    expect((await call('reviewList', {})).map((p) => p.contactName)).toEqual(['Linus Torvalds']);
  });

  it('flags people who have gone quiet while subscribed', async () => {
    const linus = await idOf('Linus Torvalds');
    core.db
      .prepare('INSERT INTO feeds (contact_id, url, created_at) VALUES (?, ?, ?)')
      .run(linus, 'https://example.com/linus.xml', NOW);
    const quiet = (await call('rulesList', {})).find((rule) => rule.name === 'Gone quiet')!;
    const dry = await call('rulesDryRun', { id: quiet.id });
    expect(dry.sample.map((m) => m.why)).toEqual(['Gone quiet: you follow their feed, never posted']);
  });
});
