import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { runImport } from '../../electron/core/import/run-import.js';
import { contactListings } from '../../electron/core/roster/contact-reads.js';
import { nameLetters } from '../../electron/core/roster/handle-merge-proposals.js';
import { openMergeProposals, resolveMergeProposal } from '../../electron/core/roster/merge-proposals.js';
import { queryRoster } from '../../electron/core/roster/roster-query.js';
import { RosterQuery, type MergeProposal } from '../../shared/domain.js';
import { textFile } from '../helpers/corpus-files.js';
import { memoryCore } from '../helpers/memory-core.js';

const NOW = '2026-11-01T12:00:00.000Z';
const connections = (...rows: string[]) =>
  textFile('Connections.csv', ['First Name,Last Name,Email Address,Company,Position,Connected On', ...rows].join('\n'));
const follows = (...handles: string[]) =>
  textFile('following_accounts.csv', ['Account address,Show boosts', ...handles.map((h) => `${h},true`)].join('\n'));

describe('Mastodon follows that spell a name', () => {
  it('folds names to the Latin letters a handle would use', () => {
    expect(nameLetters('Aarav Davies')).toBe(nameLetters('aarav_davies648'));
    expect(nameLetters('José Müller-Øster')).toBe('josemullerster');
    expect(nameLetters('Aydın')).toBe('aydn');
  });

  it('proposes the merge, keeps the real name, and proposes nothing for short or shared names', async () => {
    const core = memoryCore(NOW);
    await runImport(
      core.db,
      [
        connections('Aarav,Davies,,Acme,Engineer,4-Apr-21', 'Al,Li,,Acme,Engineer,4-Apr-21'),
        connections('Sam,Vo,,Acme,Engineer,4-Apr-21', 'Sam,Vo,,Initech,Analyst,4-Apr-22', 'Jo,Ng,,X,Y,4-Apr-21'),
        follows(
          'aarav_davies648@mastodon.example',
          'al_li@mastodon.example',
          'samvo@fosstodon.example',
          'nobody_here@x.example',
        ),
      ],
      { now: () => new Date(NOW) },
    );
    const proposals = openMergeProposals(core.db);
    const describeProposal = (p: MergeProposal) => [p.a.name, p.b.name, p.reason];
    expect(proposals.map(describeProposal)).toEqual([
      [
        'Aarav Davies',
        'aarav_davies648@mastodon.example',
        'Mastodon handle @aarav_davies648@mastodon.example spells this name',
      ],
      [
        'Sam Vo',
        'samvo@fosstodon.example',
        'Mastodon handle @samvo@fosstodon.example spells this name (2 people have it)',
      ],
      [
        'Sam Vo',
        'samvo@fosstodon.example',
        'Mastodon handle @samvo@fosstodon.example spells this name (2 people have it)',
      ],
    ]);
    resolveMergeProposal(core.db, proposals[0]!.id, 'accept', NOW);
    resolveMergeProposal(core.db, proposals[2]!.id, 'accept', NOW);
    const listed = contactListings(core.db, queryRoster(core.db, RosterQuery.parse({})).ids);
    expect(listed.filter((c) => c.sources.length > 1).map((c) => [c.name, c.company, c.sources])).toEqual([
      ['Aarav Davies', 'Acme', ['linkedin', 'mastodon']],
      ['Sam Vo', 'Initech', ['linkedin', 'mastodon']],
    ]);
    expect(listed.filter((c) => c.sources.length === 1 && c.sources[0] === 'mastodon').map((c) => c.name)).toEqual([
      'al_li@mastodon.example',
      'nobody_here@x.example',
    ]);
    // The other Sam's proposal went with the merged follow.
    expect(openMergeProposals(core.db)).toEqual([]);
    core.close();
  });

  it('makes the sample tell the truth: accepting its handle merges leaves exactly the people it promised', async () => {
    const core = memoryCore(NOW);
    await dispatch(core, 'sampleLoad', { size: 400 });
    const handleProposals = () => openMergeProposals(core.db).filter((p) => p.reason.startsWith('Mastodon handle'));
    expect(handleProposals().length).toBeGreaterThan(0);
    for (let next = handleProposals()[0]; next; next = handleProposals()[0])
      resolveMergeProposal(core.db, next.id, 'accept', NOW);
    expect(queryRoster(core.db, RosterQuery.parse({})).ids).toHaveLength(400);
    core.close();
  });
});
